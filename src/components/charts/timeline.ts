// Phases, deadlines and target years, 2017–2025, one time axis: a strip per place with a lane per kind of date.
// Pure: data in, SVG out.
import * as Plot from '@observablehq/plot';
import { finishSvg } from './svg-post.ts';
import { HUE, stackBlocks, type Block } from './stack.ts';

export type TimelineKind = 'issued' | 'phase' | 'milestone' | 'target';

export interface TimelineMark {
  id: string;
  place: string;
  placeLabel: string;
  kind: TimelineKind;
  /** First month 'YYYY-MM' (phases); equals `end` for single dates. */
  start: string;
  end: string;
  title: string;
  href: string;
}

export interface TimelineOptions {
  document: Document;
  width?: number;
  from?: number;
  to?: number;
  kindLabels: Record<TimelineKind, string>;
  labelWidth?: number;
}

const KINDS: TimelineKind[] = ['issued', 'phase', 'milestone', 'target'];
const FILL: Record<TimelineKind, string> = {
  issued: 'currentColor',
  phase: HUE.blue,
  milestone: HUE.accent,
  target: HUE.green,
};
const SYMBOL: Record<TimelineKind, string> = {
  issued: 'triangle',
  phase: 'square',
  milestone: 'diamond',
  target: 'star',
};

/** 'YYYY-MM' → the first day of that month (UTC); `endOf` gives the first day of the next month. */
export function monthDate(ym: string, endOf = false): Date {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + (endOf ? 1 : 0), 1));
}

export function timelineChart(marks: TimelineMark[], options: TimelineOptions): SVGSVGElement | null {
  if (marks.length === 0) return null;
  const doc = options.document;
  const width = options.width ?? 600;
  const labelWidth = options.labelWidth ?? 96;
  const plotWidth = width - labelWidth;
  const domain = [new Date(Date.UTC(options.from ?? 2017, 0, 1)), new Date(Date.UTC((options.to ?? 2025) + 1, 0, 1))];
  const axis = (anchor: 'top' | 'bottom') =>
    Plot.plot({
      document: doc,
      width: plotWidth,
      height: 26,
      marginLeft: 8,
      marginRight: 14,
      marginTop: anchor === 'top' ? 22 : 0,
      marginBottom: anchor === 'bottom' ? 22 : 0,
      x: { type: 'utc', domain, label: null },
      marks: [
        Plot.axisX({
          anchor,
          ticks: 'year',
          tickFormat: plotWidth < 400 ? (d: Date) => `’${String(d.getUTCFullYear()).slice(2)}` : '%Y',
          fontSize: 11,
        }),
      ],
    }) as unknown as Element;
  const blocks: Block[] = [];
  // Legend first: the same symbols as the marks.
  const legendItems = KINDS.map((k, i) => ({
    k,
    label: options.kindLabels[k],
    x: (i % 2) * (width / 2) + 8,
    y: Math.floor(i / 2),
  }));
  blocks.push({
    kind: 'note',
    height: 44,
    bodyX: 0,
    body: Plot.plot({
      document: doc,
      width,
      height: 44,
      margin: 0,
      x: { domain: [0, width], axis: null },
      y: { domain: [-0.5, 1.5], axis: null, reverse: true },
      marks: [
        Plot.dot(legendItems, {
          x: 'x',
          y: 'y',
          symbol: (d: { k: TimelineKind }) => SYMBOL[d.k],
          fill: (d: { k: TimelineKind }) => FILL[d.k],
          r: 5,
        }),
        Plot.text(legendItems, { x: 'x', y: 'y', text: 'label', dx: 10, textAnchor: 'start', fontSize: 12 }),
      ],
    }),
  });
  blocks.push({ kind: 'axis', height: 26, body: axis('top') });
  const places = [...new Set(marks.map((m) => m.place))];
  for (const place of places) {
    const own = marks.filter((m) => m.place === place);
    const lanes = KINDS.filter((k) => own.some((m) => m.kind === k));
    const height = 10 + lanes.length * 18;
    const rows = own.map((m) => ({
      ...m,
      x1: monthDate(m.start),
      x2: monthDate(m.end, true),
      mid: new Date((monthDate(m.end).getTime() + monthDate(m.end, true).getTime()) / 2),
    }));
    const body = Plot.plot({
      document: doc,
      width: plotWidth,
      height,
      marginLeft: 8,
      marginRight: 14,
      marginTop: 5,
      marginBottom: 5,
      x: { type: 'utc', domain, axis: null },
      y: { domain: lanes, axis: null },
      marks: [
        Plot.gridX({ ticks: 'year', strokeOpacity: 0.15 }),
        Plot.ruleY(lanes, { stroke: 'currentColor', strokeOpacity: 0.1 }),
        Plot.barX(
          rows.filter((r) => r.kind === 'phase'),
          {
            x1: 'x1',
            x2: 'x2',
            y: 'kind',
            fill: FILL.phase,
            fillOpacity: 0.75,
            insetTop: 3,
            insetBottom: 3,
            stroke: 'currentColor',
            strokeOpacity: 0.4,
            href: 'href',
            title: 'title',
          },
        ),
        Plot.dot(
          rows.filter((r) => r.kind !== 'phase'),
          {
            x: 'mid',
            y: 'kind',
            symbol: (r: TimelineMark) => SYMBOL[r.kind],
            fill: (r: TimelineMark) => FILL[r.kind],
            r: 5,
            stroke: 'white',
            strokeWidth: 0.5,
            href: 'href',
            title: 'title',
          },
        ),
      ],
    });
    blocks.push({ kind: 'row', height, data: { place }, label: own[0]!.placeLabel, body: body });
  }
  blocks.push({ kind: 'axis', height: 30, body: axis('bottom') });
  return finishSvg(stackBlocks(blocks, { document: doc, width, labelWidth }));
}
