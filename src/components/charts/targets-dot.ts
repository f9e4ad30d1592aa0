// Targets by indicator, place and year: a section per indicator (own value axis), a strip per place, a dot per
// target labelled with its comparator and year; national goals dashed, disagreeing mentions ringed. Pure: data in, SVG out.
import * as Plot from '@observablehq/plot';
import { wholeTicks } from './whole-ticks.ts';
import { finishSvg } from './svg-post.ts';
import { HUE, stackBlocks, type Block } from './stack.ts';

export interface TargetMark {
  /** Stable row id (targets.target_id). */
  id: string;
  place: string;
  placeLabel: string;
  indicator: string;
  indicatorLabel: string;
  group: string;
  comparator: string;
  value: number;
  valueMax: number | null;
  unit: string;
  year: number | null;
  /** Link to the quote on the plan page. */
  href: string;
  /** Other mentions of the same target that say something else (jieshou: 减少到30%以内 vs ≥30%). */
  conflicts: { comparator: string; value: number; valueMax: number | null; href: string }[];
}

export interface TargetsDotOptions {
  document: Document;
  width?: number;
  /** National goals by indicator id, drawn as a dashed rule. */
  benchmarks: Record<string, { value: number; label: string }>;
  unitLabel: (unit: string) => string;
  yearLabel: (year: number | null) => string;
  /** Label of a ringed mark: "conflict". */
  conflictLabel: string;
  /** Width of the place-label column (narrow phone variant: smaller). */
  labelWidth?: number;
}

const SIGN: Record<string, string> = { ge: '≥', le: '≤', eq: '', approx: '≈', range: '', increase: '+', decrease: '−' };

/** '≥65%', '35–50%', '≈10%', '+10%' (unit symbol only for percents: other units are named in the section heading). */
export function formatTarget(t: { comparator: string; value: number; valueMax: number | null; unit: string }): string {
  const u = t.unit === 'percent' ? '%' : t.unit === 'percentage_points' ? ' pt' : '';
  const v = t.valueMax !== null ? `${t.value}–${t.valueMax}` : String(t.value);
  return `${SIGN[t.comparator] ?? ''}${v}${u}`;
}

function domainOf(marks: TargetMark[], benchmark?: number): [number, number] {
  if (marks.every((m) => m.unit === 'percent' && m.comparator !== 'increase' && m.comparator !== 'decrease'))
    return [0, 100];
  const top = Math.max(
    benchmark ?? 0,
    ...marks.flatMap((m) => [m.valueMax ?? m.value, ...m.conflicts.map((c) => c.valueMax ?? c.value)]),
  );
  return [0, top <= 5 ? Math.ceil(top + 1) : Math.ceil((top * 1.15) / 5) * 5];
}

/** Returns null when there is nothing to draw (the frame shows its empty note). */
export function targetsDot(marks: TargetMark[], options: TargetsDotOptions): SVGSVGElement | null {
  if (marks.length === 0) return null;
  const doc = options.document;
  const width = options.width ?? 600;
  const labelWidth = options.labelWidth ?? 96;
  const plotWidth = width - labelWidth;
  const indicators = [...new Set(marks.map((m) => m.indicator))];
  const blocks: Block[] = [];
  for (const ind of indicators) {
    const rows = marks.filter((m) => m.indicator === ind);
    const bench = options.benchmarks[ind];
    const domain = domainOf(rows, bench?.value);
    const places = [...new Set(rows.map((m) => m.place))];
    const first = rows[0]!;
    const units = [...new Set(rows.map((m) => options.unitLabel(m.unit)))].join(', ');
    // Counts (and any axis whose values are all whole) get whole-number ticks: never 2.5 specialist centres.
    const tickValues =
      units !== '%' &&
      rows.every((m) => Number.isInteger(m.value) && (m.valueMax === null || Number.isInteger(m.valueMax)))
        ? wholeTicks(domain, 5)
        : 5;
    const tickFormat = (d: number) => (units === '%' ? `${d}%` : String(d));
    const sectionData = { place: places.join(' '), group: first.group, indicator: ind };
    blocks.push({
      kind: 'section',
      height: 30,
      data: sectionData,
      label: first.indicatorLabel,
      sublabel: [units, bench?.label].filter(Boolean).join(' · '),
    });
    for (const place of places) {
      const own = rows.filter((m) => m.place === place);
      const lanes = own.map((m, i) => ({
        ...m,
        lane: String(i),
        text: `${formatTarget(m)} · ${options.yearLabel(m.year)}`,
      }));
      const height = 8 + lanes.length * 22;
      const ranges = lanes.filter((m) => m.valueMax !== null);
      const conflicts = lanes.flatMap((m) =>
        m.conflicts.map((c) => ({
          ...c,
          lane: m.lane,
          from: m.value,
          text: formatTarget({ ...c, unit: m.unit }),
        })),
      );
      const right = (m: { value: number }) => m.value > domain[0] + (domain[1] - domain[0]) * 0.62;
      const body = Plot.plot({
        document: doc,
        width: plotWidth,
        height,
        marginLeft: 8,
        marginRight: 14,
        marginTop: 4,
        marginBottom: 4,
        x: { domain, axis: null },
        y: { domain: lanes.map((l) => l.lane), axis: null },
        marks: [
          Plot.gridX({ ticks: tickValues, strokeOpacity: 0.15 }),
          bench ? Plot.ruleX([bench.value], { stroke: HUE.accent, strokeDasharray: '4,3', strokeWidth: 1.5 }) : null,
          Plot.link(conflicts, {
            x1: 'from',
            x2: 'value',
            y1: 'lane',
            y2: 'lane',
            stroke: HUE.conflict,
            strokeDasharray: '2,2',
          }),
          Plot.dot(conflicts, {
            x: 'value',
            y: 'lane',
            r: 6,
            stroke: HUE.conflict,
            strokeWidth: 2,
            fill: 'none',
            href: 'href',
            title: (c: { text: string }) => `${options.conflictLabel}: ${c.text}`,
          }),
          Plot.link(ranges, {
            x1: 'value',
            x2: 'valueMax',
            y1: 'lane',
            y2: 'lane',
            stroke: HUE.blue,
            strokeWidth: 5,
            strokeOpacity: 0.6,
            href: 'href',
          }),
          Plot.dot(lanes, {
            x: 'value',
            y: 'lane',
            r: 5,
            fill: (m: TargetMark) => (m.conflicts.length > 0 ? HUE.conflict : HUE.blue),
            href: 'href',
            title: 'text',
          }),
          Plot.text(
            lanes.filter((m) => !right(m)),
            {
              x: (m: TargetMark) => m.valueMax ?? m.value,
              y: 'lane',
              text: (m: { text: string; conflicts: unknown[] }) => (m.conflicts.length ? `${m.text} ⚠` : m.text),
              dx: 9,
              textAnchor: 'start',
              fontSize: 12,
              href: 'href',
            },
          ),
          Plot.text(lanes.filter(right), {
            x: 'value',
            y: 'lane',
            text: (m: { text: string; conflicts: unknown[] }) => (m.conflicts.length ? `⚠ ${m.text}` : m.text),
            dx: -9,
            textAnchor: 'end',
            fontSize: 12,
            href: 'href',
          }),
        ],
      });
      blocks.push({
        kind: 'row',
        height,
        data: { place, group: first.group, indicator: ind },
        label: own[0]!.placeLabel,
        body: body,
      });
    }
    const axis = Plot.plot({
      document: doc,
      width: plotWidth,
      height: 26,
      marginLeft: 8,
      marginRight: 14,
      marginTop: 0,
      marginBottom: 22,
      x: { domain, ticks: tickValues, label: null, tickFormat },
      marks: [Plot.axisX({ ticks: tickValues, tickFormat, fontSize: 11 })],
    });
    blocks.push({ kind: 'axis', height: 34, data: sectionData, body: axis });
  }
  return finishSvg(stackBlocks(blocks, { document: doc, width, labelWidth }));
}
