// Stack chart blocks (section headings, one Plot strip per row, axes) into one SVG whose rows a filter can
// hide and re-stack in the browser without re-rendering: each block is a <g> that knows its height.

export interface Block {
  kind: 'section' | 'row' | 'axis' | 'note';
  height: number;
  /** data-* attributes: `place` and `group` (space-separated) decide whether a filter keeps the block. */
  data?: Record<string, string>;
  /** Text left of the body (row label) or across the chart (section heading, note). */
  label?: string;
  /** Smaller text after a section label (unit, group). */
  sublabel?: string;
  /** A Plot SVG drawn right of the label column. */
  body?: Element | null;
  /** Where the body starts (default: the label column's width). */
  bodyX?: number;
}

export interface StackOptions {
  document: Document;
  width: number;
  labelWidth: number;
  /** Font for the labels; the same stack as the site so Chinese renders with a CJK face in PNG exports too. */
  fontFamily?: string;
  fontSize?: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export const CHART_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, Arial, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

/** One SVG with a <g class="blk" data-h> per block, stacked top to bottom. */
export function stackBlocks(blocks: Block[], options: StackOptions): SVGSVGElement {
  const doc = options.document;
  const fontSize = options.fontSize ?? 13;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'chp-chart');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('fill', 'currentColor');
  svg.setAttribute('font-family', options.fontFamily ?? CHART_FONT);
  svg.setAttribute('font-size', String(fontSize));
  let y = 0;
  for (const b of blocks) {
    const g = doc.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', `blk blk-${b.kind}`);
    g.setAttribute('data-h', String(b.height));
    for (const [k, v] of Object.entries(b.data ?? {})) g.setAttribute(`data-${k}`, v);
    g.setAttribute('transform', `translate(0,${y})`);
    if (b.label !== undefined) {
      const t = doc.createElementNS(SVG_NS, 'text');
      const isRow = b.kind === 'row';
      // Labels wrap to their column (row labels) or the chart's width (headings): never cut short.
      const room = isRow
        ? options.labelWidth - 14
        : options.width - 4 - (b.sublabel ? Math.min(textWidth(b.sublabel, fontSize - 2) + 12, options.width / 2) : 0);
      const lines = wrapLabel(b.label, room, fontSize);
      const lineHeight = Math.round(fontSize * 1.25);
      const x = isRow ? String(options.labelWidth - 8) : '0';
      // Rows: the lines centred on the row; headings: the last line on the block's baseline.
      const firstY = isRow
        ? b.height / 2 - ((lines.length - 1) * lineHeight) / 2
        : b.height - 7 - (lines.length - 1) * lineHeight;
      t.setAttribute('x', x);
      t.setAttribute('y', String(firstY));
      if (isRow) {
        t.setAttribute('dy', '0.35em');
        t.setAttribute('text-anchor', 'end');
      }
      if (b.kind === 'section') t.setAttribute('font-weight', '600');
      lines.forEach((line, i) => {
        const span = doc.createElementNS(SVG_NS, 'tspan');
        span.setAttribute('x', x);
        if (i > 0) span.setAttribute('dy', String(lineHeight));
        span.textContent = line;
        t.appendChild(span);
      });
      if (b.sublabel) {
        const s = doc.createElementNS(SVG_NS, 'tspan');
        s.setAttribute('font-weight', '400');
        s.setAttribute('font-size', String(fontSize - 2));
        s.setAttribute('fill-opacity', '0.75');
        s.textContent = `  ${b.sublabel}`;
        t.appendChild(s);
      }
      g.appendChild(t);
    }
    if (b.body) {
      const body = b.body;
      // Nested <svg>: its own coordinate system; Plot's class and <style> would size it by CSS, so drop them.
      body.querySelectorAll('style').forEach((s) => s.remove());
      body.removeAttribute('class');
      body.removeAttribute('font-family');
      body.setAttribute('x', String(b.bodyX ?? options.labelWidth));
      body.setAttribute('y', '0');
      body.setAttribute('overflow', 'visible');
      g.appendChild(body);
    }
    svg.appendChild(g);
    y += b.height;
  }
  svg.setAttribute('width', String(options.width));
  svg.setAttribute('height', String(y));
  svg.setAttribute('viewBox', `0 0 ${options.width} ${y}`);
  return svg;
}

/** Which blocks a filter keeps: each key's selection must meet the block's values; a block without the key stays. */
export function blockVisible(data: Record<string, string | undefined>, selected: Record<string, string[]>): boolean {
  return Object.entries(selected).every(([key, values]) => {
    const own = data[key];
    if (values.length === 0 || own === undefined) return true;
    return own.split(' ').some((v) => values.includes(v));
  });
}

/** Re-stack the visible blocks of a chart made by stackBlocks (browser side, after a filter change). */
export function restack(svg: SVGSVGElement, visible: (g: SVGGElement) => boolean): number {
  let y = 0;
  for (const g of Array.from(svg.querySelectorAll<SVGGElement>(':scope > g.blk'))) {
    const show = visible(g);
    if (show) g.removeAttribute('display');
    else g.setAttribute('display', 'none');
    if (!show) continue;
    g.setAttribute('transform', `translate(0,${y})`);
    y += Number(g.getAttribute('data-h') ?? 0);
  }
  // jsdom (tests) has no viewBox object, and baseVal is null where the svg has no viewBox attribute (browsers),
  // though lib.dom types both as always present: fall back to the width attribute.
  const box = svg.viewBox as SVGAnimatedRect | undefined;
  const width = (box?.baseVal as DOMRect | null | undefined)?.width || Number(svg.getAttribute('width'));
  svg.setAttribute('height', String(y));
  svg.setAttribute('viewBox', `0 0 ${width} ${y}`);
  return y;
}

/** Mid-tone hues readable on the light and the dark background alike (and in exports, which are light). */
export const HUE = {
  accent: '#d0542f',
  blue: '#3f7fc4',
  conflict: '#c2408a',
  green: '#3f9a5c',
  grey: '#8a877f',
} as const;

/** Estimated width in px of a text in a sans-serif face (CJK ≈ 1 em, Latin ≈ 0.6 em). */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const c of text)
    w += /[\u2e80-\uffef]/.test(c) ? 1 : /[A-Z]/.test(c) ? 0.72 : /[ il.,'’|()-]/.test(c) ? 0.34 : 0.62;
  return w * fontSize;
}

/**
 * The text in lines of at most `px` (estimated): Latin text breaks after spaces, hyphens, dashes and slashes, Chinese between any two
 * characters (never before closing punctuation). A single word longer than the line keeps its own line.
 */
export function wrapLabel(text: string, px: number, fontSize: number): string[] {
  const tokens =
    text.match(/[\u2e80-\uffef][，。、；：）》”’]*|[^\s\u2e80-\uffef\-–—/]+[-–—/]?\s*|[-–—/]\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line.trim() !== '' && textWidth(next.trimEnd(), fontSize) > px) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line = next;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

/** Height a wrapped label needs: its lines plus a little air, at least `min`. */
export function labelHeight(text: string, px: number, fontSize: number, min: number): number {
  return Math.max(min, wrapLabel(text, px, fontSize).length * Math.round(fontSize * 1.25) + 8);
}
