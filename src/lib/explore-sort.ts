// Sorting a result table by one column, as a reader clicks its header: numbers as numbers (64-bit integers exactly),
// text in the reader's language order, NULL last in both directions; ties keep the query's order. Pure.
import type { Cell } from './explore-format.ts';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  column: number;
  direction: SortDirection;
}

function compareValues(a: Exclude<Cell, null>, b: Exclude<Cell, null>, collator: Intl.Collator): number {
  const numeric = (v: unknown) => typeof v === 'number' || typeof v === 'bigint';
  if (numeric(a) && numeric(b)) {
    if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
    const x = Number(a);
    const y = Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  // Mixed types (rare: a column is one SQL type) sort numbers before text.
  if (numeric(a) !== numeric(b)) return numeric(a) ? -1 : 1;
  return collator.compare(String(a), String(b));
}

/** The row order (indices into `rows`) for a sort; the rows themselves are not moved. */
export function sortedOrder(rows: readonly (readonly Cell[])[], sort: SortState, locale?: string): number[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((_, i) => i)
    .sort((i, j) => {
      const a = rows[i]![sort.column] ?? null;
      const b = rows[j]![sort.column] ?? null;
      if (a === null || b === null) return a === b ? i - j : a === null ? 1 : -1;
      return sign * compareValues(a, b, collator) || i - j;
    });
}

/** A click on a header: a new column sorts ascending, the same column flips. */
export function nextSort(current: SortState | null, column: number): SortState {
  if (current?.column === column)
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}
