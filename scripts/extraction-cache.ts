// The extraction cache of `npm run data`, on disk: a plan whose text, manifest entry, vocabularies and pipeline
// code are unchanged is not extracted again. One JSON file per plan under .cache/pipeline/ (gitignored), named by
// the SHA-256 of everything the extraction depends on; a file that cannot be read back is a miss, never an error.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentExtraction, ExtractionCache, PipelineSource, Vocabularies } from './pipeline/index.ts';
import type { ManifestEntry } from '../src/lib/schema/manifest.ts';
import { listFiles } from './io/list-files.ts';
import { pruneUnused } from './io/prune-unused.ts';
import { writeAtomic } from './io/write-atomic.ts';

/** Bump when the cache file's layout changes. */
const CACHE_FORMAT = 1;
const ROOT = new URL('../', import.meta.url).pathname;
/** The code an extraction depends on: the pipeline and the layers it imports, and the locked dependencies. */
const CODE_DIRS = ['scripts/pipeline', 'src/lib/schema', 'src/lib/text'];
const CODE_FILES = ['package-lock.json'];

const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** SHA-256 over the pipeline's own source files (tests excluded), in path order. */
export function pipelineCodeHash(root = ROOT): string {
  const hash = createHash('sha256');
  const files = CODE_DIRS.flatMap((d) =>
    listFiles(join(root, d))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `${d}/${f}`),
  );
  for (const f of [...files, ...CODE_FILES]) {
    const path = join(root, f);
    hash.update(`${f}\0`);
    if (existsSync(path)) hash.update(readFileSync(path));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export interface DiskExtractionCache extends ExtractionCache {
  readonly hits: number;
  readonly misses: number;
  /** Delete the cache files this run did not use (plans removed or changed); returns how many. */
  prune(): number;
}

/** The cache in `dir` for extractions made with these vocabularies by the pipeline code of `codeHash`. */
export function diskExtractionCache(
  dir: string,
  vocab: Vocabularies,
  codeHash = pipelineCodeHash(),
): DiskExtractionCache {
  const stamp = sha256(JSON.stringify([CACHE_FORMAT, codeHash, vocab]));
  const used = new Set<string>();
  let hits = 0;
  let misses = 0;
  const keyOf = (src: PipelineSource, entry: ManifestEntry | undefined): string =>
    sha256(
      JSON.stringify([
        stamp,
        src.docId,
        src.fileName,
        src.sourceFile,
        src.original ?? null,
        entry ?? null,
        sha256(src.bytes),
      ]),
    );
  const fileOf = (key: string) => join(dir, `${key}.json`);
  return {
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    get(src, entry) {
      const key = keyOf(src, entry);
      used.add(key);
      const found = readEntry(fileOf(key));
      if (found) hits++;
      else misses++;
      return found;
    },
    set(src, entry, extraction) {
      const key = keyOf(src, entry);
      used.add(key);
      writeAtomic(fileOf(key), JSON.stringify(extraction));
    },
    prune() {
      return pruneUnused(dir, '.json', used);
    },
  };
}

/** A cache file read back, or undefined when it is missing or not an extraction (truncated, edited by hand). */
function readEntry(file: string): DocumentExtraction | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<DocumentExtraction> | null;
    const datasets = value?.datasets;
    if (!datasets || typeof datasets !== 'object' || !Array.isArray(value.report)) return undefined;
    if (!Object.values(datasets).every((rows) => Array.isArray(rows))) return undefined;
    return value as DocumentExtraction;
  } catch {
    return undefined;
  }
}
