// Build-time reads of the published datasets for the pages (server side only; never shipped to browsers).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type DatasetSpec, type DocumentRow, type SectionRow } from './schema/index.ts';

// Astro bundles page code elsewhere before running it: resolve from the project root, not import.meta.url.
const ROOT = process.cwd();

export type DataRow = Record<string, unknown>;

/** Rows of public/data/<name>.json; a dataset not built yet has no rows. */
export function readDataset<T = DataRow>(name: string): T[] {
  const file = join(ROOT, 'public', 'data', `${name}.json`);
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as T[];
}

export function readDocuments(): DocumentRow[] {
  return readDataset<DocumentRow>('documents');
}

export function readSections(docId: string): SectionRow[] {
  return readDataset<SectionRow>('sections').filter((s) => s.doc_id === docId);
}

/** The raw source as the pipeline read it: UTF-8, offsets in UTF-16 code units. */
export function readRaw(doc: Pick<DocumentRow, 'source_file'>): string {
  return readFileSync(join(ROOT, doc.source_file), 'utf8');
}

/** Optional hand-kept text under data/ (e.g. data/vocab/TARGET_RULES.md); null when absent. */
export function readOptionalText(relPath: string): string | null {
  const file = join(ROOT, relPath);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** A dataset whose rows point into the text: it has doc_id, start, end and quote. */
export function isSpanDataset(spec: DatasetSpec): boolean {
  const shape = spec.schema.shape;
  return ['doc_id', 'start', 'end', 'quote'].every((k) => k in shape);
}

export function spanDatasets(): DatasetSpec[] {
  return DATASETS.filter(isSpanDataset);
}

/** Valid, stable HTML id from parts (kept readable: letters, digits, '-', '_', '.'). */
export function htmlId(...parts: (string | number)[]): string {
  return parts
    .map((p) => String(p).replace(/[^A-Za-z0-9_.-]+/g, '_'))
    .join('-')
    .replace(/^([^A-Za-z])/, 'x$1');
}

/** The key of a row within its document: the primary key without doc_id ('t03', 'n001', '2'). */
export function rowKey(spec: DatasetSpec, row: DataRow): string {
  const keys = spec.primaryKey.filter((k) => k !== 'doc_id');
  return keys.map((k) => String(row[k] ?? '')).join('-') || String(row['start']);
}

/** Id of an extracted item's highlight in the plan text; its data row is `row-` + this id. */
export function highlightId(dataset: string, docId: string, key: string): string {
  // Keys that already start with the doc id (guyuan-t01) are not repeated: targets-guyuan-t01.
  return htmlId(dataset, docId, key.startsWith(`${docId}-`) ? key.slice(docId.length + 1) : key);
}

/** Short unique codes for datasets (targets → T, target_mentions → TM, phases → PH): marker labels. */
export function datasetCodes(names: string[]): Map<string, string> {
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    const words = name.split('_').filter(Boolean);
    const initials = words
      .map((w) => w[0]!)
      .join('')
      .toUpperCase();
    let code = initials;
    for (let n = 2; taken.has(code) && n <= name.length; n++)
      code = (initials + words[words.length - 1]!.slice(1, n)).toUpperCase();
    codes.set(name, code);
    taken.add(code);
  }
  return codes;
}
