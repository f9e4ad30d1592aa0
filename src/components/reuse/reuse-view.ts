// Pure helpers of the reuse views: shares as percentages, and passages split for a side-by-side diff.
import { format } from 'd3';
import { applyOps, type AlignedPart } from '../../lib/schema/reuse-format.ts';
import type { ReuseRow } from '../../lib/schema/reuse.ts';

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

/** A passage split into same and changed parts; each side cut after `max` characters (… marks the cut). */
export function passageView(row: ReuseRow, max = Infinity): PassageView {
  const parts = applyOps(row.quote_a, row.quote_b, row.alignment);
  return { row, a: clipParts(parts.a, max), b: clipParts(parts.b, max) };
}

function clipParts(parts: AlignedPart[], max: number): AlignedPart[] {
  const out: AlignedPart[] = [];
  let left = max;
  for (const p of parts) {
    if (left <= 0) break;
    if (p.text.length <= left) out.push(p);
    else out.push({ ...p, text: `${p.text.slice(0, left)}…` });
    left -= p.text.length;
  }
  return out;
}
