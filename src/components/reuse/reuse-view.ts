// Pure helpers of the /compare/reuse/ page: the share matrix laid out as a table, and passages split for a side-by-side diff.
import { applyOps } from '../../../../scripts/pipeline/find-reuse-align.ts';
import type { ReuseMatrixRow, ReuseRow } from '../../../lib/schema/reuse.ts';

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

/** Shade steps on a log-like scale: reuse shares run from well under 1% to tens of percent. */
export function shareLevel(share: number): number {
  if (share <= 0) return 0;
  if (share < 0.005) return 1;
  if (share < 0.02) return 2;
  if (share < 0.05) return 3;
  if (share < 0.15) return 4;
  return 5;
}

export function percent(share: number): string {
  if (share === 0) return '0';
  if (share < 0.001) return '<0.1%';
  return `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;
}

export interface PassageView {
  row: ReuseRow;
  a: { text: string; changed: boolean }[];
  b: { text: string; changed: boolean }[];
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
