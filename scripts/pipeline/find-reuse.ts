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
import { rawSpanOf } from './locate.ts';
import type { ParsedDocument } from './types.ts';

export type { ReuseResult, ReuseStats } from './find-reuse-options.ts';
export { chainSeeds, ungappedIdentical } from './find-reuse-regions.ts';
export { unionLength } from './find-reuse-rows.ts';

/** The shared passages of every pair of documents; doc_a < doc_b by doc id. */
export function findReuse(documents: ParsedDocument[], options: Partial<ReuseOptions> = {}): ReuseResult {
  const opt: ReuseOptions = { ...DEFAULT_REUSE_OPTIONS, ...options };
  const docs = documents.slice().sort((x, y) => (x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : 0));
  for (let i = 1; i < docs.length; i++) {
    if (docs[i]?.docId === docs[i - 1]?.docId) throw new Error(`findReuse: document ${docs[i]?.docId} given twice`);
  }
  const folded = docs.map(foldDocument);
  const stats: ReuseStats = {
    documents: docs.length,
    folded_chars: 0,
    fingerprints: 0,
    fingerprints_skipped: 0,
    doc_pairs: 0,
    seed_pairs: 0,
    regions: 0,
    filtered: 0,
    alignments: 0,
    cells: 0,
    kept: 0,
    rejected: 0,
  };
  const report: ReportEntry[] = [];

  const seeds = seedPairs(folded, opt, stats, report);
  stats.doc_pairs = seeds.size;

  const rows: ReuseRow[] = [];
  const covered = new Map<string, { intervals: [number, number][]; passages: number }>();
  const rejectedByPair = new Map<number, { count: number; best: Passage | null }>();
  const pairKeys = [...seeds.keys()].sort((x, y) => x - y);
  for (const key of pairKeys) {
    const da = Math.floor(key / docs.length);
    const db = key % docs.length;
    const A = folded[da] as FoldedText;
    const B = folded[db] as FoldedText;
    const flat = seeds.get(key) as number[];
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
    for (const p of passages.sort(
      (x, y) => y.al.score - x.al.score || x.al.aStart - y.al.aStart || x.al.bStart - y.al.bStart,
    )) {
      // Overlapping on both sides means the same passage found twice (from two regions); keep the better.
      if (
        kept.some(
          (q) =>
            p.al.aStart < q.al.aEnd && q.al.aStart < p.al.aEnd && p.al.bStart < q.al.bEnd && q.al.bStart < p.al.bEnd,
        )
      )
        continue;
      if (p.al.identical >= opt.minMatched && p.similarity >= opt.minSimilarity) kept.push(p);
      else {
        stats.rejected++;
        const r = rejectedByPair.get(key) ?? { count: 0, best: null };
        r.count++;
        if (!r.best || p.al.identical > r.best.al.identical) r.best = p;
        rejectedByPair.set(key, r);
      }
    }
    const docA = docs[da] as ParsedDocument;
    const docB = docs[db] as ParsedDocument;
    for (const p of kept) {
      rows.push(toRow(docA, A, docB, B, p));
      for (const [x, y, s, e] of [
        [docA.docId, docB.docId, p.al.aStart, p.al.aEnd],
        [docB.docId, docA.docId, p.al.bStart, p.al.bEnd],
      ] as const) {
        const c = covered.get(`${x}\t${y}`) ?? { intervals: [], passages: 0 };
        c.intervals.push([s, e]);
        c.passages++;
        covered.set(`${x}\t${y}`, c);
      }
    }
    stats.kept += kept.length;
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

  for (const key of [...rejectedByPair.keys()].sort((x, y) => x - y)) {
    const r = rejectedByPair.get(key) as { count: number; best: Passage };
    const docA = docs[Math.floor(key / docs.length)] as ParsedDocument;
    const docB = docs[key % docs.length] as ParsedDocument;
    const A = folded[Math.floor(key / docs.length)] as FoldedText;
    const span = rawSpanOf(
      docA.clean,
      A.toClean[r.best.al.aStart] as number,
      (A.toClean[r.best.al.aEnd - 1] as number) + 1,
    );
    report.push({
      doc_id: docA.docId,
      dataset: 'reuse',
      kind: 'reuse-below-threshold',
      message: `${r.count} aligned passage(s) shared with ${docB.docId} fall below the thresholds (${opt.minMatched} identical characters, similarity ${opt.minSimilarity}); the longest has ${r.best.al.identical} identical characters, similarity ${r.best.similarity.toFixed(2)}`,
      quote: span.quote,
      start: span.start,
      end: span.end,
    });
  }
  return { rows, matrix, stats, report };
}
