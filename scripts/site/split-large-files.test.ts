import { describe, expect, it } from 'vitest';
import { contentTypeOf, PART_BYTES, partRanges } from './split-large-files.ts';

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
});
