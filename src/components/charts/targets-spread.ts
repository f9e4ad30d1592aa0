// Every plan's targets as a spread per indicator: a grey line from the lowest to the highest level stated, a box
// over the middle half (quartiles) with the median marked, the national goal dashed; the selected places' targets
// drawn over it as coloured dots, each labelled. One row per indicator (a capped list): the height never depends on
// the number of plans. Pure: rows in, SVG out.
import { labelLanes, chartSvg, el } from './svg-build.ts';
import { maxOf } from './extent.ts';
import { finishSvg } from './svg-post.ts';
import { HUE, textWidth, wrapLabel } from './stack.ts';

export interface SpreadRow {
  key: string;
  label: string;
  /** 'percent' runs from 0 to 100; other units from 0 to a little past the highest value shown. */
  unit: string;
  /** Under the label: plans, years ('41 plans · 2020–2025'). */
  sublabel: string;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  goal: number | null;
  /** Tooltip of the spread. */
  title: string;
  selected: { id: string; label: string; value: number; text: string; href: string; title: string }[];
}

export interface SpreadOptions {
  document: Document;
  width: number;
  labelWidth: number;
  heading: string;
}

const FONT = 12;
const LINE = 15;
/** Baseline of the first line of labels, under the axis and its numbers. */
const LABELS = 46;

/** Legend places for labels that do not fit two lanes: left to right from the plot's start, wrapping at the width. */
function legendSlots(dots: { w: number }[], from: number, width: number): { x: number; line: number }[] {
  let x = from;
  let line = 0;
  return dots.map((d) => {
    const w = d.w + 22;
    if (x > from && x + w > width) {
      x = from;
      line += 1;
    }
    const slot = { x, line };
    x += w;
    return slot;
  });
}

const PALETTE = [HUE.accent, HUE.blue, HUE.green, HUE.conflict, '#8a6d1f', '#5b5bb0', '#2a8c8c', '#a35f2a'];

/** The colour of the i-th selected place (the same in every row and chart of a page). */
export const placeHue = (i: number): string => PALETTE[i % PALETTE.length]!;

export function targetsSpread(rows: SpreadRow[], options: SpreadOptions, order: string[] = []): SVGSVGElement | null {
  if (rows.length === 0) return null;
  const doc = options.document;
  const { width, labelWidth } = options;
  const plot = width - labelWidth - 12;
  const nodes: SVGElement[] = [el(doc, 'text', { x: 0, y: 14, 'font-weight': 600 }, options.heading)];
  let y = 26;
  for (const row of rows) {
    const top =
      row.unit === 'percent'
        ? 100
        : maxOf(
            row.selected.map((s) => s.value),
            maxOf([row.max, row.goal ?? 0], 1) * 1.1,
          );
    const x = (v: number) => labelWidth + (Math.max(0, Math.min(v, top)) / top) * plot;
    const lines = wrapLabel(row.label, labelWidth - 12, FONT);
    const sub = wrapLabel(row.sublabel, labelWidth - 12, FONT - 2);
    const dots = row.selected
      .map((s) => {
        const cx = x(s.value);
        const text = `${s.label} ${s.text}`;
        const w = textWidth(text, FONT - 1);
        return { s, cx, text, w, lx: Math.max(0, Math.min(cx - 3, width - w - 2)) };
      })
      .sort((a, b) => a.lx - b.lx);
    const lanes = labelLanes(dots.map((d) => ({ x: d.lx, w: d.w })));
    // Labels under their dots while two lanes hold them; else a legend that wraps (a crowd of dots at one value).
    const legend = dots.length > 0 && maxOf(lanes, 0) >= 2 ? legendSlots(dots, labelWidth, width) : null;
    const laneCount = legend
      ? maxOf(
          legend.map((l) => l.line),
          0,
        ) + 1
      : dots.length
        ? maxOf(lanes, 0) + 1
        : 0;
    const height = Math.max((lines.length + sub.length) * LINE, LABELS + laneCount * LINE) + 4;
    const g = el(doc, 'g', { transform: `translate(0,${y})`, 'data-key': row.key });
    lines.forEach((line, i) =>
      g.appendChild(
        el(doc, 'text', { x: labelWidth - 8, y: 12 + i * LINE, 'text-anchor': 'end', 'font-size': FONT }, line),
      ),
    );
    sub.forEach((line, i) =>
      g.appendChild(
        el(
          doc,
          'text',
          {
            x: labelWidth - 8,
            y: 12 + (lines.length + i) * LINE,
            'text-anchor': 'end',
            'font-size': FONT - 2,
            'fill-opacity': 0.7,
          },
          line,
        ),
      ),
    );
    const mid = 12;
    // The axis: 0 and its end, faint.
    g.appendChild(
      el(doc, 'line', {
        x1: labelWidth,
        x2: labelWidth + plot,
        y1: mid + 9,
        y2: mid + 9,
        stroke: 'currentColor',
        'stroke-opacity': 0.15,
      }),
    );
    for (const v of [0, top])
      g.appendChild(
        el(
          doc,
          'text',
          { x: x(v), y: mid + 20, 'font-size': 9, 'text-anchor': v === 0 ? 'start' : 'end', 'fill-opacity': 0.6 },
          String(Math.round(v * 10) / 10),
        ),
      );
    const spread = el(doc, 'g', {});
    spread.appendChild(el(doc, 'title', {}, row.title));
    spread.appendChild(
      el(doc, 'line', { x1: x(row.min), x2: x(row.max), y1: mid, y2: mid, stroke: HUE.grey, 'stroke-width': 2 }),
    );
    spread.appendChild(
      el(doc, 'rect', {
        x: x(row.q1),
        y: mid - 6,
        width: Math.max(2, x(row.q3) - x(row.q1)),
        height: 12,
        fill: HUE.grey,
        'fill-opacity': 0.35,
        stroke: HUE.grey,
      }),
    );
    spread.appendChild(
      el(doc, 'line', {
        x1: x(row.median),
        x2: x(row.median),
        y1: mid - 7,
        y2: mid + 7,
        stroke: 'currentColor',
        'stroke-width': 2,
      }),
    );
    g.appendChild(spread);
    if (row.goal !== null)
      g.appendChild(
        el(doc, 'line', {
          x1: x(row.goal),
          x2: x(row.goal),
          y1: mid - 11,
          y2: mid + 11,
          stroke: 'currentColor',
          'stroke-dasharray': '3 2',
        }),
      );
    dots.forEach((d, i) => {
      const hue = placeHue(Math.max(0, order.indexOf(d.s.id)));
      const a = el(doc, 'a', { href: d.s.href });
      a.appendChild(el(doc, 'title', {}, d.s.title));
      a.appendChild(el(doc, 'circle', { cx: d.cx, cy: mid, r: 5, fill: hue, stroke: 'white', 'stroke-width': 1 }));
      const slot = legend?.[i];
      if (slot) {
        const ly = LABELS + slot.line * LINE;
        a.appendChild(el(doc, 'circle', { cx: slot.x + 4, cy: ly - 4, r: 4, fill: hue }));
        a.appendChild(el(doc, 'text', { x: slot.x + 11, y: ly, 'font-size': FONT - 1, fill: hue }, d.text));
      } else {
        const ly = LABELS + lanes[i]! * LINE;
        a.appendChild(
          el(doc, 'line', { x1: d.cx, x2: d.cx, y1: mid + 5, y2: ly - 9, stroke: hue, 'stroke-opacity': 0.5 }),
        );
        a.appendChild(el(doc, 'text', { x: d.lx, y: ly, 'font-size': FONT - 1, fill: hue }, d.text));
      }
      g.appendChild(a);
    });
    nodes.push(g);
    y += height;
  }
  const svg = chartSvg(doc, width, y);
  for (const n of nodes) svg.appendChild(n);
  return finishSvg(svg);
}
