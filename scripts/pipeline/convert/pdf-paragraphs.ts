// PDF lines to paragraphs: a line that runs to the right margin continues on the next line (and across a page
// break) unless the next line is indented, opens a heading, changes font size or stands after a gap; a short line
// ends its paragraph. Table rows stay one per line.
import { lineText, type PdfLine } from './pdf-lines.ts';

export interface Paragraphs {
  paragraphs: string[];
  /** Line breaks removed inside paragraphs, and how many of them were page breaks. */
  joins: number;
  pageJoins: number;
}

/** Where body text starts and ends on the page, its usual font size and line pitch. */
export interface Layout {
  left: number;
  right: number;
  em: number;
  pitch: number;
  /** The widest line spans most of the page: `right` is the right margin, and lines reaching it run on. */
  marginKnown: boolean;
}

/** Labels that open a heading or an annex: such a line never continues the one before. */
const OPENS =
  /^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}(?:[.、．](?!\d)|\s)|第[一二三四五六七八九十百\d]+[章节条部分]|附件|附表)/;
/** A line ending in one of these ends a sentence. */
const TERMINAL = /[。！？!?；;：:…”’」』】》)）]$/;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor(s.length / 2)] as number);
}

/**
 * The body's margins: the leftmost start and the rightmost end of the lines that are not table rows (headers,
 * footers and page numbers are gone by now). The right end is only taken for the margin when it lies beyond 60% of
 * the page width: a page of short lines (a roster) has no line that runs on.
 */
export function layoutOf(lines: PdfLine[], box: [number, number, number, number] = [0, 0, Infinity, 0]): Layout {
  const body = lines.filter((l) => l.cells.length === 1);
  const em = median(body.map((l) => l.size)) || 12;
  const pitches: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const a = body[i - 1] as PdfLine;
    const b = body[i] as PdfLine;
    if (a.page === b.page && Math.abs(a.size - b.size) < 0.5 && a.y > b.y) pitches.push(a.y - b.y);
  }
  const left = Math.min(...body.map((l) => l.x0));
  const right = Math.max(...body.map((l) => l.x1));
  const width = box[2] - box[0];
  return {
    left,
    right,
    em,
    pitch: median(pitches) || em * 1.5,
    marginKnown: !Number.isFinite(width) || right >= box[0] + 0.6 * width,
  };
}

function midCentred(l: PdfLine, layout: Layout): boolean {
  return Math.abs((l.x0 + l.x1) / 2 - (layout.left + layout.right) / 2) < 1.5 * layout.em;
}

/** Centred and clearly narrower than the block. */
function centred(l: PdfLine, layout: Layout): boolean {
  return l.x0 > layout.left + 2 * layout.em && midCentred(l, layout);
}

/** Whether line b continues the paragraph that line a belongs to. */
export function continues(a: PdfLine, b: PdfLine, layout: Layout): boolean {
  if (a.cells.length > 1 || b.cells.length > 1) return false;
  const at = lineText(a);
  const bt = lineText(b);
  if (OPENS.test(bt)) return false;
  if (Math.abs(a.size - b.size) > 0.15 * Math.max(a.size, b.size)) return false;
  const em = a.size;
  if (a.page === b.page && a.y - b.y > 1.7 * Math.max(layout.pitch, em)) return false;
  // A long centred title wraps onto a second centred line.
  const width = layout.right - layout.left;
  if (midCentred(a, layout) && centred(b, layout)) {
    return a.x1 - a.x0 > 0.6 * width && !TERMINAL.test(at);
  }
  if (b.x0 > layout.left + 0.8 * em) return false;
  return layout.marginKnown && a.x1 >= layout.right - 1.2 * em;
}

/** Join lines (every page's, in order, furniture already removed) into paragraphs. */
export function joinLines(lines: PdfLine[], layout: Layout = layoutOf(lines)): Paragraphs {
  const paragraphs: string[] = [];
  let joins = 0;
  let pageJoins = 0;
  let prev: PdfLine | null = null;
  for (const line of lines) {
    const text = lineText(line);
    if (prev && continues(prev, line, layout)) {
      const last = paragraphs.length - 1;
      const before = paragraphs[last] as string;
      paragraphs[last] = before + (/[A-Za-z0-9,.]$/.test(before) && /^[A-Za-z0-9]/.test(text) ? ' ' : '') + text;
      joins++;
      if (prev.page !== line.page) pageJoins++;
    } else {
      paragraphs.push(text);
    }
    prev = line;
  }
  return { paragraphs, joins, pageJoins };
}
