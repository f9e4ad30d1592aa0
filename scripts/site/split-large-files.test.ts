import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { brotli, gzip } from '../../src/lib/site-data/engine.ts';
import { contentTypeOf, MAX_FILE_BYTES, PART_BYTES, partName, partRanges, splitFile } from './split-large-files.ts';

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
});
