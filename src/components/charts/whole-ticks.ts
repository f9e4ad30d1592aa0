// Axis ticks for counts: whole numbers only (a count axis never shows 2.5). Pure.
import { ticks } from 'd3';

/** Up to about `count` tick values in [lo, hi], whole numbers only; the two ends when nothing else fits. */
export function wholeTicks(domain: [number, number], count = 5): number[] {
  const [lo, hi] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const whole = ticks(lo, hi, count).filter(Number.isInteger);
  if (whole.length >= 2) return whole;
  const first = Math.ceil(lo);
  const last = Math.floor(hi);
  return first <= last ? [...new Set([first, last])] : [];
}
