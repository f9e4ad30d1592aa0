// One indicator's targets across many plans: how many plans set each value (bins of 5 points), against the national
// goal. Its height does not depend on the number of plans. Pure: values in, SVG out.
import * as Plot from '@observablehq/plot';
import { hideFromAssistiveTech, stripInlineStyles } from './dom.ts';
import { goalMarks } from './goal-marks.ts';

export interface HeadlineHistogramOptions {
  document: Document;
  benchmark: { value: number; label: string };
  width?: number;
  /** Label of the count axis ('plans' / '份方案'). */
  countLabel: string;
}

/** Bin width in percentage points. */
const BIN = 5;

/** A histogram of the values (one per plan); null when there is none. */
export function headlineHistogram(values: number[], options: HeadlineHistogramOptions): Element | null {
  if (values.length === 0) return null;
  let low = options.benchmark.value;
  for (const v of values) low = Math.min(low, v);
  const x0 = Math.max(0, Math.floor((low - 10) / 10) * 10);
  const thresholds: number[] = [];
  for (let t = x0; t <= 100; t += BIN) thresholds.push(t);
  const chart = Plot.plot({
    document: options.document,
    width: options.width ?? 640,
    height: 200,
    marginTop: 30,
    marginRight: 24,
    x: { domain: [x0, 100 + BIN], label: null, tickFormat: (d: number) => (d > 100 ? '' : `${d}%`) },
    y: { label: options.countLabel, grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
    marks: [
      Plot.rectY(
        values,
        Plot.binX<Plot.RectYOptions>(
          { y: 'count' },
          { x: (v: number) => v, thresholds, fill: 'currentColor', inset: 1 },
        ),
      ),
      Plot.ruleY([0]),
      ...goalMarks(options.benchmark, -20),
    ],
  });
  return stripInlineStyles(hideFromAssistiveTech(chart as unknown as Element));
}
