// Test helpers: the corpus parsed once per test file, and the fixtures folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../pipeline/parse-document.ts';
import type { ManifestEntry, ParsedDocument } from '../pipeline/types.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CORPUS_IDS = ['guyuan', 'henan', 'hangjin', 'yulin', 'jieshou'] as const;
export type CorpusId = (typeof CORPUS_IDS)[number];

const manifest = (JSON.parse(readFileSync(join(ROOT, 'data/manifest.json'), 'utf8')) as { documents: ManifestEntry[] })
  .documents;
const cache = new Map<string, ParsedDocument>();

export function rawOf(docId: string): string {
  return readFileSync(join(ROOT, 'data/raw', `${docId}.txt`), 'utf8');
}

export function corpusDoc(docId: CorpusId): ParsedDocument {
  let doc = cache.get(docId);
  if (!doc) {
    const entry = manifest.find((m) => m.doc_id === docId);
    doc = parseDocument(
      { docId, fileName: `${docId}.txt`, bytes: readFileSync(join(ROOT, 'data/raw', `${docId}.txt`)) },
      entry,
    );
    cache.set(docId, doc);
  }
  return doc;
}

/** Parse a plan written inline in a test. */
export function planFromText(text: string, docId = 'test'): ParsedDocument {
  return parseDocument({ docId, fileName: `${docId}.txt`, bytes: new TextEncoder().encode(text) });
}

export function fixturePath(name: string): string {
  return join(ROOT, 'scripts/pipeline/fixtures/plans', name);
}
