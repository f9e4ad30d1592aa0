// Pure helpers of the /compare/reuse/ page: the share matrix laid out as a table, and passages split for a side-by-side diff.
import { format, scaleThreshold } from 'd3';
import { applyOps, type AlignedPart } from '../../lib/schema/reuse-format.ts';
import type { ReuseMatrixRow, ReuseRow } from '../../lib/schema/reuse.ts';

export interface MatrixCellView {
  /** Share of the row plan's characters found in the column plan, 0–1; null on the diagonal. */
  share: number | null;
  sharedChars: number;
  passages: number;
  /** Shade class 0–5 (0 = nothing shared). */
  level: number;
}

/** Rows and columns in the given plan order; pairs without a row share nothing. */
export function matrixView(docIds: string[], rows: ReuseMatrixRow[]): MatrixCellView[][] {
  const byPair = new Map(rows.map((r) => [`${r.doc_id}\t${r.other_doc_id}`, r]));
  return docIds.map((a) =>
    docIds.map((b) => {
      if (a === b) return { share: null, sharedChars: 0, passages: 0, level: 0 };
      const r = byPair.get(`${a}\t${b}`);
      const share = r?.share ?? 0;
      return { share, sharedChars: r?.shared_chars ?? 0, passages: r?.passages ?? 0, level: shareLevel(share) };
    }),
  );
}

/** Shade steps 1–5 on a log-like scale: reuse shares run from well under 1% to tens of percent. */
const shade = scaleThreshold().domain([0.005, 0.02, 0.05, 0.15]).range([1, 2, 3, 4, 5]);

/** Shade class 0–5 of a share (0 = nothing shared). */
export function shareLevel(share: number): number {
  return share <= 0 ? 0 : shade(share);
}

const percentSmall = format('.1%');
const percentLarge = format('.0%');

/** '24%', '1.1%', '<0.1%', '0': one decimal below 10%. */
export function percent(share: number): string {
  if (share === 0) return '0';
  if (share < 0.001) return '<0.1%';
  return share < 0.1 ? percentSmall(share) : percentLarge(share);
}

/** A similarity (0–1) as a whole percent: '87%'. */
export const wholePercent = (share: number): string => percentLarge(share);

export interface PassageView {
  row: ReuseRow;
  a: AlignedPart[];
  b: AlignedPart[];
}

/** Passages longest first within each pair of plans; pairs in id order. */
export function passageViews(rows: ReuseRow[]): PassageView[] {
  return rows
    .slice()
    .sort((x, y) =>
      x.doc_a < y.doc_a
        ? -1
        : x.doc_a > y.doc_a
          ? 1
          : x.doc_b < y.doc_b
            ? -1
            : x.doc_b > y.doc_b
              ? 1
              : y.matched_chars - x.matched_chars || x.start_a - y.start_a,
    )
    .map((row) => ({ row, ...applyOps(row.quote_a, row.quote_b, row.alignment) }));
}
