// A target in a few characters ('≥65%', '35–50%', '+3 pt'), for the chart's labels and its text alternative. No
// imports: both the worker (compare-targets.ts) and the page's chart chunk (draw-targets.ts) use it.

const SIGN: Record<string, string> = { ge: '≥', le: '≤', eq: '', approx: '≈', range: '', increase: '+', decrease: '−' };

export interface TargetValue {
  comparator: string;
  value: number;
  valueMax: number | null;
  unit: string;
}

/** The unit written only for percents and percentage points (other units are named in the section heading). */
export function shortTarget(t: TargetValue): string {
  const v = t.valueMax !== null ? `${t.value}–${t.valueMax}` : String(t.value);
  const u = t.unit === 'percent' ? '%' : t.unit === 'percentage_points' ? ' pt' : '';
  return `${SIGN[t.comparator] ?? ''}${v}${u}`;
}

/** With the unit's name when it is not a percent: '≥65%', '3 persons'. */
export function targetText(t: TargetValue, unitNames: Record<string, string>): string {
  const short = shortTarget(t);
  return t.unit === 'percent' || t.unit === 'percentage_points' ? short : `${short} ${unitNames[t.unit] ?? t.unit}`;
}
