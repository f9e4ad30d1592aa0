// Filter state ⇄ URL query (?group=a,b&place=guyuan,jieshou) and which rows a state keeps. Pure: page, embed, tests.
import { scalarText } from '../../lib/text/index.ts';

export type FilterState = Record<string, string[]>;

/** Read the filters `keys` from a query string; unknown values are dropped (a shared link may be stale). */
export function readFilters(search: string, allowed: Record<string, string[]>): FilterState {
  const params = new URLSearchParams(search);
  const out: FilterState = {};
  for (const [key, values] of Object.entries(allowed)) {
    const raw = params.get(key);
    out[key] = raw
      ? [
          ...new Set(
            raw
              .split(',')
              .map((v) => v.trim())
              .filter((v) => values.includes(v)),
          ),
        ]
      : [];
  }
  return out;
}

/** The query string for a state, other parameters of `search` kept; empty selections are left out. */
export function writeFilters(search: string, state: FilterState): string {
  const params = new URLSearchParams(search);
  for (const [key, values] of Object.entries(state)) {
    if (values.length > 0) params.set(key, values.join(','));
    else params.delete(key);
  }
  const s = params.toString().replace(/%2C/gi, ',');
  return s ? `?${s}` : '';
}

/** Whether a data row passes: for each filter with a selection, the row's column value must be selected. */
export function rowKept(
  row: Record<string, string | number | boolean | null | undefined>,
  state: FilterState,
  columns: Record<string, string>,
): boolean {
  return Object.entries(state).every(
    ([key, values]) => values.length === 0 || values.includes(scalarText(row[columns[key]!])),
  );
}
