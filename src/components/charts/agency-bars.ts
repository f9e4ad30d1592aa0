// Which agencies carry which tasks in each place: a section per place, a bar per agency split by role
// (leads, shares or carries alone). Pure: data in, SVG out.
import * as Plot from '@observablehq/plot';
import { finishSvg } from './svg-post.ts';
import { maxOf } from './extent.ts';
import { HUE, labelHeight, stackBlocks, textWidth, type Block } from './stack.ts';

export interface AgencyTask {
  id: string;
  place: string;
  placeLabel: string;
  agency: string;
  role: 'lead' | 'partner' | 'responsible';
  title: string;
  href: string;
}

export interface AgencyBarsOptions {
  document: Document;
  width?: number;
  roleLabels: Record<AgencyTask['role'], string>;
  /** Axis label: "tasks". */
  countLabel: string;
  labelWidth?: number;
}

const ROLES: AgencyTask['role'][] = ['lead', 'responsible', 'partner'];
/** Side of a task's block at least (its tap target, 24 px on a phone's scaled drawing); room for the count. */
const SEG = 26;
const COUNT = 24;
const FILL: Record<AgencyTask['role'], string> = { lead: HUE.accent, responsible: HUE.blue, partner: HUE.grey };

export function agencyBars(tasks: AgencyTask[], options: AgencyBarsOptions): SVGSVGElement | null {
  if (tasks.length === 0) return null;
  const doc = options.document;
  const width = options.width ?? 600;
  const labelWidth = options.labelWidth ?? 200;
  const plotWidth = width - labelWidth;
  const counts = new Map<string, number>();
  for (const t of tasks)
    counts.set(`${t.place}\u0000${t.agency}`, (counts.get(`${t.place}\u0000${t.agency}`) ?? 0) + 1);
  const max = maxOf(counts.values());
  // As many task blocks on a line as fit at SEG px each; the scale is the same for every agency.
  const perLine = Math.max(1, Math.min(max, Math.floor((plotWidth - COUNT) / SEG)));
  const x = { domain: [0, perLine], axis: null } as const;
  const blocks: Block[] = [];
  // Legend items side by side from the left edge, each as wide as its label, wrapping to a new line when full.
  let lx = 0;
  let line = 0;
  const legend = ROLES.map((r) => {
    const w = textWidth(options.roleLabels[r], 12) + 34;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      line += 1;
    }
    const item = { r, label: options.roleLabels[r], x: lx, line };
    lx += w;
    return item;
  });
  const legendHeight = 26 * (line + 1);
  blocks.push({
    kind: 'note',
    height: legendHeight,
    bodyX: 0,
    body: Plot.plot({
      document: doc,
      width,
      height: legendHeight,
      margin: 0,
      x: { domain: [0, width], axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.dot(legend, {
          x: (d: { x: number }) => d.x + 6,
          y: (d: { line: number }) => 13 + 26 * d.line,
          symbol: 'square',
          r: 5,
          fill: (d: { r: AgencyTask['role'] }) => FILL[d.r],
        }),
        Plot.text(legend, {
          x: (d: { x: number }) => d.x + 6,
          y: (d: { line: number }) => 13 + 26 * d.line,
          text: 'label',
          dx: 10,
          textAnchor: 'start',
          fontSize: 12,
        }),
      ],
    }),
  });
  const places = [...new Set(tasks.map((t) => t.place))];
  for (const place of places) {
    const own = tasks.filter((t) => t.place === place);
    blocks.push({ kind: 'section', height: 30, data: { place }, label: own[0]!.placeLabel });
    const agencies = [...new Set(own.map((t) => t.agency))].sort(
      (a, b) => counts.get(`${place}\u0000${b}`)! - counts.get(`${place}\u0000${a}`)! || a.localeCompare(b, 'zh'),
    );
    for (const agency of agencies) {
      // One unit-wide bar segment per task, stacked lead → responsible → partner, each linked to its quote.
      const mine = own.filter((t) => t.agency === agency).sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
      // Each task's block is its tap target (at least 26 px each way): an agency with more tasks than fit on one
      // line of the row continues on the next.
      const lines = Math.ceil(mine.length / perLine);
      const segs = mine.map((t, i) => ({
        ...t,
        x1: i % perLine,
        x2: (i % perLine) + 1,
        line: Math.floor(i / perLine),
      }));
      const height = Math.max(labelHeight(agency, labelWidth - 14, 13, 30), lines * SEG + 6);
      const pad = (height - lines * SEG) / 2;
      const body = Plot.plot({
        document: doc,
        width: plotWidth,
        height,
        marginLeft: 0,
        marginRight: COUNT,
        marginTop: pad,
        marginBottom: pad,
        x,
        y: { domain: [0, lines], axis: null, reverse: true },
        marks: [
          Plot.rectX(segs, {
            x1: 'x1',
            x2: 'x2',
            y1: (t: { line: number }) => t.line,
            y2: (t: { line: number }) => t.line + 1,
            fill: (t: AgencyTask) => FILL[t.role],
            stroke: 'white',
            strokeWidth: 1,
            href: 'href',
            title: 'title',
          }),
          Plot.text([mine.length], {
            x: () => ((mine.length - 1) % perLine) + 1,
            y: () => Math.floor((mine.length - 1) / perLine) + 0.5,
            text: (n: number) => String(n),
            dx: 5,
            textAnchor: 'start',
            fontSize: 11,
          }),
        ],
      });
      blocks.push({ kind: 'row', height, data: { place }, label: agency, body: body });
    }
  }
  return finishSvg(stackBlocks(blocks, { document: doc, width, labelWidth }));
}
