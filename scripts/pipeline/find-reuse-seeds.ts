// Text reuse: candidate seeds, from winnowed fingerprints shared by two documents.
import type { ReportEntry } from './extractor-types.ts';
import { shingleHashes, winnowHashes, type FoldedText } from './find-reuse-fingerprint.ts';
import type { ReuseOptions } from '../../src/lib/schema/reuse-format.ts';
import { cmp, type ReuseStats } from './find-reuse-options.ts';

/** What the previous run knew: which documents changed since, and which shingles were boilerplate then. */
export interface SeedsBefore {
  changed: boolean[];
  skipped: Set<string>;
}

export interface SeedResult {
  /** Seeds per pair to align: every pair without `previous`, else only pairs with a changed document or in `dirty`. */
  seeds: Map<number, number[]>;
  /** Pairs of unchanged documents sharing a fingerprint whose boilerplate status changed: their outcome is stale. */
  dirty: Set<number>;
  /** Every boilerplate shingle of this run, sorted. */
  skipped: string[];
}

/**
 * Winnowed fingerprints of every document, grouped by shingle through one sorted array: candidate pairs
 * come only from shared fingerprints, so no pair of documents is compared unless they share a shingle.
 * Returns, per document pair (key da * n + db, da < db), the seed positions as a flat [a0, b0, a1, b1, …].
 */
export function seedPairs(
  folded: FoldedText[],
  opt: ReuseOptions,
  stats: ReuseStats,
  report: ReportEntry[],
  previous: SeedsBefore | null = null,
): SeedResult {
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
  const dirty = new Set<number>();
  const skipped: { shingle: string; df: number }[] = [];
  // Groups of ids that seed pairs; enumerated once every stale pair is known (a later group may mark one).
  const seeding: number[][] = [];
  let i = 0;
  while (i < sorted.length) {
    const h = (sorted[i] as bigint) >> 32n;
    let j = i;
    while (j < sorted.length && (sorted[j] as bigint) >> 32n === h) j++;
    // One hash may cover several shingles (collisions): split the group by the shingle text itself.
    const byShingle = new Map<string, number[]>();
    for (let q = i; q < j; q++) {
      const id = Number((sorted[q] as bigint) & 0xffffffffn);
      const pos = posOf[id] as number;
      const s = (folded[docOf[id] as number] as FoldedText).text.slice(pos, pos + opt.k);
      const list = byShingle.get(s) ?? [];
      list.push(id);
      byShingle.set(s, list);
    }
    for (const [shingle, ids] of byShingle) {
      if (ids.length < 2) continue;
      if (new Set(ids.map((id) => docOf[id])).size < 2) continue;
      // Counted by hash: a collision can only overstate how common a shingle is.
      const df = countOf(everyShingle, Number(h));
      const skip = df > opt.maxDocFreq || ids.length > opt.maxPostings;
      if (previous && skip !== previous.skipped.has(shingle)) markDirty(ids, docOf, previous.changed, n, dirty);
      if (skip) {
        stats.fingerprints_skipped++;
        skipped.push({ shingle, df });
        continue;
      }
      seeding.push(ids);
    }
    i = j;
  }
  for (const ids of seeding) {
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        let ia = ids[x] as number;
        let ib = ids[y] as number;
        const da = docOf[ia] as number;
        const db = docOf[ib] as number;
        if (da === db) continue;
        if (da > db) [ia, ib] = [ib, ia];
        const key = Math.min(da, db) * n + Math.max(da, db);
        if (previous && !previous.changed[da] && !previous.changed[db] && !dirty.has(key)) continue;
        const list = seeds.get(key) ?? [];
        list.push(posOf[ia] as number, posOf[ib] as number);
        seeds.set(key, list);
        stats.seed_pairs++;
      }
    }
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
  return { seeds, dirty, skipped: skipped.map((x) => x.shingle).sort(cmp) };
}

/** Every pair of unchanged documents among a group's: their seeds differ from the previous run's. */
function markDirty(ids: number[], docOf: number[], changed: boolean[], n: number, dirty: Set<number>): void {
  const docs = [...new Set(ids.map((id) => docOf[id] as number))].sort((x, y) => x - y);
  for (let x = 0; x < docs.length; x++)
    for (let y = x + 1; y < docs.length; y++) {
      const da = docs[x] as number;
      const db = docs[y] as number;
      if (!changed[da] && !changed[db]) dirty.add(da * n + db);
    }
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
