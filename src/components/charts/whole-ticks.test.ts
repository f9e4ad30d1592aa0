import { describe, expect, it } from 'vitest';
import { wholeTicks } from './whole-ticks.ts';

describe('wholeTicks', () => {
  it.each<[[number, number], number[]]>([
    [
      [0, 3],
      [0, 1, 2, 3],
    ], // jieshou: 2—3 个 specialist centres
    [
      [0, 6.6],
      [0, 1, 2, 3, 4, 5, 6],
    ],
    [
      [0, 100],
      [0, 20, 40, 60, 80, 100],
    ],
    [
      [2, 3],
      [2, 3],
    ],
    [[0.2, 0.8], []],
    [
      [-7, 7],
      [-6, -4, -2, 0, 2, 4, 6],
    ], // a change axis around zero
  ])('%j → %j', (domain, want) => {
    expect(wholeTicks(domain)).toEqual(want);
    expect(wholeTicks(domain).every(Number.isInteger)).toBe(true);
  });
});
