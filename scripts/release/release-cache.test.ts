// The release cache: Parquet files and deflated zip entries keyed by the bytes they are made from; a damaged entry
// is a miss (made again), and a zip made through the cache has the same bytes as one made without it.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Column } from '../../src/lib/schema/columns.ts';
import { diskReleaseCache, parquetCodeHash } from './release-cache.ts';
import { DEFLATE_STAMP, deflateEntry, makeZip } from './zip.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'release-cache-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const enc = new TextEncoder();
const columns: Column[] = [{ name: 'doc_id', type: 'string', nullable: false, description: 'Document id' }];
const json = enc.encode('[\n {\n  "doc_id": "guyuan"\n }\n]\n');
const parquet = enc.encode('PAR1 not really parquet PAR1');
// Large enough to be cached (small entries are deflated every time).
const big = enc.encode('县域医共体建设实施方案。'.repeat(2000));
const same = (a: Uint8Array | undefined, b: Uint8Array): boolean => a !== undefined && Buffer.from(a).equals(b);

describe('diskReleaseCache: Parquet', () => {
  it('gives back the stored file for the same JSON and columns, and misses when either or the code changes', () => {
    const dir = tempDir();
    const cache = diskReleaseCache(dir, DEFLATE_STAMP, 'code-1');
    const key = cache.parquetKey(json, columns);
    expect(cache.parquet(key)).toBeUndefined();
    cache.setParquet(key, parquet);
    const again = diskReleaseCache(dir, DEFLATE_STAMP, 'code-1');
    expect(same(again.parquet(again.parquetKey(json, columns)), parquet)).toBe(true);
    const changedText = enc.encode('[\n {\n  "doc_id": "yulin"\n }\n]\n');
    expect(again.parquet(again.parquetKey(changedText, columns))).toBeUndefined();
    const changedColumns: Column[] = [{ ...columns[0]!, type: 'integer' }];
    expect(again.parquet(again.parquetKey(json, changedColumns))).toBeUndefined();
    const otherCode = diskReleaseCache(dir, DEFLATE_STAMP, 'code-2');
    expect(otherCode.parquet(otherCode.parquetKey(json, columns))).toBeUndefined();
    expect([again.hits, again.misses]).toEqual([1, 2]);
  });

  it('a truncated, emptied or edited entry is a miss, never other bytes', () => {
    const dir = tempDir();
    const cache = diskReleaseCache(dir, DEFLATE_STAMP, 'code-1');
    const key = cache.parquetKey(json, columns);
    cache.setParquet(key, parquet);
    const [file] = readdirSync(dir);
    for (const bad of ['', 'short', `${'0'.repeat(32)}PAR1 not really parquet PAR1`]) {
      writeFileSync(join(dir, file!), bad);
      expect(diskReleaseCache(dir, DEFLATE_STAMP, 'code-1').parquet(key), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('prune removes the entries this run did not use', () => {
    const dir = tempDir();
    const first = diskReleaseCache(dir, DEFLATE_STAMP, 'code-1');
    first.setParquet(first.parquetKey(json, columns), parquet);
    first.setParquet(first.parquetKey(big, columns), parquet);
    const second = diskReleaseCache(dir, DEFLATE_STAMP, 'code-1');
    expect(same(second.parquet(second.parquetKey(json, columns)), parquet)).toBe(true);
    expect(second.prune()).toBe(1);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('the code hash is stable and names the release code and the locked DuckDB', () => {
    expect(parquetCodeHash()).toMatch(/^[0-9a-f]{64}$/);
    expect(parquetCodeHash()).toBe(parquetCodeHash());
    expect(parquetCodeHash(tempDir())).not.toBe(parquetCodeHash());
  });
});

describe('diskReleaseCache: zip entries', () => {
  const entries = [
    { name: 'big.txt', bytes: big },
    { name: 'small.txt', bytes: enc.encode('小') },
  ];

  it('a zip made through a cold, a warm and a damaged cache has the bytes of one made without it', () => {
    const dir = tempDir();
    const plain = Buffer.from(makeZip(entries, 'r'));
    const cold = diskReleaseCache(dir, DEFLATE_STAMP, 'code-1');
    expect(Buffer.from(makeZip(entries, 'r', (b) => cold.deflate(b, deflateEntry))).equals(plain)).toBe(true);
    expect([cold.hits, cold.misses]).toEqual([0, 1]); // the small entry is not cached
    const warm = diskReleaseCache(dir, DEFLATE_STAMP, 'code-1');
    expect(Buffer.from(makeZip(entries, 'r', (b) => warm.deflate(b, deflateEntry))).equals(plain)).toBe(true);
    expect([warm.hits, warm.misses]).toEqual([1, 0]);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), 'x'.repeat(40));
    const damaged = diskReleaseCache(dir, DEFLATE_STAMP, 'code-1');
    expect(Buffer.from(makeZip(entries, 'r', (b) => damaged.deflate(b, deflateEntry))).equals(plain)).toBe(true);
    expect([damaged.hits, damaged.misses]).toEqual([0, 1]);
  });

  it('entries deflated by another compressor are not used', () => {
    const dir = tempDir();
    const fake = enc.encode('not deflate');
    diskReleaseCache(dir, 'zlib 0 level 1', 'code-1').deflate(big, () => fake);
    const cache = diskReleaseCache(dir, DEFLATE_STAMP, 'code-1');
    expect(same(cache.deflate(big, deflateEntry), deflateEntry(big))).toBe(true);
    expect(cache.misses).toBe(1);
  });
});
