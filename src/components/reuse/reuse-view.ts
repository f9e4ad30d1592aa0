// Pure helpers of the /compare/reuse/ page: the share matrix laid out as a table, and passages split for a side-by-side diff.
import { format, scaleThreshold } from 'd3';
import { applyOps, type AlignedPart } from '../../lib/schema/reuse-format.ts';
import type { ReuseMatrixRow, ReuseRow } from '../../lib/schema/reuse.ts';
import { foldWidth } from '../../lib/text/index.ts';

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

// Which shared passages are worth reading first. Plans share two kinds of text: substance (a paragraph on how the
// community is run) and formulae every plan writes (headings such as 一、总体要求, 以习近平新时代…为指导, 结合我市实际，
// 制定本方案). A passage's substance is its letters and digits outside headings and outside formulae, a formula being
// any run of k characters that occurs in several plans (at least 3, or 40% of them): common to many, not to a pair.

const LETTER = /[\p{L}\p{N}]/u;

/** Letters and digits of a text with their offsets, width-folded and lower-cased (as the reuse finder reads it). */
function lettersOf(text: string, from = 0, to = text.length): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (!LETTER.test(ch)) continue;
    chars += foldWidth(ch).toLowerCase();
    at.push(i);
  }
  return { chars, at };
}

/** Runs of k letters found in at least `minPlans` of the texts: the formulae of the genre. */
export function formulaShingles(
  texts: string[],
  k: number,
  minPlans = Math.max(3, Math.ceil(texts.length * 0.4)),
): Set<string> {
  const count = new Map<string, number>();
  for (const t of texts) {
    const { chars } = lettersOf(t);
    const seen = new Set<string>();
    for (let i = 0; i + k <= chars.length; i++) seen.add(chars.slice(i, i + k));
    for (const g of seen) count.set(g, (count.get(g) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= minPlans).map(([g]) => g));
}

/** Letters of text[from, to) that lie neither in a heading range nor in a formula. */
export function substantiveChars(
  text: string,
  from: number,
  to: number,
  headings: { start: number; end: number }[],
  formulae: Set<string>,
  k: number,
): number {
  const { chars, at } = lettersOf(text, from, to);
  const plain = new Array<boolean>(chars.length).fill(true);
  for (let i = 0; i + k <= chars.length; i++)
    if (formulae.has(chars.slice(i, i + k))) for (let j = i; j < i + k; j++) plain[j] = false;
  return at.filter((pos, i) => plain[i] && !headings.some((h) => pos >= h.start && pos < h.end)).length;
}

export interface RankedPassages {
  /** Passages with at least `min` letters of substance, most substance first. */
  substantive: (PassageView & { substance: number })[];
  /** Headings and formulae: shown after, folded. */
  formulaic: (PassageView & { substance: number })[];
}

/** Split and order passages by substance (`substanceOf` gives it per row); ties by length, then id. */
export function rankPassages(
  views: PassageView[],
  substanceOf: (row: ReuseRow) => number,
  min: number,
): RankedPassages {
  const scored = views
    .map((v) => ({ ...v, substance: substanceOf(v.row) }))
    .sort(
      (a, b) =>
        b.substance - a.substance ||
        b.row.matched_chars - a.row.matched_chars ||
        (a.row.reuse_id < b.row.reuse_id ? -1 : a.row.reuse_id > b.row.reuse_id ? 1 : 0),
    );
  return { substantive: scored.filter((v) => v.substance >= min), formulaic: scored.filter((v) => v.substance < min) };
}
