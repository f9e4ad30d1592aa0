// Items enumerated inside a paragraph rather than as headings: 工作要点 write `一是…二是…三是…` after a topic sentence;
// measures write `①…②…` or `（1）…（2）…` in one paragraph. Each item runs from its label to the next label (or the
// paragraph's end). A run counts only when it is in order from its first item; a paragraph that opens with `二是`
// continues the run of the paragraph before it.
import type { CleanText, ParagraphItem } from './types.ts';

interface Marker {
  re: RegExp;
  number: (m: RegExpExecArray) => number;
}

const YISHI_DIGITS = '一二三四五六七八九';
const yishiNumber = (s: string): number => {
  if (s === '十') return 10;
  const i = YISHI_DIGITS.indexOf(s);
  return i === -1 ? Number.NaN : i + 1;
};

/** Markers and what may stand before them (the paragraph start or a clause boundary). */
const MARKERS: Marker[] = [
  { re: /(?<=^|[。;；:：,，!！?？])([一二三四五六七八九十])是/g, number: (m) => yishiNumber(m[1] ?? '') },
  { re: /([\u2460-\u2473])/g, number: (m) => (m[1]?.codePointAt(0) ?? 0) - 0x2460 + 1 },
  { re: /(?<=^|[。;；:：,，])\((\d{1,2})\)/g, number: (m) => Number(m[1]) },
];

/**
 * The items of one paragraph (clean text `text` starting at clean offset `cleanStart`); `continueFrom` is the number
 * of the last `一是` item of the paragraph before, so that `二是` opening this one continues it.
 */
export function inlineItems(clean: CleanText, text: string, cleanStart: number, continueFrom = 0): ParagraphItem[] {
  for (const [k, marker] of MARKERS.entries()) {
    const found: { at: number; label: string; number: number }[] = [];
    let expected = 1;
    for (const m of text.matchAll(marker.re)) {
      const n = marker.number(m);
      const first = found.length === 0;
      const opens = n === 1 || (first && k === 0 && m.index === 0 && n === continueFrom + 1 && continueFrom > 0);
      if (first ? !opens : n !== expected) continue;
      found.push({ at: m.index, label: m[0], number: n });
      expected = n + 1;
    }
    // One item is a run only when it opens the paragraph with `一是` (the next paragraph may go on with `二是`).
    const opensLine = found[0] !== undefined && found[0].at === 0 && k === 0;
    if (found.length < 2 && !opensLine) continue;
    return found.map((f, i) => {
      const cs = cleanStart + f.at;
      const ce = cleanStart + (found[i + 1]?.at ?? text.length);
      const start = clean.toRaw[cs] ?? 0;
      return {
        label: clean.raw.slice(start, (clean.toRaw[cs + f.label.length - 1] ?? start) + 1),
        number: f.number,
        cleanStart: cs,
        cleanEnd: ce,
        start,
        end: (clean.toRaw[ce - 1] ?? start) + 1,
      };
    });
  }
  return [];
}
