// One plan's rows of the comparison charts, as /compare-rows/<doc>.json publishes them, and how the browser merges
// the rows of several places into one chart's rows in the order of its full query. Pure (types and merging).
import type { SqlRow } from '../../lib/sql-result.ts';

export const ROWS_FILE_VERSION = 1;

export interface ChartRows {
  rows: SqlRow[];
  /** Each row's position in the chart query's full result. */
  ranks: number[];
}

export interface RowsFile {
  v: number;
  id: string;
  place: { en: string; zh: string };
  /** The plan's part of a source line (issuer, year), in each language. */
  source: { en: string; zh: string };
  /** Rows by chart id (a chart the plan has no rows in is absent). */
  charts: Partial<Record<string, ChartRows>>;
}

/** The site path of a plan's rows file under a base ('/sub/compare-rows/'). */
export const rowsFilePath = (base: string, doc: string): string => `${base}${encodeURIComponent(doc)}.json`;

/** Check what a fetch returned: a rows file of this version for this plan, or an error naming the file. */
export function readRowsFile(json: unknown, doc: string): RowsFile {
  const f = json as Partial<RowsFile> | null;
  if (!f || f.v !== ROWS_FILE_VERSION || f.id !== doc || typeof f.charts !== 'object' || !f.place || !f.source)
    throw new Error(`compare-rows/${doc}.json: not version ${String(ROWS_FILE_VERSION)} of a plan's chart rows`);
  return f as RowsFile;
}

/** The rows of several places merged in the full query's order (by rank), whatever order they came in. */
export function mergeRows(parts: ChartRows[]): ChartRows {
  const all = parts.flatMap((p) => p.rows.map((row, i) => ({ row, rank: p.ranks[i] ?? 0 })));
  all.sort((a, b) => a.rank - b.rank);
  return { rows: all.map((x) => x.row), ranks: all.map((x) => x.rank) };
}
