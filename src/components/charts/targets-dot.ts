// Targets by indicator, place and year: a section per indicator, a strip per place, a dot per level target (on
// the indicator's own value axis) and, in a panel of their own below, an arrow per change target (−5% a year) on a
// change axis around zero. National goals dashed; a target whose statements disagree is ringed, both drawn.
// Pure: marks in, SVG out (jsdom at build time, the page's document in the browser).
import * as Plot from '@observablehq/plot';
import { hitArea } from './marks.ts';
import { maxOf } from './extent.ts';
import { wholeTicks } from './whole-ticks.ts';
import { finishSvg } from './svg-post.ts';
import { HUE, labelHeight, stackBlocks, textWidth, type Block } from './stack.ts';

export interface TargetStatement {
  comparator: string;
  value: number;
  valueMax: number | null;
}

export interface TargetMark extends TargetStatement {
  /** Stable row id (targets.target_id). */
  id: string;
  place: string;
  placeLabel: string;
  indicator: string;
  indicatorLabel: string;
  group: string;
  /** A level (at least 90%) or a change (down 5%): changes never share the axis of levels. */
  measure: 'level' | 'change';
  unit: string;
  /** per_year, per_month, per_quarter or ''. */
  frequency: string;
  year: number | null;
  /** Link to the quote on the plan page. */
  href: string;
  /** The target's statement said in words where it is ('in the text'); shown only when statements disagree. */
  where: string;
  /** Another statement of the same target that says something else (a table against the text). */
  other: (TargetStatement & { where: string; href: string }) | null;
}

export interface TargetsDotOptions {
  document: Document;
  width?: number;
  /** National goals by indicator id, drawn as a dashed rule. */
  benchmarks: Record<string, { value: number; label: string }>;
  unitLabel: (unit: string) => string;
  yearLabel: (year: number | null) => string;
  /** '−5% per year' / '每年−5%'. */
  format: (t: TargetStatement & { unit: string; frequency: string }) => string;
  /** Heading of the change panel: 'Changes (not levels)'. */
  changeHeading: string;
  /** Width of the place-label column (narrow phone variant: smaller). */
  labelWidth?: number;
}

const SYMBOL: Record<string, string> = { percent: '%', per_mille: '‰', per_myriad: '‱' };
const SIGN: Record<string, string> = { ge: '≥', le: '≤', eq: '', approx: '≈', range: '', increase: '+', decrease: '−' };

/**
 * '≥65%', '35–50%', '≈10%', '+10%', '≥10 pt', '≤3‰' (unit symbol only for percents, per-mille and per-myriad and
 * percentage points, `points` in the page's language: other units are named in the section heading).
 */
export function formatTarget(t: TargetStatement & { unit: string }, points = ' pt'): string {
  const u = SYMBOL[t.unit] ?? (t.unit === 'percentage_points' ? points : '');
  const v = t.valueMax !== null ? `${t.value}–${t.valueMax}` : String(t.value);
  return `${SIGN[t.comparator] ?? ''}${v}${u}`;
}

/** Signed size of a change: a decrease is negative. */
export const signedChange = (t: TargetStatement): number => (t.comparator === 'decrease' ? -t.value : t.value);

function levelDomain(marks: TargetMark[], benchmark?: number): [number, number] {
  if (marks.every((m) => m.unit === 'percent')) return [0, 100];
  const top = maxOf(
    marks.flatMap((m) => [m.valueMax ?? m.value, m.other ? (m.other.valueMax ?? m.other.value) : 0]),
    benchmark ?? 0,
  );
  return [0, top <= 5 ? Math.ceil(top + 1) : Math.ceil((top * 1.15) / 5) * 5];
}

function changeDomain(marks: TargetMark[]): [number, number] {
  const top = maxOf(
    marks.map((m) => Math.abs(signedChange(m))),
    1,
  );
  const r = top <= 5 ? Math.ceil(top * 1.4) : Math.ceil((top * 1.4) / 5) * 5;
  return [-r, r];
}

const LANE = 24;
/** A lane whose label takes two lines. */
const LANE2 = 36;
const stripHeight = (lanes: number, lane: number) => 8 + lanes * lane;

/** Grid and axis ticks, whole numbers only; a change axis (symmetric around zero) takes fewer, round ones. */
const axisTicks = (domain: [number, number], change: boolean) => wholeTicks(domain, change ? 3 : 5);

interface Lane extends TargetMark {
  lane: string;
  text: string;
  /** The label without the words saying where each statement stands. */
  short: string;
  /** The other statement's label (a disagreeing target), long and short. */
  otherText: string;
  otherShort: string;
}

/** One place's strip of an indicator: a lane per target, dots (levels) or arrows from zero (changes). */
function strip(
  lanes: Lane[],
  domain: [number, number],
  plotWidth: number,
  options: TargetsDotOptions,
  bench: number | undefined,
  minHeight: number,
) {
  const change = lanes[0]!.measure === 'change';
  // A label goes right of its mark (a range: of its end) when it fits there, else left of its start (estimated
  // widths, 12 px text); too long for either side, it drops its words of where the statement stands (the notes
  // say it), then breaks into two lines on the side with more room (its strip's lanes grow to hold them).
  const px = (x: number) => 8 + ((x - domain[0]) / (domain[1] - domain[0])) * (plotWidth - 22);
  const fitsRight = (end: number, text: string) => px(end) + 9 + textWidth(text, 12) <= plotWidth;
  const fitsLeft = (start: number, text: string) => px(start) - 9 - textWidth(text, 12) >= -4;
  // A change's label goes on the other side of zero from its arrow; when it does not fit there, beyond the arrow's
  // tip; when neither, in two lines on the other side of zero. `at` is the value the label is anchored to.
  const placeChange = (end: number, text: string) => {
    const up = end > 0;
    const opposite = (t: string) => (up ? fitsLeft(0, t) : fitsRight(0, t));
    const beyond = (t: string) => (up ? fitsRight(end, t) : fitsLeft(end, t));
    if (opposite(text)) return { text, right: up, at: 0 };
    if (beyond(text)) return { text, right: !up, at: end };
    const [value, ...rest] = text.split(' · ');
    return { text: rest.length ? `${value!}\n${rest.join(' · ')}` : text, right: up, at: 0 };
  };
  const place = (x: number, end: number, text: string, short: string) => {
    const fit = (t: string) => fitsRight(end, t) || fitsLeft(x, t);
    if (change) return placeChange(end, text);
    if (fit(text)) return { text, right: !fitsRight(end, text) };
    if (fit(short)) return { text: short, right: !fitsRight(end, short) };
    const [value, ...rest] = short.split(' · ');
    return { text: rest.length ? `${value!}\n${rest.join(' · ')}` : short, right: px(x) > plotWidth - px(end) };
  };
  const labelled = lanes.map((m) => {
    const x = change ? signedChange(m) : m.value;
    const end = change ? signedChange(m) : (m.valueMax ?? m.value);
    return { ...m, x, end, full: m.text, ...place(x, end, m.text, m.short) };
  });
  // A target stated two ways: its first statement above the lane's middle, the other (an open ring, with its own
  // label and link) below it, so each can be read and tapped apart even when the values coincide.
  const others = labelled.flatMap((m) =>
    m.other
      ? [
          {
            ...m.other,
            lane: m.lane,
            full: m.otherText,
            ...place(m.other.value, m.other.value, m.otherText, m.otherShort),
          },
        ]
      : [],
  );
  const split = others.length > 0;
  const up = split ? -7 : 0;
  const down = 9;
  const lane = split || labelled.some((m) => m.text.includes('\n')) ? LANE2 : LANE;
  // As tall as the lanes need, or as the place's label (two lines), the lanes centred.
  const height = Math.max(stripHeight(labelled.length, lane), minHeight);
  const pad = (height - stripHeight(labelled.length, lane)) / 2;
  interface Labelled {
    value: number;
    x?: number;
    end?: number;
    right: boolean;
    at?: number;
  }
  const label = (data: Labelled[], dy: number, right: boolean) =>
    Plot.text(
      data.filter((m) => m.right === right),
      {
        x: (m: Labelled) => m.at ?? (right ? (m.x ?? m.value) : (m.end ?? m.value)),
        y: 'lane',
        text: 'text',
        dx: right ? -9 : 9,
        dy,
        textAnchor: right ? 'end' : 'start',
        fontSize: 12,
        href: 'href',
      },
    );
  const plot = Plot.plot({
    document: options.document,
    width: plotWidth,
    height,
    marginLeft: 8,
    marginRight: 14,
    marginTop: 4 + pad,
    marginBottom: 4 + pad,
    x: { domain, axis: null },
    y: { domain: lanes.map((l) => l.lane), axis: null },
    marks: [
      Plot.gridX(axisTicks(domain, change), { strokeOpacity: 0.15 }),
      change ? Plot.ruleX([0], { strokeOpacity: 0.5 }) : null,
      bench !== undefined && !change
        ? Plot.ruleX([bench], { stroke: HUE.accent, strokeDasharray: '4,3', strokeWidth: 1.5 })
        : null,
      Plot.dot(others, { x: 'value', y: 'lane', dy: down, r: 5, stroke: HUE.conflict, strokeWidth: 2, fill: 'none' }),
      hitArea(others, { x: 'value', y: 'lane', dy: down, href: 'href', title: 'full' }),
      label(others, down, false),
      label(others, down, true),
      Plot.link(
        labelled.filter((m) => m.valueMax !== null && !change),
        {
          x1: 'value',
          x2: 'valueMax',
          y1: 'lane',
          y2: 'lane',
          dy: up,
          stroke: HUE.blue,
          strokeWidth: 5,
          strokeOpacity: 0.6,
        },
      ),
      change
        ? Plot.arrow(labelled, {
            x1: 0,
            x2: 'x',
            y1: 'lane',
            y2: 'lane',
            stroke: HUE.green,
            strokeWidth: 2.5,
            headLength: 8,
          })
        : Plot.dot(labelled, {
            x: 'x',
            y: 'lane',
            dy: up,
            r: 5,
            fill: (m: TargetMark) => (m.other ? HUE.conflict : HUE.blue),
          }),
      hitArea(labelled, { x: 'end', y: 'lane', dy: up, href: 'href', title: 'full' }),
      // Levels: the label beside the dot, on the side with room. Changes: see placeChange.
      label(labelled, up, false),
      label(labelled, up, true),
    ],
  });
  return { plot, height };
}

function axis(
  domain: [number, number],
  change: boolean,
  plotWidth: number,
  doc: Document,
  format: (d: number) => string,
) {
  return Plot.plot({
    document: doc,
    width: plotWidth,
    height: 26,
    marginLeft: 8,
    marginRight: 14,
    marginTop: 0,
    marginBottom: 22,
    x: { domain, label: null, tickFormat: format },
    marks: [Plot.axisX(axisTicks(domain, change), { fontSize: 11, tickFormat: format })],
  });
}

/** Returns null when there is nothing to draw (the frame shows its empty note). */
export function targetsDot(marks: TargetMark[], options: TargetsDotOptions): SVGSVGElement | null {
  if (marks.length === 0) return null;
  const doc = options.document;
  const width = options.width ?? 600;
  const labelWidth = options.labelWidth ?? 96;
  const plotWidth = width - labelWidth;
  const blocks: Block[] = [];
  for (const ind of [...new Set(marks.map((m) => m.indicator))]) {
    const rows = marks.filter((m) => m.indicator === ind);
    const first = rows[0]!;
    const bench = options.benchmarks[ind];
    const units = [...new Set(rows.map((m) => options.unitLabel(m.unit)))].join(', ');
    const places = [...new Set(rows.map((m) => m.place))];
    const sectionData = { place: places.join(' '), group: first.group, indicator: ind };
    const sublabel = [units, bench?.label].filter(Boolean).join(' · ');
    blocks.push({
      kind: 'section',
      height: labelHeight(first.indicatorLabel, width - 4 - Math.min(sublabel.length * 7, width / 2), 13, 30),
      data: sectionData,
      label: first.indicatorLabel,
      sublabel,
    });
    for (const measure of ['level', 'change'] as const) {
      const own = rows.filter((m) => m.measure === measure);
      if (own.length === 0) continue;
      const domain = measure === 'level' ? levelDomain(own, bench?.value) : changeDomain(own);
      const ownPlaces = [...new Set(own.map((m) => m.place))];
      const data = { place: ownPlaces.join(' '), group: first.group, indicator: ind };
      if (measure === 'change') blocks.push({ kind: 'note', height: 22, data, label: options.changeHeading });
      for (const place of ownPlaces) {
        const lanes: Lane[] = own
          .filter((m) => m.place === place)
          .map((m, i) => {
            const other = m.other ? options.format({ ...m.other, unit: m.unit, frequency: m.frequency }) : '';
            const year = options.yearLabel(m.year);
            return {
              ...m,
              lane: String(i),
              text: m.other ? `${m.where} ${options.format(m)} · ${year} ⚠` : `${options.format(m)} · ${year}`,
              short: m.other ? `${options.format(m)} · ${year} ⚠` : `${options.format(m)} · ${year}`,
              otherText: m.other ? `${m.other.where} ${other}` : '',
              otherShort: other,
            };
          });
        const { plot: body, height } = strip(
          lanes,
          domain,
          plotWidth,
          options,
          measure === 'level' ? bench?.value : undefined,
          labelHeight(lanes[0]!.placeLabel, labelWidth - 14, 13, 0),
        );
        blocks.push({ kind: 'row', height, data: { ...data, place }, label: lanes[0]!.placeLabel, body });
      }
      const pct = own.every((m) => m.unit === 'percent');
      const fmt =
        measure === 'change'
          ? (d: number) => `${d > 0 ? '+' : d < 0 ? '−' : ''}${Math.abs(d)}${pct ? '%' : ''}`
          : (d: number) => `${d}${pct ? '%' : ''}`;
      blocks.push({ kind: 'axis', height: 34, data, body: axis(domain, measure === 'change', plotWidth, doc, fmt) });
    }
  }
  return finishSvg(stackBlocks(blocks, { document: doc, width, labelWidth }));
}
