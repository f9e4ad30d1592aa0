// Small helpers to write an SVG by hand (the summary drawings need no Plot): elements with attributes, text, and
// the stacking of several drawings into one. Pure DOM work: jsdom at build time, the page's document in a browser.
import { CHART_FONT } from './stack.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes (numbers written as they are). */
export function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An empty chart SVG of the site's font, `class="chp-chart"` (the page's code finds its drawings by it). */
export function chartSvg(doc: Document, width: number, height: number): SVGSVGElement {
  const svg = el(doc, 'svg', {
    class: 'chp-chart',
    xmlns: SVG_NS,
    fill: 'currentColor',
    'font-family': CHART_FONT,
    'font-size': 13,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
  });
  return svg;
}

/** Drawings one under the other in one SVG (each nested as it was), `gap` px apart; null when there are none. */
export function stackSvgs(
  doc: Document,
  parts: (SVGSVGElement | null)[],
  width: number,
  gap = 16,
): SVGSVGElement | null {
  const present = parts.filter((p): p is SVGSVGElement => p !== null);
  if (present.length === 0) return null;
  if (present.length === 1) return present[0]!;
  let y = 0;
  const out = chartSvg(doc, width, 0);
  for (const p of present) {
    const h = Number(p.getAttribute('height')) || 0;
    p.setAttribute('y', String(y));
    p.removeAttribute('class');
    p.removeAttribute('aria-hidden');
    out.appendChild(p);
    y += h + gap;
  }
  const height = Math.max(0, y - gap);
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('aria-hidden', 'true');
  out.setAttribute('focusable', 'false');
  return out;
}

/** Lanes for labels along a line: each label in the first lane where it does not overlap the one before. */
export function labelLanes(spans: { x: number; w: number }[], gap = 6): number[] {
  const ends: number[] = [];
  return spans.map((s) => {
    let lane = ends.findIndex((end) => end + gap <= s.x);
    if (lane === -1) lane = ends.push(0) - 1;
    ends[lane] = s.x + s.w;
    return lane;
  });
}
