// Least and greatest of a list of any length, by a loop: spreading a long array into Math.min/Math.max overflows
// the call stack (house rule 9). Pure.

/** The greatest value, or `floor` when there is none or all are below it. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let top = floor;
  for (const v of values) if (v > top) top = v;
  return top;
}

/** [least, greatest] of the values ([Infinity, -Infinity] for none, as Math.min() and Math.max() give). */
export function spanOf(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}
