// Who leads whom: for each place, each alliance drawn as a fan from its lead institution to its members. Names are
// shown in full, wrapped to the room they have. Pure: data in, SVG out.
import * as Plot from '@observablehq/plot';
import { hitArea } from './marks.ts';
import { finishSvg } from './svg-post.ts';
import { HUE, labelHeight, stackBlocks, wrapLabel, type Block } from './stack.ts';

export interface AllianceEdge {
  id: string;
  alliance: string;
  place: string;
  placeLabel: string;
  kindLabel: string;
  lead: string;
  member: string;
  title: string;
  href: string;
}

export interface AllianceFansOptions {
  document: Document;
  width?: number;
  labelWidth?: number;
}

const FONT = 12;
const LINE = 15;

export function allianceFans(edges: AllianceEdge[], options: AllianceFansOptions): SVGSVGElement | null {
  if (edges.length === 0) return null;
  const doc = options.document;
  const width = options.width ?? 600;
  const labelWidth = options.labelWidth ?? 150;
  const plotWidth = width - labelWidth;
  const memberX = Math.round(plotWidth * 0.42);
  const blocks: Block[] = [];
  for (const place of [...new Set(edges.map((e) => e.place))]) {
    const own = edges.filter((e) => e.place === place);
    blocks.push({ kind: 'section', height: 30, data: { place }, label: own[0]!.placeLabel });
    for (const alliance of [...new Set(own.map((e) => e.alliance))]) {
      const root = own.find((e) => e.alliance === alliance)!;
      // Each member gets as many lines as its name needs, and at least a 24 px row (its tap target).
      let y = 6;
      const members = own
        .filter((e) => e.alliance === alliance)
        .map((e) => {
          const lines = wrapLabel(e.member, plotWidth - memberX - 22, FONT);
          const h = Math.max(24, lines.length * LINE + 6);
          const m = { ...e, text: lines.join('\n'), y: y + h / 2 };
          y += h;
          return m;
        });
      const leadLines = wrapLabel(root.lead, memberX - 24, FONT);
      const leadRoom = leadLines.length * LINE + 22;
      const mid = Math.max(y / 2, leadRoom);
      const height = Math.max(y + 6, mid + 18, labelHeight(root.kindLabel, labelWidth - 14, 13, 0));
      const body = Plot.plot({
        document: doc,
        width: plotWidth,
        height,
        margin: 0,
        x: { domain: [0, plotWidth], axis: null },
        y: { type: 'identity', axis: null },
        marks: [
          Plot.link(members, {
            x1: 10,
            y1: () => mid,
            x2: memberX - 6,
            y2: 'y',
            stroke: 'currentColor',
            strokeOpacity: 0.35,
            curve: 'bump-x',
          }),
          Plot.dot([root], { x: 4, y: () => mid, r: 5, fill: HUE.accent }),
          hitArea([root], {
            x: () => 8,
            y: () => mid,
            href: 'href',
            title: (e: AllianceEdge) => `${e.kindLabel}: ${e.lead}`,
          }),
          Plot.text([root], {
            x: 2,
            y: () => mid - 10,
            text: () => leadLines.join('\n'),
            lineAnchor: 'bottom',
            lineHeight: LINE / FONT,
            textAnchor: 'start',
            fontSize: FONT,
            fontWeight: 600,
            href: 'href',
          }),
          Plot.dot(members, { x: memberX, y: 'y', r: 4, fill: HUE.blue }),
          hitArea(members, { x: () => memberX, y: 'y', href: 'href', title: 'title' }),
          Plot.text(members, {
            x: memberX,
            y: 'y',
            text: 'text',
            lineAnchor: 'middle',
            lineHeight: LINE / FONT,
            dx: 10,
            textAnchor: 'start',
            fontSize: FONT,
            href: 'href',
          }),
        ],
      });
      blocks.push({ kind: 'row', height, data: { place }, label: root.kindLabel, body });
    }
  }
  return finishSvg(stackBlocks(blocks, { document: doc, width, labelWidth }));
}
