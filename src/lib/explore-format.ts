// Query results as plain values, and how a cell reads on screen and in a download.
export type Cell = string | number | bigint | boolean | null;

export interface QueryResult {
  columns: { name: string; type: string }[];
  rows: Cell[][];
  /** Time DuckDB took to answer, in milliseconds. */
  ms: number;
}

/** Text shown in a result cell (always set with textContent). */
export function formatCell(value: Cell): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number')
    return Number.isInteger(value) || !Number.isFinite(value) ? String(value) : String(Number(value.toPrecision(12)));
  return String(value);
}

/** JSON has no 64-bit integers: exact numbers when safe, else the digits as a string. */
export function jsonValue(value: Cell): string | number | boolean | null {
  if (typeof value !== 'bigint') return value;
  return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
}

export function resultToObjects(result: QueryResult): Record<string, string | number | boolean | null>[] {
  const names = uniqueNames(result.columns.map((c) => c.name));
  return result.rows.map((row) => Object.fromEntries(row.map((v, i) => [names[i]!, jsonValue(v)] as const)));
}

/** `SELECT 1 AS a, 2 AS a` must not lose a column in a download: a, a_2. */
export function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n}_${k}`;
  });
}

export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(1) : String(Math.round(ms));
}
