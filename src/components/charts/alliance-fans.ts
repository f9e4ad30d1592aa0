// Who leads whom: for each place, each alliance drawn as a fan from its lead institution to its members.
// Pure: data in, SVG out.
import * as Plot from '@observablehq/plot';
import { finishSvg } from './svg-post.ts';
import { clip, HUE, stackBlocks, type Block } from './stack.ts';

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

export function allianceFans(edges: AllianceEdge[], options: AllianceFansOptions): SVGSVGElement | null {
  if (edges.length === 0) return null;
  const doc = options.document;
  const width = options.width ?? 600;
  const labelWidth = options.labelWidth ?? 190;
  const cols = Math.floor((width - labelWidth) / 2 / 6.5);
  const plotWidth = width - labelWidth;
  const blocks: Block[] = [];
  const places = [...new Set(edges.map((e) => e.place))];
  for (const place of places) {
    const own = edges.filter((e) => e.place === place);
    blocks.push({ kind: 'section', height: 30, data: { place }, label: own[0]!.placeLabel });
    for (const alliance of [...new Set(own.map((e) => e.alliance))]) {
      const members = own.filter((e) => e.alliance === alliance).map((e, i) => ({ ...e, i }));
      const rowH = 20;
      const height = Math.max(members.length * rowH, 28) + 8;
      const mid = (members.length - 1) / 2;
      const root = members[0]!;
      const leadX = 4;
      const memberX = plotWidth * 0.5;
      const body = Plot.plot({
        document: doc,
        width: plotWidth,
        height,
        margin: 0,
        marginTop: 4,
        marginBottom: 4,
        x: { domain: [0, plotWidth], axis: null },
        y: { domain: [-0.5, Math.max(members.length, 1) - 0.5], axis: null },
        marks: [
          Plot.link(members, {
            x1: leadX + 6,
            y1: () => mid,
            x2: memberX - 6,
            y2: 'i',
            stroke: 'currentColor',
            strokeOpacity: 0.35,
            curve: 'bump-x',
          }),
          Plot.dot([root], {
            x: leadX,
            y: () => mid,
            r: 5,
            fill: HUE.accent,
            href: 'href',
            title: (e: AllianceEdge) => `${e.kindLabel}: ${e.lead}`,
          }),
          Plot.text([root], {
            x: leadX,
            y: () => mid,
            text: (e: AllianceEdge) => clip(e.lead, cols),
            dy: -12,
            textAnchor: 'start',
            fontSize: 12,
            fontWeight: 600,
            href: 'href',
          }),
          Plot.dot(members, { x: memberX, y: 'i', r: 4, fill: HUE.blue, href: 'href', title: 'title' }),
          Plot.text(members, {
            x: memberX,
            y: 'i',
            text: (e: AllianceEdge) => clip(e.member, cols),
            dx: 8,
            textAnchor: 'start',
            fontSize: 12,
            href: 'href',
          }),
        ],
      });
      blocks.push({ kind: 'row', height, data: { place }, label: root.kindLabel, body: body });
    }
  }
  return finishSvg(stackBlocks(blocks, { document: doc, width, labelWidth }));
}
