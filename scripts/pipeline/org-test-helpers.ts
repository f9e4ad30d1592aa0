// Shared by the organisation, alliance and committee tests: parse a corpus file or a string.
import { readManifest, readSource, readVocabularies } from '../read-sources.ts';
import { parseDocument } from './parse-document.ts';
import type { ParsedDocument } from './types.ts';

export const vocab = readVocabularies();

export function corpusDoc(docId: string): ParsedDocument {
  const src = readSource(new URL(`../../data/raw/${docId}.txt`, import.meta.url).pathname);
  return parseDocument(
    { docId: src.docId, fileName: src.fileName, bytes: src.bytes },
    readManifest().find((m) => m.doc_id === docId),
  );
}

export function planDoc(name: string): ParsedDocument {
  const src = readSource(new URL(`./fixtures/plans/${name}`, import.meta.url).pathname);
  return parseDocument({ docId: src.docId, fileName: src.fileName, bytes: src.bytes });
}

export function textDoc(text: string, docId = 'test'): ParsedDocument {
  return parseDocument({ docId, fileName: `${docId}.txt`, bytes: new TextEncoder().encode(text) });
}

export const CORPUS = ['guyuan', 'hangjin', 'henan', 'jieshou', 'yulin'] as const;
