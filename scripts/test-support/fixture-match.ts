// Matching hand-checked fixture rows (doc_id + quote_contains) to extracted rows by raw position, and the
// must-not-find list (scripts/pipeline/fixtures/must-not-find.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './corpus.ts';

/** Raw offsets of every occurrence of `needle` in `raw`. */
export function occurrences(raw: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = raw.indexOf(needle); i >= 0; i = raw.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** True when the row's raw span overlaps some occurrence of the fixture's quote_contains. */
export function anchoredAt(raw: string, quoteContains: string, row: { start: number; end: number }): boolean {
  return occurrences(raw, quoteContains).some((i) => i < row.end && row.start < i + quoteContains.length);
}

/** One thing an extractor must not find, with the reason a person gave. */
export interface MustNotFind {
  doc_id: string;
  why: string;
  /** The document states no such thing at all: no row. */
  none?: boolean;
  /** No row overlaps an occurrence of this text (targets: no row with `value` there, when given). */
  quote_contains?: string;
  value?: number;
  /** No row with this instrument id, committee member name or agency. */
  instrument_id?: string;
  name?: string;
  agency_zh?: string;
}

const mustNotFind = JSON.parse(
  readFileSync(join(ROOT, 'scripts/pipeline/fixtures/must-not-find.json'), 'utf8'),
) as Record<string, MustNotFind[] | string>;

/** The must-not-find entries of one dataset, as it.each rows: [doc_id, what, entry]. */
export function mustNotFindOf(dataset: string): [string, string, MustNotFind][] {
  const list = mustNotFind[dataset];
  if (!Array.isArray(list)) throw new Error(`must-not-find.json has no list for ${dataset}`);
  return list.map((e) => [
    e.doc_id,
    e.none ? '(nothing)' : (e.quote_contains ?? e.instrument_id ?? e.name ?? e.agency_zh ?? '?').replace(/\t/g, ' '),
    e,
  ]);
}

/** The rows of `rows` an entry forbids (empty when the entry holds). */
export function forbidden<R extends { start: number; end: number }>(raw: string, e: MustNotFind, rows: R[]): R[] {
  if (e.none) return rows;
  return rows.filter((r) => {
    const row = r as R & Record<string, unknown>;
    if (e.quote_contains !== undefined)
      return anchoredAt(raw, e.quote_contains, r) && (e.value === undefined || row['value'] === e.value);
    if (e.instrument_id !== undefined) return row['instrument_id'] === e.instrument_id;
    if (e.name !== undefined) return row['name'] === e.name;
    if (e.agency_zh !== undefined) return row['agency_zh'] === e.agency_zh;
    return false;
  });
}
