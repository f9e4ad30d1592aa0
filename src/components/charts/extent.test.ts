import { describe, expect, it } from 'vitest';
import { maxOf, spanOf } from './extent.ts';

describe('maxOf and spanOf', () => {
  it('take the greatest and the span of 300 000 values, more than a call takes as arguments', () => {
    const many = Array.from({ length: 3_000_000 }, (_, i) => (i === 123_456 ? 2031 : i === 7 ? 1998 : 2020));
    expect(maxOf(many)).toBe(2031);
    expect(spanOf(many)).toEqual([1998, 2031]);
  });
  it('keep a floor, and give what Math.min/Math.max give for no values', () => {
    expect(maxOf([0.5, 0.2], 1)).toBe(1);
    expect(maxOf(new Map([['a', 3]]).values())).toBe(3);
    expect(spanOf([])).toEqual([Infinity, -Infinity]);
  });
});
