// Test helpers: the corpus parsed once per test file, plans written in a test, the fixtures folder and the
// vocabularies. Only tests import this module; it reads disk through the same shell functions as the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../pipeline/parse-document.ts';
import type { ParsedDocument } from '../pipeline/types.ts';
import { readManifest, readVocabularies } from '../read-sources.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CORPUS_IDS = ['guyuan', 'henan', 'hangjin', 'yulin', 'jieshou'] as const;
export type CorpusId = (typeof CORPUS_IDS)[number];

/** The vocabularies of data/vocab, checked as the build checks them. */
export const vocab = readVocabularies();

const manifest = readManifest();
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

/** Parse a hand-written plan of scripts/pipeline/fixtures/plans; its doc id is the file name without .txt. */
export function planDoc(name: string): ParsedDocument {
  return parseDocument({ docId: name.replace(/\.txt$/, ''), fileName: name, bytes: readFileSync(fixturePath(name)) });
}
