// The release step's cache, on disk under .cache/pipeline/release/ (gitignored): the Parquet file DuckDB made from a
// dataset's JSON and the deflated bytes of a zip entry, each named by the SHA-256 of everything it is made from (the
// input bytes, the columns, the code and library versions). A rebuild after one changed plan converts and compresses
// only the files whose bytes changed. Each cache file starts with the SHA-256 of the rest: a truncated or edited file
// is a miss (the file is made afresh and the entry replaced), never wrong bytes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Column } from '../../src/lib/schema/columns.ts';
import { pruneUnused } from '../io/prune-unused.ts';
import { writeAtomic } from '../io/write-atomic.ts';

/** Bump when the layout of a cache file changes. */
const CACHE_FORMAT = 1;
const ROOT = new URL('../../', import.meta.url).pathname;
/** What a Parquet file depends on besides its JSON and columns: the COPY statement's code and the locked DuckDB. */
const PARQUET_CODE = ['scripts/release/write-parquet.ts', 'package-lock.json'];
const DIGEST = 32;

const sha256 = (...parts: (string | Uint8Array)[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest();
};

/** SHA-256 over the files a Parquet conversion depends on (a missing file counts as empty). */
export function parquetCodeHash(root = ROOT): string {
  return sha256(
    ...PARQUET_CODE.flatMap((f) => [f, existsSync(join(root, f)) ? readFileSync(join(root, f)) : '']),
  ).toString('hex');
}

export interface ReleaseCache {
  /** The key of the Parquet file made from these JSON bytes with these columns. */
  parquetKey(json: Uint8Array, columns: Column[]): string;
  parquet(key: string): Uint8Array | undefined;
  setParquet(key: string, parquet: Uint8Array): void;
  /** `deflate(bytes)` from an earlier run, or made now and kept. */
  deflate(bytes: Uint8Array, make: (bytes: Uint8Array) => Uint8Array): Uint8Array;
  readonly hits: number;
  readonly misses: number;
  /** Delete the entries this run did not use; returns how many. */
  prune(): number;
}

/** Entries smaller than this are compressed every time: reading a cache file would cost about as much. */
const MIN_DEFLATE_BYTES = 4096;

/**
 * The cache in `dir`. `deflateStamp` names the compressor (zlib version and level): entries made by another are
 * not used. `codeHash` is parquetCodeHash() unless a test passes its own.
 */
export function diskReleaseCache(dir: string, deflateStamp: string, codeHash = parquetCodeHash()): ReleaseCache {
  const used = new Set<string>();
  let hits = 0;
  let misses = 0;
  const fileOf = (key: string) => join(dir, `${key}.bin`);
  const read = (key: string): Uint8Array | undefined => {
    used.add(key);
    const found = readChecked(fileOf(key));
    if (found) hits++;
    else misses++;
    return found;
  };
  const write = (key: string, payload: Uint8Array): void => {
    used.add(key);
    writeAtomic(fileOf(key), Buffer.concat([sha256(payload), payload]));
  };
  return {
    parquetKey: (json, columns) =>
      `parquet-${sha256(String(CACHE_FORMAT), codeHash, JSON.stringify(columns), json).toString('hex')}`,
    parquet: read,
    setParquet: write,
    deflate(bytes, make) {
      if (bytes.length < MIN_DEFLATE_BYTES) return make(bytes);
      const key = `deflate-${sha256(String(CACHE_FORMAT), deflateStamp, bytes).toString('hex')}`;
      const hit = read(key);
      if (hit) return hit;
      const made = make(bytes);
      write(key, made);
      return made;
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    prune() {
      return pruneUnused(dir, '.bin', used);
    },
  };
}

/** A cache file's payload when its leading SHA-256 matches the rest; undefined when missing, short or altered. */
function readChecked(file: string): Uint8Array | undefined {
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  if (bytes.length < DIGEST) return undefined;
  const payload = bytes.subarray(DIGEST);
  return sha256(payload).equals(bytes.subarray(0, DIGEST)) ? payload : undefined;
}
