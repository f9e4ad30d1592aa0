// Text reuse: seeds chained into regions on nearby diagonals, and each region aligned into passages.
import { alignLocal } from './find-reuse-align.ts';
import type { ReuseOptions } from '../../src/lib/schema/reuse-format.ts';
import type { Passage, ReuseStats } from './find-reuse-options.ts';

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
  for (const r of open) done.push(r);
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
export function alignRegion(
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
