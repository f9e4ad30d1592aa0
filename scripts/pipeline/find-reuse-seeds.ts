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
  const hashOfId: number[] = [];
  // Document frequency counts every shingle, not only the winnowed ones: winnowing picks by context, so two copies of a passage may pick different shingles near its ends.
  const perDoc: Uint32Array[] = [];
  for (let d = 0; d < n; d++) {
    const text = (folded[d] as FoldedText).text;
    stats.folded_chars += text.length;
    const hashes = shingleHashes(text, opt.k);
    for (const p of winnowHashes(hashes, opt.w)) {
      hashOfId.push(hashes[p] as number);
      docOf.push(d);
      posOf.push(p);
    }
    perDoc.push(uniqueSorted(hashes));
  }
  const everyShingle = concatSorted(perDoc);
  stats.fingerprints = hashOfId.length;
  const sorted = sortByHash(hashOfId);
  const seeds = new Map<number, number[]>();
  const dirty = new Set<number>();
  const skipped: { shingle: string; df: number }[] = [];
  // Groups of ids that seed pairs; enumerated once every stale pair is known (a later group may mark one).
  const seeding: number[][] = [];
  let i = 0;
  while (i < sorted.length) {
    const h = sorted.hashAt(i);
    let j = i + 1;
    while (j < sorted.length && sorted.hashAt(j) === h) j++;
    // A fingerprint seen once pairs nothing (most of them): no shingle text to compare.
    if (j - i === 1) {
      i = j;
      continue;
    }
    // One hash may cover several shingles (collisions): split the group by the shingle text itself.
    const byShingle = new Map<string, number[]>();
    for (let q = i; q < j; q++) {
      const id = sorted.idAt(q);
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
      const df = countOf(everyShingle, h);
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

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Fingerprint ids ordered by hash, then id: one native sort of 64-bit keys (hash << 32 | id). On little-endian
 * machines (all the usual ones) the keys are written and read through a 32-bit view, without a BigInt per key.
 */
function sortByHash(hashOfId: number[]): { length: number; hashAt(q: number): number; idAt(q: number): number } {
  const keys = new BigUint64Array(hashOfId.length);
  if (LITTLE_ENDIAN) {
    const u32 = new Uint32Array(keys.buffer);
    hashOfId.forEach((h, id) => {
      u32[2 * id] = id;
      u32[2 * id + 1] = h;
    });
    keys.sort();
    return { length: keys.length, hashAt: (q) => u32[2 * q + 1] as number, idAt: (q) => u32[2 * q] as number };
  }
  hashOfId.forEach((h, id) => (keys[id] = (BigInt(h) << 32n) | BigInt(id)));
  keys.sort();
  return {
    length: keys.length,
    hashAt: (q) => Number((keys[q] as bigint) >> 32n),
    idAt: (q) => Number((keys[q] as bigint) & 0xffffffffn),
  };
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
