// Items × places (principles, reform instruments): a row per item, a column per place, a mark where the plan
// states the item, linked to its quote. Pure: data in, SVG out.
import * as Plot from '@observablehq/plot';
import { finishSvg } from './svg-post.ts';
import { clip, HUE, stackBlocks, type Block } from './stack.ts';

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
  /** Columns (label cols) available for row labels before clipping. */
  labelColumns?: number;
}

export function matrixChart(cells: MatrixCell[], options: MatrixOptions): SVGSVGElement | null {
  if (cells.length === 0) return null;
  const doc = options.document;
  const width = options.width ?? 600;
  const labelWidth = options.labelWidth ?? 250;
  const plotWidth = width - labelWidth;
  const x = { type: 'point', domain: options.places.map((p) => p.id), axis: null, padding: 0.5 } as const;
  // Column labels: level when each column has room, else slanted (phone variant).
  const colWidth = plotWidth / Math.max(1, options.places.length);
  const cols = (t: string) => [...t].reduce((a, c) => a + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0);
  const slant = Math.max(...options.places.map((p) => cols(p.label))) * 6.5 > colWidth - 6;
  const headerHeight = slant ? 64 : 30;
  const header = Plot.plot({
    document: doc,
    width: plotWidth,
    height: headerHeight,
    margin: 0,
    x,
    marks: [
      Plot.text(options.places, {
        x: 'id',
        text: (p: { label: string }) => clip(p.label, slant ? 14 : Math.floor(colWidth / 7)),
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
    const body = Plot.plot({
      document: doc,
      width: plotWidth,
      height: 26,
      margin: 0,
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
          href: 'href',
          title: 'title',
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
      ],
    });
    blocks.push({
      kind: 'row',
      height: 26,
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
