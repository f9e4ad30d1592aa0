// Sorting a result by a column: numbers as numbers, exact 64-bit integers, text in language order, NULL last.
import { describe, expect, it } from 'vitest';
import type { Cell } from './explore-format.ts';
import { nextSort, sortedOrder } from './explore-sort.ts';

const col = (values: Cell[]) => values.map((v) => [v]);
const sorted = (values: Cell[], direction: 'ascending' | 'descending' = 'ascending', locale = 'en') =>
  sortedOrder(col(values), { column: 0, direction }, locale).map((i) => values[i]);

describe('sortedOrder', () => {
  it('numbers by value, not as text (9 before 10), NULL last both ways', () => {
    expect(sorted([10, null, 9, 100, 2.5])).toEqual([2.5, 9, 10, 100, null]);
    expect(sorted([10, null, 9, 100, 2.5], 'descending')).toEqual([100, 10, 9, 2.5, null]);
  });

  it('64-bit integers exactly, beyond 2^53', () => {
    expect(sorted([9007199254740993n, 9007199254740992n, 1n])).toEqual([1n, 9007199254740992n, 9007199254740993n]);
  });

  it('text with digits in natural order, Chinese by the page language', () => {
    expect(sorted(['s10', 's9', 's1.2'])).toEqual(['s1.2', 's9', 's10']);
    expect(sorted(['玉林', '固原', '界首'], 'ascending', 'zh')).toEqual(['固原', '界首', '玉林']);
  });

  it('ties keep the query order, and the rows themselves are not moved', () => {
    const rows: Cell[][] = [
      ['b', 1],
      ['a', 1],
      ['c', 0],
    ];
    expect(sortedOrder(rows, { column: 1, direction: 'ascending' })).toEqual([2, 0, 1]);
    expect(sortedOrder(rows, { column: 1, direction: 'descending' })).toEqual([0, 1, 2]);
    expect(rows[0]).toEqual(['b', 1]);
  });

  it('booleans false before true', () => {
    expect(sorted([true, false, null, true])).toEqual([false, true, true, null]);
  });
});

describe('nextSort', () => {
  it('a new column sorts ascending; the same column flips', () => {
    const a = nextSort(null, 2);
    expect(a).toEqual({ column: 2, direction: 'ascending' });
    expect(nextSort(a, 2)).toEqual({ column: 2, direction: 'descending' });
    expect(nextSort(nextSort(a, 2), 2)).toEqual({ column: 2, direction: 'ascending' });
    expect(nextSort(a, 0)).toEqual({ column: 0, direction: 'ascending' });
  });
});
