// A list that does not grow with the corpus: every item up to `max`; beyond, a count and the items of the few most
// recently issued plans as examples (each plan's own page states the rest).
import { latestPlans } from '../home/headline-targets.ts';

export interface BoundedList<T> {
  /** The items to show one by one: all of them, or the examples. */
  shown: T[];
  /** How many items there are in all (shown or not). */
  total: number;
  /** How many plans they concern. */
  plans: number;
  /** True when `shown` holds examples only and the page states the count. */
  summarised: boolean;
}

/** Items of plans (`docOf` names an item's plan): all up to `max`, else those of the `examples` latest plans. */
export function boundedList<T>(
  items: readonly T[],
  docOf: (item: T) => string,
  docs: readonly { doc_id: string; issue_year: number | null }[],
  max: number,
  examples = 3,
): BoundedList<T> {
  const plans = new Set(items.map(docOf));
  if (items.length <= max) return { shown: [...items], total: items.length, plans: plans.size, summarised: false };
  const latest = new Set(
    latestPlans(
      docs.filter((d) => plans.has(d.doc_id)),
      examples,
    ).map((d) => d.doc_id),
  );
  const shown: T[] = [];
  const seen = new Set<string>();
  // One item per example plan, in the plans' order of recency.
  for (const item of items) {
    const doc = docOf(item);
    if (latest.has(doc) && !seen.has(doc)) {
      seen.add(doc);
      shown.push(item);
    }
  }
  return { shown, total: items.length, plans: plans.size, summarised: true };
}
