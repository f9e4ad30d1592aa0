// A chart as a standalone picture: title, subtitle, the drawing as currently filtered, source and notes baked
// in, light colours fixed (no page CSS). Used for the SVG/PNG downloads, in the browser and at build time.
import { CHART_FONT } from './stack.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportText {
  title: string;
  subtitle?: string;
  source: string;
  notes?: string[];
  /** Last line: the site's name, the page's address and the licence. */
  footer?: string;
}

/** Greedy line breaking by estimated width (a CJK character ≈ 1 em, other characters ≈ 0.55 em). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const widthOf = (t: string) => [...t].reduce((a, c) => a + (/[\u2e80-\uffef]/.test(c) ? 1 : 0.55) * fontSize, 0);
  // Break after spaces in Latin text, anywhere between CJK characters; a word wider than a line (an address)
  // is cut into pieces that fit.
  const tokens = (text.match(/[\u2e80-\uffef]|[^\s\u2e80-\uffef]+\s*|\s+/g) ?? []).flatMap((tok) => {
    if (widthOf(tok) <= maxWidth) return [tok];
    const per = Math.max(1, Math.floor(maxWidth / (0.55 * fontSize)));
    return tok.match(new RegExp(`.{1,${per}}`, 'gsu')) ?? [tok];
  });
  for (const tok of tokens) {
    const w = widthOf(tok);
    if (width + w > maxWidth && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = tok.trimStart();
      width = w;
    } else {
      line += tok;
      width += w;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Standalone SVG markup (with XML declaration-free root and xmlns) of `chart` framed by its texts. */
export function exportSvg(doc: Document, chart: SVGSVGElement, text: ExportText): SVGSVGElement {
  const pad = 16;
  const width = Number(chart.getAttribute('width')) || 600;
  const inner = width;
  const chartHeight = Number(chart.getAttribute('height')) || 0;
  const total = inner + pad * 2;
  const out = doc.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('font-family', CHART_FONT);
  out.setAttribute('color', '#1d1d1b');
  out.setAttribute('fill', '#1d1d1b');
  let y = pad;
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  out.appendChild(bg);
  const addLines = (s: string, size: number, weight: string, colour: string) => {
    for (const l of wrapText(s, inner, size)) {
      y += size * 1.35;
      const t = doc.createElementNS(SVG_NS, 'text');
      t.setAttribute('x', String(pad));
      t.setAttribute('y', String(y - size * 0.3));
      t.setAttribute('font-size', String(size));
      t.setAttribute('font-weight', weight);
      t.setAttribute('fill', colour);
      t.textContent = l;
      out.appendChild(t);
    }
  };
  addLines(text.title, 20, '700', '#1d1d1b');
  if (text.subtitle) addLines(text.subtitle, 13, '400', '#5c5a55');
  y += 10;
  const copy = chart.cloneNode(true) as SVGSVGElement;
  // Hidden blocks (filtered out) and links have no place in a picture.
  copy.querySelectorAll('[display="none"]').forEach((n) => n.remove());
  copy.removeAttribute('aria-hidden');
  copy.removeAttribute('class');
  copy.setAttribute('overflow', 'visible');
  copy.setAttribute('x', String(pad));
  copy.setAttribute('y', String(y));
  out.appendChild(copy);
  y += chartHeight + 8;
  addLines(text.source, 11, '400', '#5c5a55');
  for (const n of text.notes ?? []) addLines(n, 11, '400', '#5c5a55');
  if (text.footer) {
    y += 4;
    addLines(text.footer, 11, '600', '#1d1d1b');
  }
  y += pad;
  out.setAttribute('width', String(total));
  out.setAttribute('height', String(Math.ceil(y)));
  out.setAttribute('viewBox', `0 0 ${total} ${Math.ceil(y)}`);
  return out;
}
