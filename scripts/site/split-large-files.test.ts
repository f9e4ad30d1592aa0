import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles } from '../io/list-files.ts';
import {
  contentTypeOf,
  FileTooLargeError,
  PART_BYTES,
  partRanges,
  planLargeFiles,
  splitLargeFiles,
  type PartsManifest,
} from './split-large-files.ts';

describe('splitting files too large for static hosts', () => {
  it('covers every byte once, in order, with parts under the cap', () => {
    const size = 34_242_586;
    const ranges = partRanges(size);
    expect(ranges).toEqual([
      [0, PART_BYTES],
      [PART_BYTES, size],
    ]);
    expect(ranges.every(([a, b]) => b - a <= PART_BYTES)).toBe(true);
  });

  it('a file of exactly one part size is one part; an empty file none', () => {
    expect(partRanges(PART_BYTES)).toHaveLength(1);
    expect(partRanges(0)).toEqual([]);
  });

  it('wasm keeps its content type when joined', () => {
    expect(contentTypeOf('duckdb-eh.abc.wasm')).toBe('application/wasm');
  });

  it('only the DuckDB wasm Vite emits may be split; every other file over the cap is refused', () => {
    const files = [
      { path: '_astro/duckdb-eh.9ubY-jlA.wasm', bytes: 40 },
      { path: '_astro/duckdb-mvp.BP0pRkMH.wasm', bytes: 10 },
      { path: 'compare/targets/index.html', bytes: 40 },
      { path: 'data/reuse.json', bytes: 40 },
      { path: 'search/index.json', bytes: 40 },
      { path: 'other.wasm', bytes: 40 },
      { path: 'data/duckdb-eh.x.wasm', bytes: 40 },
      { path: 'small.html', bytes: 20 },
    ];
    const { split, tooLarge } = planLargeFiles(files, 20);
    expect(split.map((f) => f.path)).toEqual(['_astro/duckdb-eh.9ubY-jlA.wasm']);
    expect(tooLarge.map((f) => f.path)).toEqual([
      'compare/targets/index.html',
      'data/reuse.json',
      'search/index.json',
      'other.wasm',
      'data/duckdb-eh.x.wasm',
    ]);
  });
});

describe('splitLargeFiles on a built site', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  function fakeDist(files: Record<string, Uint8Array | string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'dist-'));
    dirs.push(dir);
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    return dir;
  }
  const wasm = Uint8Array.from({ length: 250 }, (_, i) => i % 251);

  it('replaces the wasm by parts that join to the same bytes, and leaves every other file alone', () => {
    const dist = fakeDist({
      '_astro/duckdb-eh.AbC_1.wasm': wasm,
      'index.html': '<!doctype html>',
      'data/a.csv': 'x\n',
    });
    const split = splitLargeFiles(dist, { maxBytes: 100, partBytes: 80 });
    expect(split).toEqual([{ path: '_astro/duckdb-eh.AbC_1.wasm', bytes: 250 }]);
    expect(listFiles(dist)).toEqual([
      '_astro/duckdb-eh.AbC_1.wasm.part0',
      '_astro/duckdb-eh.AbC_1.wasm.part1',
      '_astro/duckdb-eh.AbC_1.wasm.part2',
      '_astro/duckdb-eh.AbC_1.wasm.part3',
      '_astro/duckdb-eh.AbC_1.wasm.parts.json',
      'data/a.csv',
      'index.html',
    ]);
    const base = join(dist, '_astro/duckdb-eh.AbC_1.wasm');
    const manifest = JSON.parse(readFileSync(`${base}.parts.json`, 'utf8')) as PartsManifest;
    expect(manifest).toEqual({ parts: 4, bytes: 250, type: 'application/wasm' });
    const joined = Buffer.concat(Array.from({ length: manifest.parts }, (_, i) => readFileSync(`${base}.part${i}`)));
    expect(new Uint8Array(joined)).toEqual(wasm);
  });

  it('a page, a dataset or an index over the cap fails, naming each file and its size, and nothing is touched', () => {
    const dist = fakeDist({
      '_astro/duckdb-eh.AbC_1.wasm': wasm,
      'compare/reuse/index.html': 'x'.repeat(150),
      'data/reuse.json': 'y'.repeat(120),
      'search/index.json': 'z'.repeat(100),
    });
    const before = listFiles(dist);
    let error: unknown;
    try {
      splitLargeFiles(dist, { maxBytes: 100, partBytes: 80 });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(FileTooLargeError);
    const message = (error as Error).message;
    expect(message).toContain('compare/reuse/index.html: 0.0 MiB (150 bytes)');
    expect(message).toContain('data/reuse.json: 0.0 MiB (120 bytes)');
    expect(message).toContain('limit of 0.0 MiB (100 bytes)');
    expect(message).not.toContain('search/index.json'); // at the cap, not over it
    expect(message).not.toContain('duckdb');
    expect(listFiles(dist)).toEqual(before);
    expect(readFileSync(join(dist, '_astro/duckdb-eh.AbC_1.wasm'))).toHaveLength(250);
  });

  it('a missing build folder is an error naming it', () => {
    const dist = join(tmpdir(), 'no-such-dist-folder-w18');
    expect(existsSync(dist)).toBe(false);
    expect(() => splitLargeFiles(dist)).toThrow(`${dist}: no built site here`);
  });

  it('a site with nothing over the cap is left as it is', () => {
    const dist = fakeDist({ 'index.html': '<!doctype html>', '_astro/duckdb-eh.AbC_1.wasm': wasm });
    expect(splitLargeFiles(dist, { maxBytes: 1000 })).toEqual([]);
    expect(readdirSync(join(dist, '_astro'))).toEqual(['duckdb-eh.AbC_1.wasm']);
  });
});
