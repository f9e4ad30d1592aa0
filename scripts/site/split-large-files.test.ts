import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { brotli, gzip } from '../../src/lib/site-data/engine.ts';
import { listFiles } from '../io/list-files.ts';
import {
  contentTypeOf,
  FileTooLargeError,
  MAX_FILE_BYTES,
  PART_BYTES,
  partName,
  partRanges,
  planLargeFiles,
  splitFile,
  splitLargeFiles,
  type PartsManifest,
} from './split-large-files.ts';

describe('splitting files too large for static hosts', () => {
  it('covers every byte once, in order, in as few parts as the cap allows, of equal size', () => {
    const size = 34_242_586;
    const ranges = partRanges(size);
    expect(ranges).toEqual([
      [0, 17_121_293],
      [17_121_293, size],
    ]);
    for (const s of [1, PART_BYTES - 1, PART_BYTES + 1, 3 * PART_BYTES + 5]) {
      const r = partRanges(s);
      expect(r[0]![0]).toBe(0);
      expect(r[r.length - 1]![1]).toBe(s);
      r.slice(1).forEach(([a], i) => expect(a).toBe(r[i]![1]));
      expect(r.every(([a, b]) => b - a <= PART_BYTES && b > a)).toBe(true);
      expect(Math.max(...r.map(([a, b]) => b - a)) - Math.min(...r.map(([a, b]) => b - a))).toBeLessThanOrEqual(1);
    }
  });

  it('a file of exactly one part size is one part; an empty file none', () => {
    expect(partRanges(PART_BYTES)).toHaveLength(1);
    expect(partRanges(0)).toEqual([]);
  });

  it('parts keep the extension last, so hosts serve them as application/wasm and compress them', () => {
    expect(partName('duckdb-eh.9ubY-jlA.wasm', 0)).toBe('duckdb-eh.9ubY-jlA.part0.wasm');
    expect(partName('big', 3)).toBe('big.part3');
    expect(contentTypeOf(partName('duckdb-eh.abc.wasm', 1))).toBe('application/wasm');
    expect(contentTypeOf('x.bin')).toBe('application/octet-stream');
  });

  it('the manifest lists the parts with their sizes and SHA-256, and the bytes each encoding puts on the wire', () => {
    // Compressible but not trivially: a repeating pattern with noise, just over the cap.
    const bytes = Uint8Array.from({ length: MAX_FILE_BYTES + 1000 }, (_, i) => (i % 97) ^ ((i * 2654435761) >>> 27));
    const { parts, manifest } = splitFile('e.abc.wasm', bytes);
    expect(parts.map((p) => p.name)).toEqual(['e.abc.part0.wasm', 'e.abc.part1.wasm']);
    expect(Buffer.concat(parts.map((p) => p.bytes)).equals(Buffer.from(bytes))).toBe(true);
    expect(manifest.bytes).toBe(bytes.length);
    expect(manifest.type).toBe('application/wasm');
    expect(manifest.parts.map((p) => p.sha256)).toEqual(
      parts.map((p) => createHash('sha256').update(p.bytes).digest('hex')),
    );
    // Each part is compressed alone, as a host sends it.
    expect(manifest.transfer).toEqual({
      identity: bytes.length,
      gzip: parts.reduce((n, p) => n + gzip(p.bytes).length, 0),
      br: parts.reduce((n, p) => n + brotli(p.bytes).length, 0),
    });
    expect(manifest.transfer.br).toBeLessThan(manifest.transfer.gzip);
    expect(manifest.transfer.gzip).toBeLessThan(bytes.length);
  }, 60_000);

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
    expect(split.map((f) => [f.path, f.bytes, f.parts])).toEqual([['_astro/duckdb-eh.AbC_1.wasm', 250, 4]]);
    expect(listFiles(dist)).toEqual([
      '_astro/duckdb-eh.AbC_1.part0.wasm',
      '_astro/duckdb-eh.AbC_1.part1.wasm',
      '_astro/duckdb-eh.AbC_1.part2.wasm',
      '_astro/duckdb-eh.AbC_1.part3.wasm',
      '_astro/duckdb-eh.AbC_1.wasm.parts.json',
      'data/a.csv',
      'index.html',
    ]);
    const base = join(dist, '_astro/duckdb-eh.AbC_1.wasm');
    const manifest = JSON.parse(readFileSync(`${base}.parts.json`, 'utf8')) as PartsManifest;
    expect(manifest).toMatchObject({ version: 2, bytes: 250, type: 'application/wasm' });
    const joined = Buffer.concat(manifest.parts.map((p) => readFileSync(join(dist, '_astro', p.name))));
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
