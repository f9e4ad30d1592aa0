// Text reuse between plans: passages two plans share, found by winnowed character shingles, seed chaining and local alignment.
import { lineAt, lineStarts } from '../../src/lib/text/index.ts';
import { alignLocal, diffOps, DEFAULT_SCORES, type AlignScores, type LocalAlignment } from './find-reuse-align.ts';
import { foldDocument, shingleHashes, winnowHashes, type FoldedText } from './find-reuse-fingerprint.ts';
import { rawSpanOf, sectionAtClean } from './locate.ts';
import type { ReportEntry } from './extractor-types.ts';
import type { ParsedDocument } from './types.ts';
import type { ReuseMatrixRow, ReuseRow } from '../../src/lib/schema/reuse.ts';

export interface ReuseOptions {
  /** Shingle length in folded characters (letters and digits). */
  k: number;
  /** Winnowing window: any shared exact run of k + w - 1 characters is guaranteed a common fingerprint. */
  w: number;
  /** A fingerprint found in more documents than this is boilerplate and seeds nothing. */
  maxDocFreq: number;
  /** A fingerprint with more occurrences than this (repeats inside documents) is skipped too. */
  maxPostings: number;
  /** Seeds further apart than this (folded characters, along document a) start a new candidate region. */
  maxGap: number;
  /** Diagonal drift (insertions minus deletions) allowed between neighbouring seeds of one region. */
  band: number;
  /** Folded characters added around a region before alignment, so the passage can extend past its seeds. */
  margin: number;
  /** Minimum number of identical aligned characters for a passage to be kept. */
  minMatched: number;
  /** Minimum similarity: identical aligned characters / folded length of the longer side. */
  minSimilarity: number;
  /** Largest alignment matrix (cells) for one region; longer regions are split. */
  maxCells: number;
  scores: AlignScores;
}

export const DEFAULT_REUSE_OPTIONS: ReuseOptions = {
  k: 8,
  w: 8,
  maxDocFreq: 25,
  maxPostings: 100,
  maxGap: 40,
  band: 16,
  margin: 24,
  minMatched: 20,
  minSimilarity: 0.7,
  maxCells: 8_000_000,
  scores: DEFAULT_SCORES,
};

/** What the run cost: the figures the scaling benchmark reports. */
export interface ReuseStats {
  documents: number;
  folded_chars: number;
  fingerprints: number;
  /** Distinct fingerprints (shingle strings) seen in more than maxDocFreq documents or maxPostings places. */
  fingerprints_skipped: number;
  /** Document pairs that share at least one kept fingerprint. */
  doc_pairs: number;
  /** Seed pairs (position in a, position in b) examined: the work that depends on how much text is shared. */
  seed_pairs: number;
  regions: number;
  /** Single-seed regions not aligned because an ungapped extension found too little identical text around the seed. */
  filtered: number;
  alignments: number;
  cells: number;
  kept: number;
  rejected: number;
}

export interface ReuseResult {
  rows: ReuseRow[];
  matrix: ReuseMatrixRow[];
  stats: ReuseStats;
  report: ReportEntry[];
}

interface Passage {
  al: LocalAlignment;
  similarity: number;
}

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

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Winnowed fingerprints of every document, grouped by shingle through one sorted array: candidate pairs
 * come only from shared fingerprints, so no pair of documents is compared unless they share a shingle.
 * Returns, per document pair (key da * n + db, da < db), the seed positions as a flat [a0, b0, a1, b1, …].
 */
function seedPairs(
  folded: FoldedText[],
  opt: ReuseOptions,
  stats: ReuseStats,
  report: ReportEntry[],
): Map<number, number[]> {
  const n = folded.length;
  const docOf: number[] = [];
  const posOf: number[] = [];
  const keys: bigint[] = [];
  // Document frequency counts every shingle, not only the winnowed ones: winnowing picks by context, so two copies of a passage may pick different shingles near its ends.
  const perDoc: Uint32Array[] = [];
  for (let d = 0; d < n; d++) {
    const text = (folded[d] as FoldedText).text;
    stats.folded_chars += text.length;
    const hashes = shingleHashes(text, opt.k);
    for (const p of winnowHashes(hashes, opt.w)) {
      keys.push((BigInt(hashes[p] as number) << 32n) | BigInt(docOf.length));
      docOf.push(d);
      posOf.push(p);
    }
    perDoc.push(uniqueSorted(hashes));
  }
  const everyShingle = concatSorted(perDoc);
  stats.fingerprints = keys.length;
  const sorted = BigUint64Array.from(keys).sort();
  const seeds = new Map<number, number[]>();
  const skipped: { shingle: string; df: number }[] = [];
  let i = 0;
  while (i < sorted.length) {
    const h = (sorted[i] as bigint) >> 32n;
    let j = i;
    while (j < sorted.length && (sorted[j] as bigint) >> 32n === h) j++;
    // One hash may cover several shingles (collisions): split the group by the shingle text itself.
    const byShingle = new Map<string, number[]>();
    for (let q = i; q < j; q++) {
      const id = Number((sorted[q] as bigint) & 0xffffffffn);
      const s = (folded[docOf[id] as number] as FoldedText).text.substr(posOf[id] as number, opt.k);
      const list = byShingle.get(s) ?? [];
      list.push(id);
      byShingle.set(s, list);
    }
    for (const [shingle, ids] of byShingle) {
      if (ids.length < 2) continue;
      if (new Set(ids.map((id) => docOf[id])).size < 2) continue;
      // Counted by hash: a collision can only overstate how common a shingle is.
      const df = countOf(everyShingle, Number(h));
      if (df > opt.maxDocFreq || ids.length > opt.maxPostings) {
        stats.fingerprints_skipped++;
        skipped.push({ shingle, df });
        continue;
      }
      for (let x = 0; x < ids.length; x++) {
        for (let y = x + 1; y < ids.length; y++) {
          let ia = ids[x] as number;
          let ib = ids[y] as number;
          if (docOf[ia] === docOf[ib]) continue;
          if ((docOf[ia] as number) > (docOf[ib] as number)) [ia, ib] = [ib, ia];
          const key = (docOf[ia] as number) * n + (docOf[ib] as number);
          const list = seeds.get(key) ?? [];
          list.push(posOf[ia] as number, posOf[ib] as number);
          seeds.set(key, list);
          stats.seed_pairs++;
        }
      }
    }
    i = j;
  }
  if (skipped.length > 0) {
    skipped.sort((x, y) => y.df - x.df || cmp(x.shingle, y.shingle));
    report.push({
      doc_id: '',
      dataset: 'reuse',
      kind: 'reuse-boilerplate-skipped',
      message: `${skipped.length} shingle(s) of ${opt.k} characters occur in more than ${opt.maxDocFreq} documents or more than ${opt.maxPostings} places and seed no passage; most frequent: ${skipped
        .slice(0, 10)
        .map((s) => `${s.shingle} (${s.df} docs)`)
        .join(', ')}`,
    });
  }
  return seeds;
}

function uniqueSorted(hashes: Uint32Array): Uint32Array {
  const s = Uint32Array.from(hashes).sort();
  let m = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) s[m++] = s[i] as number;
  return s.subarray(0, m);
}

function concatSorted(parts: Uint32Array[]): Uint32Array {
  const out = new Uint32Array(parts.reduce((t, p) => t + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.sort();
}

/** Occurrences of h in a sorted array (two binary searches). */
function countOf(sorted: Uint32Array, h: number): number {
  const bound = (strict: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const v = sorted[mid] as number;
      if (v < h || (strict && v === h)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return bound(true) - bound(false);
}

/** A chain of seeds on nearby diagonals: one candidate shared passage. */
interface Region {
  seeds: number[];
  lastA: number;
  lastD: number;
}

/** Chain seeds (sorted along a) into regions: a seed joins the open region whose last seed is near in a and on a near diagonal. */
export function chainSeeds(flat: number[], opt: Pick<ReuseOptions, 'maxGap' | 'band'>): number[][] {
  const order: number[] = [];
  for (let i = 0; i < flat.length; i += 2) order.push(i);
  order.sort((x, y) => (flat[x] as number) - (flat[y] as number) || (flat[x + 1] as number) - (flat[y + 1] as number));
  const done: Region[] = [];
  let open: Region[] = [];
  for (const idx of order) {
    const a = flat[idx] as number;
    const b = flat[idx + 1] as number;
    const d = b - a;
    const still: Region[] = [];
    for (const r of open) (a - r.lastA > opt.maxGap ? done : still).push(r);
    open = still;
    let best: Region | null = null;
    for (const r of open) {
      const drift = Math.abs(d - r.lastD);
      if (drift <= opt.band && (!best || drift < Math.abs(d - best.lastD))) best = r;
    }
    if (best) {
      best.seeds.push(a, b);
      best.lastA = a;
      best.lastD = d;
    } else open.push({ seeds: [a, b], lastA: a, lastD: d });
  }
  done.push(...open);
  return done
    .map((r) => r.seeds)
    .sort((x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number));
}

/** Identical characters of the best ungapped extension (X-drop, as in BLAST) of a seed in both directions. */
export function ungappedIdentical(
  a: string,
  b: string,
  pa: number,
  pb: number,
  opt: Pick<ReuseOptions, 'k' | 'scores'>,
  xDrop = 10,
): number {
  const { match, mismatch } = opt.scores;
  let total = opt.k;
  for (const dir of [1, -1]) {
    let i = dir > 0 ? pa + opt.k : pa - 1;
    let j = dir > 0 ? pb + opt.k : pb - 1;
    let score = 0;
    let best = 0;
    let same = 0;
    let bestSame = 0;
    while (i >= 0 && j >= 0 && i < a.length && j < b.length) {
      const eq = a.charCodeAt(i) === b.charCodeAt(j);
      score += eq ? match : mismatch;
      if (eq) same++;
      if (score > best) {
        best = score;
        bestSame = same;
      }
      if (score < best - xDrop) break;
      i += dir;
      j += dir;
    }
    total += bestSame;
  }
  return total;
}

/** Align one region; seeds left outside the best local alignment (a second passage) are aligned in turn. */
function alignRegion(
  a: string,
  b: string,
  seeds: number[],
  opt: ReuseOptions,
  stats: ReuseStats,
  out: Passage[],
  bounds = { aLo: 0, aHi: a.length, bLo: 0, bHi: b.length },
): void {
  let aMin = Infinity,
    aMax = -Infinity,
    bMin = Infinity,
    bMax = -Infinity,
    dMin = Infinity,
    dMax = -Infinity;
  for (let i = 0; i < seeds.length; i += 2) {
    const x = seeds[i] as number;
    const y = seeds[i + 1] as number;
    aMin = Math.min(aMin, x);
    aMax = Math.max(aMax, x);
    bMin = Math.min(bMin, y);
    bMax = Math.max(bMax, y);
    dMin = Math.min(dMin, y - x);
    dMax = Math.max(dMax, y - x);
  }
  const win = {
    aLo: Math.max(bounds.aLo, aMin - opt.margin),
    aHi: Math.min(bounds.aHi, aMax + opt.k + opt.margin),
    bLo: Math.max(bounds.bLo, bMin - opt.margin),
    bHi: Math.min(bounds.bHi, bMax + opt.k + opt.margin),
    dLo: dMin - opt.band,
    dHi: dMax + opt.band,
  };
  if (seeds.length > 2 && (win.aHi - win.aLo + 1) * (win.dHi - win.dLo + 1) > opt.maxCells) {
    // Bound the work per region: halve the chain (the halves may yield two adjoining passages).
    const half = Math.floor(seeds.length / 4) * 2;
    alignRegion(a, b, seeds.slice(0, half), opt, stats, out, bounds);
    alignRegion(a, b, seeds.slice(half), opt, stats, out, bounds);
    return;
  }
  const al = alignLocal(a, b, win, opt.scores);
  stats.alignments++;
  if (!al) return;
  stats.cells += al.cells;
  out.push({ al, similarity: al.identical / Math.max(al.aEnd - al.aStart, al.bEnd - al.bStart) });
  const left: number[] = [];
  const right: number[] = [];
  for (let i = 0; i < seeds.length; i += 2) {
    const x = seeds[i] as number;
    const y = seeds[i + 1] as number;
    if (x + opt.k <= al.aStart && y + opt.k <= al.bStart) left.push(x, y);
    else if (x >= al.aEnd && y >= al.bEnd) right.push(x, y);
  }
  // The windows of the rest stop at this passage, so each step strictly shrinks the work left.
  if (left.length > 0)
    alignRegion(a, b, left, opt, stats, out, { aLo: bounds.aLo, aHi: al.aStart, bLo: bounds.bLo, bHi: al.bStart });
  if (right.length > 0)
    alignRegion(a, b, right, opt, stats, out, { aLo: al.aEnd, aHi: bounds.aHi, bLo: al.bEnd, bHi: bounds.bHi });
}

/** Length of the union of half-open intervals. */
export function unionLength(intervals: [number, number][]): number {
  const s = intervals.slice().sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of s) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** 1-based raw line of an offset; the line starts are computed once per document. */
const lineStartsOf = new WeakMap<ParsedDocument, number[]>();
function lineOfRaw(doc: ParsedDocument, offset: number): number {
  let starts = lineStartsOf.get(doc);
  if (!starts) {
    starts = lineStarts(doc.clean.raw);
    lineStartsOf.set(doc, starts);
  }
  return lineAt(starts, offset);
}

function toRow(docA: ParsedDocument, A: FoldedText, docB: ParsedDocument, B: FoldedText, p: Passage): ReuseRow {
  const cleanA = [A.toClean[p.al.aStart] as number, (A.toClean[p.al.aEnd - 1] as number) + 1] as const;
  const cleanB = [B.toClean[p.al.bStart] as number, (B.toClean[p.al.bEnd - 1] as number) + 1] as const;
  const spanA = rawSpanOf(docA.clean, cleanA[0], cleanA[1]);
  const spanB = rawSpanOf(docB.clean, cleanB[0], cleanB[1]);
  return {
    reuse_id: `${docA.docId}@${spanA.start}~${docB.docId}@${spanB.start}`,
    doc_a: docA.docId,
    section_a: sectionAtClean(docA, cleanA[0]).sectionId,
    line_a: lineOfRaw(docA, spanA.start),
    start_a: spanA.start,
    end_a: spanA.end,
    doc_b: docB.docId,
    section_b: sectionAtClean(docB, cleanB[0]).sectionId,
    line_b: lineOfRaw(docB, spanB.start),
    start_b: spanB.start,
    end_b: spanB.end,
    length_a: p.al.aEnd - p.al.aStart,
    length_b: p.al.bEnd - p.al.bStart,
    matched_chars: p.al.identical,
    similarity: Math.round(p.similarity * 1000) / 1000,
    quote_a: spanA.quote,
    quote_b: spanB.quote,
    alignment: diffOps(spanA.quote, spanB.quote),
  };
}
