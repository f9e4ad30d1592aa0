// The home page's headline targets summarised over many plans: per indicator, each plan's target for the latest
// year it names (the lower end of a range), and how those values spread. Pure.

export interface HeadlineTarget {
  doc_id: string;
  indicator_id: string;
  value: number;
  target_year: number | null;
}

export interface IndicatorSpread {
  indicatorId: string;
  /** One value per plan: its target for the latest year it names. */
  values: number[];
  plans: number;
  min: number;
  median: number;
  max: number;
  /** Plans whose value is at or above the national goal. */
  atGoal: number;
}

/** Each plan's latest target for an indicator (no year counts as earliest; ties: the first row). */
function latestPerPlan(rows: HeadlineTarget[]): number[] {
  const best = new Map<string, HeadlineTarget>();
  for (const r of rows) {
    const prev = best.get(r.doc_id);
    if (!prev || (r.target_year ?? -Infinity) > (prev.target_year ?? -Infinity)) best.set(r.doc_id, r);
  }
  return [...best.values()].map((r) => r.value);
}

export function indicatorSpread(indicatorId: string, goal: number, rows: HeadlineTarget[]): IndicatorSpread | null {
  const values = latestPerPlan(rows.filter((r) => r.indicator_id === indicatorId)).sort((a, b) => a - b);
  if (values.length === 0) return null;
  const mid = values.length / 2;
  const median = values.length % 2 ? values[Math.floor(mid)]! : (values[mid - 1]! + values[mid]!) / 2;
  return {
    indicatorId,
    values,
    plans: values.length,
    min: values[0]!,
    median,
    max: values.at(-1)!,
    atGoal: values.filter((v) => v >= goal).length,
  };
}

/** Up to this many plans with headline targets, the home chart draws each target; beyond, their spread. */
export const MANY_PLACES = 12;

/** The plans the home page shows as cards beyond MANY_PLACES: the most recently issued first, then by id. */
export function latestPlans<T extends { doc_id: string; issue_year: number | null }>(docs: T[], n: number): T[] {
  return docs
    .slice()
    .sort(
      (a, b) => (b.issue_year ?? 0) - (a.issue_year ?? 0) || (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : 0),
    )
    .slice(0, n);
}
