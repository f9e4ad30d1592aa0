// Text reuse between plans: passages two plans share, found by winnowed character shingles (find-reuse-seeds),
// seed chaining and local alignment (find-reuse-regions), published as rows (find-reuse-rows).
import type { ReuseMatrixRow, ReuseRow } from '../../src/lib/schema/reuse.ts';
import type { ReportEntry } from './extractor-types.ts';
import { foldDocument, type FoldedText } from './find-reuse-fingerprint.ts';
import { DEFAULT_REUSE_OPTIONS, type ReuseOptions } from '../../src/lib/schema/reuse-format.ts';
import { cmp, type Passage, type ReuseResult, type ReuseStats } from './find-reuse-options.ts';
import { alignRegion, chainSeeds, ungappedIdentical } from './find-reuse-regions.ts';
import { toRow, unionLength } from './find-reuse-rows.ts';
import { seedPairs } from './find-reuse-seeds.ts';
import {
  docContentHash,
  PASSAGE_FIELDS,
  REUSE_STATE_FORMAT,
  usableState,
  type PairOutcome,
  type RejectedSummary,
  type ReuseState,
} from './find-reuse-state.ts';
import { rawSpanOf } from './locate.ts';
import type { ParsedDocument } from './types.ts';

export type { ReuseResult, ReuseStats } from './find-reuse-options.ts';
export type { ReuseState, ReuseStateStore } from './find-reuse-state.ts';
export { chainSeeds, ungappedIdentical } from './find-reuse-regions.ts';
export { unionLength } from './find-reuse-rows.ts';

/**
 * The shared passages of every pair of documents; doc_a < doc_b by doc id. With the state of an earlier run, pairs
 * whose inputs are unchanged are taken from it (find-reuse-state.ts): the result is the same either way.
 */
export function findReuse(
  documents: ParsedDocument[],
  options: Partial<ReuseOptions> = {},
  previous: ReuseState | null = null,
): ReuseResult {
  const opt: ReuseOptions = { ...DEFAULT_REUSE_OPTIONS, ...options };
  const docs = documents.slice().sort((x, y) => cmp(x.docId, y.docId));
  for (let i = 1; i < docs.length; i++) {
    if (docs[i]?.docId === docs[i - 1]?.docId) throw new Error(`findReuse: document ${docs[i]?.docId} given twice`);
  }
  const before = usableState(previous, opt);
  const hashes = docs.map(docContentHash);
  const changed = docs.map((d, i) => before?.docs[d.docId] !== hashes[i]);
  const folded = docs.map(foldDocument);
  const stats: ReuseStats = {
    documents: docs.length,
    folded_chars: 0,
    fingerprints: 0,
    fingerprints_skipped: 0,
    doc_pairs: 0,
    pairs_reused: 0,
    seed_pairs: 0,
    regions: 0,
    filtered: 0,
    alignments: 0,
    cells: 0,
    kept: 0,
    rejected: 0,
  };
  const report: ReportEntry[] = [];

  const { seeds, dirty, skipped } = seedPairs(
    folded,
    opt,
    stats,
    report,
    before ? { changed, skipped: new Set(before.skipped) } : null,
  );
  stats.doc_pairs = seeds.size;

  const outcomes: PairOutcome[] = [];
  const indexOf = new Map(docs.map((d, i) => [d.docId, i]));
  for (const o of before?.pairs ?? []) {
    const da = indexOf.get(o.a);
    const db = indexOf.get(o.b);
    if (da === undefined || db === undefined || changed[da] || changed[db] || dirty.has(da * docs.length + db))
      continue;
    outcomes.push(o);
    stats.pairs_reused++;
  }
  for (const key of [...seeds.keys()].sort((x, y) => x - y)) {
    const da = Math.floor(key / docs.length);
    const db = key % docs.length;
    const o = pairOutcome(
      docs[da] as ParsedDocument,
      folded[da] as FoldedText,
      docs[db] as ParsedDocument,
      folded[db] as FoldedText,
      seeds.get(key) as number[],
      opt,
      stats,
    );
    if (o) outcomes.push(o);
  }
  outcomes.sort((x, y) => cmp(x.a, y.a) || cmp(x.b, y.b));

  const rows: ReuseRow[] = [];
  const covered = new Map<string, { intervals: [number, number][]; passages: number }>();
  const cover = (x: string, y: string, s: number, e: number) => {
    const c = covered.get(`${x}\t${y}`) ?? { intervals: [], passages: 0 };
    c.intervals.push([s, e]);
    c.passages++;
    covered.set(`${x}\t${y}`, c);
  };
  for (const o of outcomes) {
    const da = indexOf.get(o.a) as number;
    const db = indexOf.get(o.b) as number;
    for (let i = 0; i < o.passages.length; i += PASSAGE_FIELDS) {
      const [aStart, aEnd, bStart, bEnd, identical] = o.passages.slice(i, i + PASSAGE_FIELDS) as [
        number,
        number,
        number,
        number,
        number,
      ];
      // The row is made afresh from the alignment's ends (quotes, lines, sections, diff): the state stays small.
      const p: Passage = {
        al: { aStart, aEnd, bStart, bEnd, identical, score: 0, cells: 0 },
        similarity: identical / Math.max(aEnd - aStart, bEnd - bStart),
      };
      rows.push(
        toRow(
          docs[da] as ParsedDocument,
          folded[da] as FoldedText,
          docs[db] as ParsedDocument,
          folded[db] as FoldedText,
          p,
          o.alignments[i / PASSAGE_FIELDS],
        ),
      );
      cover(o.a, o.b, aStart, aEnd);
      cover(o.b, o.a, bStart, bEnd);
    }
  }
  rows.sort((x, y) => cmp(x.doc_a, y.doc_a) || cmp(x.doc_b, y.doc_b) || x.start_a - y.start_a || x.start_b - y.start_b);

  const lengthOf = new Map(docs.map((d, i) => [d.docId, (folded[i] as FoldedText).text.length]));
  const matrix: ReuseMatrixRow[] = [...covered.entries()]
    .map(([key, c]) => {
      const [docId, other] = key.split('\t') as [string, string];
      const chars = lengthOf.get(docId) ?? 0;
      const shared = unionLength(c.intervals);
      return {
        doc_id: docId,
        other_doc_id: other,
        chars,
        shared_chars: shared,
        share: chars > 0 ? Math.round((shared / chars) * 10000) / 10000 : 0,
        passages: c.passages,
      };
    })
    .sort((x, y) => cmp(x.doc_id, y.doc_id) || cmp(x.other_doc_id, y.other_doc_id));

  rejectedReport(outcomes, docs, folded, opt, report);
  const state: ReuseState = {
    format: REUSE_STATE_FORMAT,
    options: JSON.stringify(opt),
    docs: Object.fromEntries(docs.map((d, i) => [d.docId, hashes[i] as string])),
    skipped,
    pairs: outcomes,
  };
  return { rows, matrix, stats, report, state };
}

/** Align one pair's seed regions; null when the pair yields neither a passage nor a passage below the thresholds. */
function pairOutcome(
  docA: ParsedDocument,
  A: FoldedText,
  docB: ParsedDocument,
  B: FoldedText,
  flat: number[],
  opt: ReuseOptions,
  stats: ReuseStats,
): PairOutcome | null {
  const passages: Passage[] = [];
  for (const region of chainSeeds(flat, opt)) {
    stats.regions++;
    // A lone fingerprint is mostly a stock phrase: align it only if an ungapped extension finds enough identical text around it.
    if (
      region.length === 2 &&
      ungappedIdentical(A.text, B.text, region[0] as number, region[1] as number, opt) < opt.minMatched / 2
    ) {
      stats.filtered++;
      continue;
    }
    alignRegion(A.text, B.text, region, opt, stats, passages);
  }
  const kept: Passage[] = [];
  let rejected: RejectedSummary | null = null;
  for (const p of passages.sort(
    (x, y) => y.al.score - x.al.score || x.al.aStart - y.al.aStart || x.al.bStart - y.al.bStart,
  )) {
    // Overlapping on both sides means the same passage found twice (from two regions); keep the better.
    if (
      kept.some(
        (q) => p.al.aStart < q.al.aEnd && q.al.aStart < p.al.aEnd && p.al.bStart < q.al.bEnd && q.al.bStart < p.al.bEnd,
      )
    )
      continue;
    if (p.al.identical >= opt.minMatched && p.similarity >= opt.minSimilarity) kept.push(p);
    else {
      stats.rejected++;
      const r: RejectedSummary = rejected ?? { count: 0, identical: -1, similarity: 0, aStart: 0, aEnd: 0 };
      r.count++;
      if (p.al.identical > r.identical)
        Object.assign(r, { identical: p.al.identical, similarity: p.similarity, aStart: p.al.aStart, aEnd: p.al.aEnd });
      rejected = r;
    }
  }
  stats.kept += kept.length;
  if (kept.length === 0 && !rejected) return null;
  return {
    a: docA.docId,
    b: docB.docId,
    passages: kept.flatMap((p) => [p.al.aStart, p.al.aEnd, p.al.bStart, p.al.bEnd, p.al.identical]),
    alignments: kept.map((p) => toRow(docA, A, docB, B, p).alignment),
    rejected,
  };
}

/**
 * One build-report entry per plan (as doc_a) with passages below the thresholds, not one per pair: at thousands of
 * plans almost every pair aligns some stock phrase, and a list of pairs would grow with the square of the corpus.
 */
function rejectedReport(
  outcomes: PairOutcome[],
  docs: ParsedDocument[],
  folded: FoldedText[],
  opt: ReuseOptions,
  report: ReportEntry[],
): void {
  const byDoc = new Map<string, { count: number; plans: number; best: RejectedSummary; with: string }>();
  for (const o of outcomes) {
    const r = o.rejected;
    if (!r) continue;
    const d = byDoc.get(o.a);
    if (!d) byDoc.set(o.a, { count: r.count, plans: 1, best: r, with: o.b });
    else {
      d.count += r.count;
      d.plans++;
      if (r.identical > d.best.identical) {
        d.best = r;
        d.with = o.b;
      }
    }
  }
  const indexOf = new Map(docs.map((d, i) => [d.docId, i]));
  for (const [docId, d] of [...byDoc].sort((x, y) => cmp(x[0], y[0]))) {
    const i = indexOf.get(docId) as number;
    const doc = docs[i] as ParsedDocument;
    const A = folded[i] as FoldedText;
    const span = rawSpanOf(doc.clean, A.toClean[d.best.aStart] as number, (A.toClean[d.best.aEnd - 1] as number) + 1);
    report.push({
      doc_id: docId,
      dataset: 'reuse',
      kind: 'reuse-below-threshold',
      message: `${d.count} aligned passage(s) shared with ${d.plans} other plan(s) fall below the thresholds (${opt.minMatched} identical characters, similarity ${opt.minSimilarity}); the longest, shared with ${d.with}, has ${d.best.identical} identical characters, similarity ${d.best.similarity.toFixed(2)}`,
      quote: span.quote,
      start: span.start,
      end: span.end,
    });
  }
}
