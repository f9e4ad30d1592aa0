// File I/O for the pipeline: the manifest, the vocabularies and the raw sources. Nothing else reads data/.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Vocabularies } from './pipeline/extract-all.ts';
import type { ManifestEntry } from './pipeline/types.ts';

export const DATA_DIR = new URL('../data/', import.meta.url).pathname;

export function readManifest(dir = DATA_DIR): ManifestEntry[] {
  const file = join(dir, 'manifest.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { documents?: ManifestEntry[] };
  if (!Array.isArray(json.documents)) throw new Error(`${file}: expected an object with a "documents" array`);
  return json.documents;
}

export function readVocabularies(dir = join(DATA_DIR, 'vocab')): Vocabularies {
  const vocab: Vocabularies = {};
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    try {
      vocab[basename(f, '.json')] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (err) {
      throw new Error(`${join(dir, f)}: not valid JSON: ${(err as Error).message}`);
    }
  }
  return vocab;
}

export interface SourceFile {
  docId: string;
  fileName: string;
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

/** Every data/raw/*.txt, sorted by doc id; the doc id is the file name without .txt. */
export function readSources(dir = join(DATA_DIR, 'raw')): SourceFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readSource(join(dir, n)));
}

export function readSource(path: string): SourceFile {
  const bytes = readFileSync(path);
  const fileName = basename(path);
  return {
    docId: basename(path, '.txt')
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-'),
    fileName,
    path,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
