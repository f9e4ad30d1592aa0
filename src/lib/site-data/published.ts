// Build-time reads of what `npm run data` publishes under public/data/: datasets, source texts, release files.
// Server side only (node:fs); never shipped to browsers. Pages and components read published data only here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentRow, SectionRow } from '../schema/index.ts';
import { datasetPartName } from '../dataset-parts.ts';

// Astro bundles page code elsewhere before running it: resolve from the project root, not import.meta.url.
const DATA_DIR = join(process.cwd(), 'public', 'data');

export type DataRow = Record<string, unknown>;

/** Parsed published files by path (JSON and text apart), kept while the file is unchanged: pages read the same
 * datasets many times. One entry per published file, whatever the number of pages. */
const cache = new Map<string, { mtimeMs: number; value: unknown }>();

function readCached(file: string, kind: 'json' | 'text'): unknown {
  const { mtimeMs } = statSync(file);
  const key = `${kind}:${file}`;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.value;
  const text = readFileSync(file, 'utf8');
  const value: unknown = kind === 'json' ? JSON.parse(text) : text;
  cache.set(key, { mtimeMs, value });
  return value;
}

const readJson = (file: string): unknown => readCached(file, 'json');

/**
 * The JSON file(s) of a published dataset: `<name>.json`, or its parts in order (`<name>.part-001.json`, …: a dataset
 * larger than a part, src/lib/dataset-parts.ts); none when not built yet.
 */
export function datasetJsonFiles(name: string, dir = DATA_DIR): string[] {
  const whole = join(dir, `${name}.json`);
  if (existsSync(whole)) return [whole];
  const parts: string[] = [];
  for (let i = 0; existsSync(join(dir, datasetPartName(name, i, 'json'))); i++)
    parts.push(join(dir, datasetPartName(name, i, 'json')));
  return parts;
}

/** The rows of each published JSON file of a dataset: one array when it is one file, one per part otherwise. */
export function readDatasetParts<T = DataRow>(name: string): T[][] {
  return datasetJsonFiles(name).map((file) => {
    const rows = readJson(file);
    if (!Array.isArray(rows)) throw new Error(`${file}: not an array of rows`);
    return rows as T[];
  });
}

/** Parts joined, kept while every part is the same parsed value (so callers may key caches on the array). */
const joined = new Map<string, { parts: unknown[][]; rows: unknown[] }>();

/** Rows of public/data/<name>.json (or its parts, joined), in the published (primary-key) order; a dataset not built yet has no rows. */
export function readDataset<T = DataRow>(name: string): T[] {
  const parts = readDatasetParts<unknown>(name);
  if (parts.length === 0) return [];
  if (parts.length === 1) return parts[0] as T[];
  const hit = joined.get(name);
  if (hit?.parts.length === parts.length && hit.parts.every((p, i) => p === parts[i])) return hit.rows as T[];
  const rows = parts.flat();
  joined.set(name, { parts, rows });
  return rows as T[];
}

export function readDocuments(): DocumentRow[] {
  return readDataset<DocumentRow>('documents');
}

/** Each dataset's rows grouped by doc_id, built once per published file: a plan page takes its own rows in time
 * proportional to them, not to the corpus (a filter over every row made the build quadratic in plans). */
const byDocument = new Map<string, { rows: unknown[]; index: Map<unknown, unknown[]> }>();

/** Rows of public/data/<name>.json whose doc_id is `docId`, in the published order (a fresh array each call). */
export function readDocumentRows<T = DataRow>(name: string, docId: string): T[] {
  const rows = readDataset(name);
  let hit = byDocument.get(name);
  if (hit?.rows !== rows) {
    const index = new Map<unknown, unknown[]>();
    for (const row of rows) {
      const list = index.get(row['doc_id']);
      if (list) list.push(row);
      else index.set(row['doc_id'], [row]);
    }
    hit = { rows, index };
    byDocument.set(name, hit);
  }
  return (hit.index.get(docId) ?? []).slice() as T[];
}

/** The documents row of `docId`, or null when the corpus has no such plan. */
export function readDocument(docId: string): DocumentRow | null {
  return readDocumentRows<DocumentRow>('documents', docId)[0] ?? null;
}

export function readSections(docId: string): SectionRow[] {
  return readDocumentRows<SectionRow>('sections', docId);
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
  return existsSync(file) ? (readCached(file, 'text') as string) : null;
}
