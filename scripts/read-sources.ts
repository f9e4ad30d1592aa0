// File I/O for the pipeline: the manifest, the vocabularies and the raw sources. Nothing else reads data/.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { ACCEPTED_EXTENSIONS } from './pipeline/convert/detect-format.ts';
import type { Vocabularies } from './pipeline/extract-all.ts';
import type { ManifestEntry, OriginalFile } from './pipeline/types.ts';

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
  /** The file the text was converted from (`npm run add` keeps it as originals/<doc_id>.<ext> beside it). */
  original?: OriginalFile;
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
  const docId = basename(path, '.txt')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-');
  const original = originalOf(path, docId);
  return {
    docId,
    fileName,
    path,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(original ? { original } : {}),
  };
}

/** originals/<doc_id>.<ext> beside a raw text, with its format and SHA-256; undefined when there is none. */
function originalOf(path: string, docId: string): OriginalFile | undefined {
  const dir = join(dirname(path), 'originals');
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((n) => basename(n, extname(n)) === docId);
  const format = name ? ACCEPTED_EXTENSIONS[extname(name).slice(1).toLowerCase()] : undefined;
  if (!name || !format) return undefined;
  return {
    format,
    sha256: createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex'),
  };
}
