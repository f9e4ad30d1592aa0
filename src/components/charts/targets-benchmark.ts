// Headline targets by place and year against a national benchmark: one panel per indicator. Pure: data in, SVG out.
import * as Plot from '@observablehq/plot';
import { hideFromAssistiveTech, stripInlineStyles } from './dom.ts';

export interface TargetPoint {
  /** Place label as shown on the axis. */
  place: string;
  /** Panel label (the indicator's name). */
  indicator: string;
  value: number;
  /** Upper end of a range target (35%–50%), else null. */
  valueMax: number | null;
  year: number | null;
}

export interface BenchmarkLine {
  indicator: string;
  value: number;
  label: string;
}

export interface TargetsBenchmarkOptions {
  document: Document;
  benchmarks: BenchmarkLine[];
  /** Panel order; indicators without points still get a panel when listed here. */
  indicators: string[];
  width?: number;
  yearLabel?: (year: number | null) => string;
}

/** Returns the SVG (or null when there is nothing to draw: the frame then shows its empty note). */
export function targetsBenchmark(points: TargetPoint[], options: TargetsBenchmarkOptions): Element | null {
  if (points.length === 0) return null;
  const yearLabel = options.yearLabel ?? ((y: number | null) => (y === null ? '' : String(y)));
  const places = [...new Set(points.map((p) => p.place))].sort((a, b) => a.localeCompare(b));
  const ranges = points.filter((p) => p.valueMax !== null);
  const chart = Plot.plot({
    document: options.document,
    width: options.width ?? 640,
    height: 60 + places.length * options.indicators.length * 34,
    marginLeft: 110,
    marginRight: 40,
    x: { domain: [0, 100], label: '%', grid: true, ticks: [0, 25, 50, 75, 100] },
    y: { domain: places, label: null },
    fy: { domain: options.indicators, label: null },
    marks: [
      Plot.ruleX(options.benchmarks, { x: 'value', fy: 'indicator', stroke: 'var(--accent, #b3361b)', strokeDasharray: '4,3', strokeWidth: 1.5 }),
      Plot.text(options.benchmarks, { x: 'value', fy: 'indicator', text: 'label', frameAnchor: 'top', dy: -2, dx: -4, textAnchor: 'end', fill: 'var(--accent, #b3361b)' }),
      Plot.link(ranges, { x1: 'value', x2: 'valueMax', y: 'place', fy: 'indicator', stroke: 'currentColor', strokeWidth: 3, strokeOpacity: 0.5 }),
      Plot.dot(points, { x: 'value', y: 'place', fy: 'indicator', r: 5, fill: 'currentColor' }),
      Plot.text(points, { x: 'value', y: 'place', fy: 'indicator', text: (d: TargetPoint) => yearLabel(d.year), dy: -11, fontSize: 11 }),
    ],
  });
  return stripInlineStyles(hideFromAssistiveTech(chart as unknown as Element));
}
