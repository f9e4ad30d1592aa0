// A summary of every plan as bars: one bar per item (a principle, an instrument, a kind of alliance, a year), as
// long as the share of all plans that have it, its count written after it; the places the reader selected that
// have the item are named under the bar, in colour. Its height depends on the items (a capped list), never on the
// number of plans. Pure: rows in, SVG out.
import { chartSvg, el } from './svg-build.ts';
import { finishSvg } from './svg-post.ts';
import { HUE, textWidth, wrapLabel } from './stack.ts';

export interface SummaryBar {
  key: string;
  label: string;
  /** Plans that have the item. */
  count: number;
  /** A part of them drawn darker (the plans that adopt an instrument, not only pilot it); none when absent. */
  part?: number | null;
  /** The selected places that have it, in the reader's order. */
  selected: { id: string; label: string; href: string }[];
}

export interface SummaryBarsOptions {
  document: Document;
  width: number;
  labelWidth: number;
  /** The number the bars are shares of (all plans). */
  total: number;
  /** The count after a bar: '12 of 300' / '300 份中 12 份'. */
  countText: (count: number, total: number) => string;
  /** A heading over the bars ('All 300 plans'). */
  heading: string;
  /** Tooltip of a bar. */
  barTitle?: (bar: SummaryBar) => string;
}

const FONT = 12;
const LINE = 15;
const BAR = 12;

export function summaryBars(bars: SummaryBar[], options: SummaryBarsOptions): SVGSVGElement | null {
  if (bars.length === 0) return null;
  const doc = options.document;
  const { width, labelWidth, total } = options;
  const countRoom = textWidth(options.countText(total, total), FONT) + 10;
  const plot = Math.max(40, width - labelWidth - countRoom);
  const nodes: SVGElement[] = [el(doc, 'text', { x: 0, y: 14, 'font-weight': 600 }, options.heading)];
  let y = 26;
  for (const bar of bars) {
    const lines = wrapLabel(bar.label, labelWidth - 12, FONT);
    const names = bar.selected.map((s) => s.label).join(' · ');
    const nameLines = names ? wrapLabel(names, plot + countRoom, FONT - 1) : [];
    const height = Math.max(lines.length * LINE, BAR + 4 + nameLines.length * LINE) + 8;
    const g = el(doc, 'g', { transform: `translate(0,${y})`, 'data-key': bar.key });
    lines.forEach((line, i) =>
      g.appendChild(
        el(doc, 'text', { x: labelWidth - 8, y: 12 + i * LINE, 'text-anchor': 'end', 'font-size': FONT }, line),
      ),
    );
    const share = total > 0 ? bar.count / total : 0;
    const len = Math.max(share > 0 ? 2 : 0, share * plot);
    g.appendChild(
      el(doc, 'rect', { x: labelWidth, y: 2, width: plot, height: BAR, fill: HUE.grey, 'fill-opacity': 0.15 }),
    );
    const filled = el(doc, 'rect', {
      x: labelWidth,
      y: 2,
      width: len,
      height: BAR,
      fill: HUE.grey,
      'fill-opacity': 0.55,
    });
    if (options.barTitle) filled.appendChild(el(doc, 'title', {}, options.barTitle(bar)));
    g.appendChild(filled);
    if (bar.part !== null && bar.part !== undefined && total > 0)
      g.appendChild(
        el(doc, 'rect', { x: labelWidth, y: 2, width: (bar.part / total) * plot, height: BAR, fill: HUE.grey }),
      );
    g.appendChild(
      el(doc, 'text', { x: labelWidth + plot + 6, y: 12, 'font-size': FONT }, options.countText(bar.count, total)),
    );
    // The selected places that have the item, named under its bar: the reader's places drawn over the whole.
    let nameY = BAR + 4 + 12;
    for (const line of nameLines) {
      g.appendChild(el(doc, 'text', { x: labelWidth, y: nameY, 'font-size': FONT - 1, fill: HUE.accent }, `● ${line}`));
      nameY += LINE;
    }
    nodes.push(g);
    y += height;
  }
  const svg = chartSvg(doc, width, y);
  for (const n of nodes) svg.appendChild(n);
  return finishSvg(svg);
}
