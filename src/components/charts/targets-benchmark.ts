// One indicator's targets by place and year against a national benchmark. Pure: data in, SVG out.
import * as Plot from '@observablehq/plot';
import { hideFromAssistiveTech, stripInlineStyles } from './dom.ts';
import { goalMarks } from './goal-marks.ts';

export interface TargetPoint {
  /** Place label as shown on the axis. */
  place: string;
  value: number;
  /** Upper end of a range target (35%–50%), else null. */
  valueMax: number | null;
  year: number | null;
  /** Value label drawn beside the dot, e.g. "≥90%". */
  label: string;
}

export interface TargetsBenchmarkOptions {
  document: Document;
  benchmark: { value: number; label: string };
  width?: number;
  yearLabel?: (year: number | null) => string;
}

/** One row per place and year; null when there is nothing to draw (the frame then shows its note). */
export function targetsBenchmark(points: TargetPoint[], options: TargetsBenchmarkOptions): Element | null {
  if (points.length === 0) return null;
  const yearLabel = options.yearLabel ?? ((y: number | null) => (y === null ? '' : String(y)));
  const rowOf = (p: TargetPoint) => `${p.place} · ${yearLabel(p.year)}`;
  const sorted = [...points].sort((a, b) => a.place.localeCompare(b.place) || (a.year ?? 0) - (b.year ?? 0));
  const rows = [...new Set(sorted.map(rowOf))];
  // A dot plot need not start at zero: frame the values and the benchmark with a margin, ending at 100%.
  let low = options.benchmark.value;
  for (const p of points) low = Math.min(low, p.value);
  const x0 = Math.max(0, Math.floor((low - 15) / 10) * 10);
  const chart = Plot.plot({
    document: options.document,
    width: options.width ?? 640,
    height: 50 + rows.length * 28,
    marginLeft: 150,
    marginRight: 56,
    marginTop: 26,
    x: { domain: [x0, 100], label: null, grid: true, tickFormat: (d: number) => `${d}%` },
    y: { domain: rows, label: null },
    marks: [
      ...goalMarks(options.benchmark, -16),
      Plot.link(
        sorted.filter((p) => p.valueMax !== null),
        { x1: 'value', x2: 'valueMax', y: rowOf, stroke: 'currentColor', strokeWidth: 4, strokeOpacity: 0.45 },
      ),
      Plot.dot(sorted, { x: 'value', y: rowOf, r: 5, fill: 'currentColor' }),
      Plot.text(sorted, {
        x: (p: TargetPoint) => p.valueMax ?? p.value,
        y: rowOf,
        text: 'label',
        dx: 9,
        textAnchor: 'start',
      }),
    ],
  });
  return stripInlineStyles(hideFromAssistiveTech(chart as unknown as Element));
}
