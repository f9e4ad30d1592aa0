// Build-time reads of what `npm run data` publishes under public/data/: datasets, source texts, release files.
// Server side only (node:fs); never shipped to browsers. Pages and components read published data only here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentRow, SectionRow } from '../schema/index.ts';

// Astro bundles page code elsewhere before running it: resolve from the project root, not import.meta.url.
const DATA_DIR = join(process.cwd(), 'public', 'data');

export type DataRow = Record<string, unknown>;

/** Parsed JSON by path, kept while the file is unchanged (pages read the same datasets many times). */
const cache = new Map<string, { mtimeMs: number; value: unknown }>();

function readJson(file: string): unknown {
  const { mtimeMs } = statSync(file);
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.value;
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  cache.set(file, { mtimeMs, value });
  return value;
}

/** Rows of public/data/<name>.json, in the published (primary-key) order; a dataset not built yet has no rows. */
export function readDataset<T = DataRow>(name: string): T[] {
  const file = join(DATA_DIR, `${name}.json`);
  if (!existsSync(file)) return [];
  const rows = readJson(file);
  if (!Array.isArray(rows)) throw new Error(`${file}: not an array of rows`);
  return rows as T[];
}

export function readDocuments(): DocumentRow[] {
  return readDataset<DocumentRow>('documents');
}

export function readSections(docId: string): SectionRow[] {
  return readDataset<SectionRow>('sections').filter((s) => s.doc_id === docId);
}

/** A plan's source as published, byte for byte (public/data/sources/<file name>): offsets are UTF-16 code units in it. */
export function readSourceText(doc: Pick<DocumentRow, 'doc_id' | 'source_file'>): string {
  const file = join(DATA_DIR, 'sources', basename(doc.source_file));
  if (!existsSync(file))
    throw new Error(`${doc.doc_id}: the source ${file} is not published; run \`npm run data\` first`);
  return readFileSync(file, 'utf8');
}

/** Size in bytes of a published file (relative to public/data/), or null when it is absent. */
export function publishedFileSize(path: string): number | null {
  const file = join(DATA_DIR, path);
  return existsSync(file) ? statSync(file).size : null;
}

/** A published JSON file that is not a dataset (datapackage.json), or null when absent. */
export function readPublishedJson(path: string): unknown {
  const file = join(DATA_DIR, path);
  return existsSync(file) ? readJson(file) : null;
}

/** A published text file (SHA256SUMS, a rule file), or null when absent. */
export function readPublishedText(path: string): string | null {
  const file = join(DATA_DIR, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
