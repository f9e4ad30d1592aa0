// Items × places (principles, reform instruments): a row per item, a column per place, a mark where the plan
// states the item, linked to its quote. Pure: data in, SVG out.
import * as Plot from '@observablehq/plot';
import { finishSvg } from './svg-post.ts';
import { maxOf } from './extent.ts';
import { hitArea } from './marks.ts';
import { HUE, labelHeight, stackBlocks, textWidth, type Block } from './stack.ts';

export interface MatrixCell {
  item: string;
  itemLabel: string;
  place: string;
  /** Mark style: 'solid' (stated/adopted) or 'open' (explored, piloted: weaker commitment). */
  style: 'solid' | 'open';
  /** Short text inside or beside the mark (e.g. the principle's rank in the plan). */
  text?: string;
  title: string;
  href: string;
  /** Extra filter keys for the row (e.g. group). */
  group?: string;
}

export interface MatrixOptions {
  document: Document;
  /** Column order and labels. */
  places: { id: string; label: string }[];
  width?: number;
  labelWidth?: number;
}

export function matrixChart(cells: MatrixCell[], options: MatrixOptions): SVGSVGElement | null {
  if (cells.length === 0) return null;
  const doc = options.document;
  const width = options.width ?? 600;
  const labelWidth = options.labelWidth ?? 250;
  const plotWidth = width - labelWidth;
  const x = { type: 'point', domain: options.places.map((p) => p.id), axis: null, padding: 0.5 } as const;
  // Column labels in full: level when each column has room, else slanted, with the header as tall as they need.
  const colWidth = plotWidth / Math.max(1, options.places.length);
  const widest = maxOf(options.places.map((p) => textWidth(p.label, 12)));
  const slant = widest > colWidth - 6;
  const headerHeight = slant ? Math.ceil(widest * Math.sin((35 * Math.PI) / 180)) + 22 : 30;
  // A slanted label runs right of its column: keep the last one inside the drawing.
  const last = options.places[options.places.length - 1]?.label ?? '';
  const right = slant
    ? Math.max(0, Math.ceil(textWidth(last, 12) * Math.cos((35 * Math.PI) / 180) - colWidth / 2 + 2))
    : 0;
  const header = Plot.plot({
    document: doc,
    width: plotWidth,
    height: headerHeight,
    margin: 0,
    marginRight: right,
    x,
    marks: [
      Plot.text(options.places, {
        x: 'id',
        text: 'label',
        frameAnchor: 'bottom',
        dy: -8,
        fontSize: 12,
        fontWeight: 600,
        ...(slant ? { rotate: -35, textAnchor: 'start' as const, dx: -4 } : {}),
      }),
    ],
  });
  const items = [...new Set(cells.map((c) => c.item))];
  const blocks: Block[] = [{ kind: 'axis', height: headerHeight, body: header }];
  items.forEach((item, i) => {
    const own = cells.filter((c) => c.item === item);
    const height = labelHeight(own[0]!.itemLabel, labelWidth - 14, 13, 28);
    const body = Plot.plot({
      document: doc,
      width: plotWidth,
      height,
      margin: 0,
      marginRight: right,
      x,
      y: { domain: [0, 1], axis: null },
      marks: [
        i % 2 === 0 ? Plot.frame({ fill: 'currentColor', fillOpacity: 0.05, stroke: null }) : null,
        Plot.dot(own, {
          x: 'place',
          y: () => 0.5,
          r: 8,
          fill: (c: MatrixCell) => (c.style === 'solid' ? HUE.blue : 'none'),
          stroke: HUE.blue,
          strokeWidth: 2,
          // Linked too (not only the hit area): a place filter hides a mark by its link's plan.
          href: 'href',
        }),
        Plot.text(
          own.filter((c) => c.text),
          {
            x: 'place',
            y: () => 0.5,
            text: 'text',
            fill: (c: MatrixCell) => (c.style === 'solid' ? 'white' : 'currentColor'),
            fontSize: 10,
            fontWeight: 600,
            href: 'href',
          },
        ),
        hitArea(own, { x: 'place', y: () => 0.5, href: 'href', title: 'title' }),
      ],
    });
    blocks.push({
      kind: 'row',
      height,
      data: {
        place: [...new Set(own.map((c) => c.place))].join(' '),
        ...(own[0]!.group ? { group: own[0]!.group } : {}),
        item,
      },
      label: own[0]!.itemLabel,
      body: body,
    });
  });
  return finishSvg(stackBlocks(blocks, { document: doc, width, labelWidth }));
}
