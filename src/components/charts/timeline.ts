// Issue dates, phases, deadlines and target years on one time axis: a strip per place, a lane per kind of date.
// A date is a month ('2021-03', drawn in that month) or a whole year ('2021', drawn across that year, its mark at the
// year's middle, under the year's label). The axis runs from the first to the last year drawn. Pure: data in, SVG out.
import * as Plot from '@observablehq/plot';
import { hitArea } from './marks.ts';
import { spanOf } from './extent.ts';
import { finishSvg } from './svg-post.ts';
import { HUE, labelHeight, stackBlocks, type Block } from './stack.ts';

export type TimelineKind = 'issued' | 'phase' | 'milestone' | 'target';

export interface TimelineMark {
  id: string;
  place: string;
  placeLabel: string;
  kind: TimelineKind;
  /** 'YYYY-MM' or 'YYYY'; equals `to` for single dates. */
  from: string;
  to: string;
  title: string;
  href: string;
}

export interface TimelineOptions {
  document: Document;
  width?: number;
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

/** Start of a month ('2021-03') or year ('2021'), UTC; `after` gives the start of the next month or year. */
export function periodStart(date: string, after = false): Date {
  const [y, m] = date.split('-').map(Number) as [number, number | undefined];
  if (m === undefined) return new Date(Date.UTC(y + (after ? 1 : 0), 0, 1));
  return new Date(Date.UTC(y, m - 1 + (after ? 1 : 0), 1));
}

/** The middle of a month or year: where a single date's mark stands. */
export function periodMiddle(date: string): Date {
  return new Date((periodStart(date).getTime() + periodStart(date, true).getTime()) / 2);
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The years the marks cover, first to last. */
export function yearSpan(marks: TimelineMark[]): [number, number] {
  return spanOf(marks.flatMap((m) => [yearOf(m.from), yearOf(m.to)]));
}

const LANE = 24;

export function timelineChart(marks: TimelineMark[], options: TimelineOptions): SVGSVGElement | null {
  if (marks.length === 0) return null;
  const doc = options.document;
  const width = options.width ?? 600;
  const labelWidth = options.labelWidth ?? 96;
  const plotWidth = width - labelWidth;
  const [first, last] = yearSpan(marks);
  const domain = [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))];
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const short = plotWidth / years.length < 40;
  // Year labels centred on their year (between two gridlines), so a mark drawn at a year sits under its label.
  const axis = (anchor: 'top' | 'bottom') =>
    Plot.plot({
      document: doc,
      width: plotWidth,
      height: 24,
      marginLeft: 8,
      marginRight: 14,
      marginTop: 0,
      marginBottom: 0,
      x: { type: 'utc', domain, axis: null },
      y: { domain: [0, 1], axis: null },
      marks: [
        Plot.ruleX(
          [...years, last + 1].map((y) => new Date(Date.UTC(y, 0, 1))),
          anchor === 'top' ? { y1: 0.2, y2: 1, strokeOpacity: 0.3 } : { y1: 0, y2: 0.8, strokeOpacity: 0.3 },
        ),
        Plot.text(years, {
          x: (y: number) => periodMiddle(String(y)),
          y: () => 0.5,
          text: (y: number) => (short ? `’${String(y).slice(2)}` : String(y)),
          fontSize: 11,
        }),
      ],
    });
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
  blocks.push({ kind: 'axis', height: 24, body: axis('top') });
  for (const place of [...new Set(marks.map((m) => m.place))]) {
    const own = marks.filter((m) => m.place === place);
    const lanes = KINDS.filter((k) => own.some((m) => m.kind === k));
    const height = Math.max(8 + lanes.length * LANE, labelHeight(own[0]!.placeLabel, labelWidth - 14, 13, 0));
    const rows = own.map((m) => ({
      ...m,
      x1: periodStart(m.from),
      x2: periodStart(m.to, true),
      mid:
        m.from === m.to
          ? periodMiddle(m.to)
          : new Date((periodStart(m.from).getTime() + periodStart(m.to, true).getTime()) / 2),
    }));
    const wholeYears = rows.filter((r) => r.kind !== 'phase' && r.to.length === 4);
    const body = Plot.plot({
      document: doc,
      width: plotWidth,
      height,
      marginLeft: 8,
      marginRight: 14,
      marginTop: 4,
      marginBottom: 4,
      x: { type: 'utc', domain, axis: null },
      y: { domain: lanes, axis: null },
      marks: [
        Plot.ruleX(
          years.slice(1).map((y) => new Date(Date.UTC(y, 0, 1))),
          { strokeOpacity: 0.15 },
        ),
        Plot.ruleY(lanes, { stroke: 'currentColor', strokeOpacity: 0.1 }),
        // A date that is a whole year: a faint band across that year.
        Plot.barX(wholeYears, {
          x1: 'x1',
          x2: 'x2',
          y: 'kind',
          fill: FILL.target,
          fillOpacity: 0.15,
          insetTop: 4,
          insetBottom: 4,
        }),
        Plot.barX(
          rows.filter((r) => r.kind === 'phase'),
          {
            x1: 'x1',
            x2: 'x2',
            y: 'kind',
            fill: FILL.phase,
            fillOpacity: 0.75,
            insetTop: 2,
            insetBottom: 2,
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
          },
        ),
        hitArea(rows, { x: 'mid', y: 'kind', href: 'href', title: 'title' }),
      ],
    });
    blocks.push({ kind: 'row', height, data: { place }, label: own[0]!.placeLabel, body });
  }
  blocks.push({ kind: 'axis', height: 28, body: axis('bottom') });
  return finishSvg(stackBlocks(blocks, { document: doc, width, labelWidth }));
}
