// One clean line to a heading (label style, rank, number, heading text), or null if it is not one. The styles of the
// genre, widest first: 第X章/第X部分 > 第X节 > 第X条 > 一、 > （一） > 1. > （1） > 1） > ①. A document uses some of them;
// the heading tree (segment-headings.ts) nests each heading under the nearest open heading of a wider style.
import { chineseNumeral, chineseOrdinal } from '../../src/lib/text/index.ts';

export type HeadingStyle =
  'chapter' | 'section' | 'article' | 'part' | 'subsection' | 'item' | 'subitem' | 'paren-item' | 'circled' | 'annex';

/** Rank of each style: a smaller rank is a wider division. Markdown headings without a label rank 1–6 by depth. */
export const STYLE_RANK: Readonly<Record<HeadingStyle, number>> = {
  annex: 0,
  chapter: 10,
  section: 20,
  article: 30,
  part: 40,
  subsection: 50,
  item: 60,
  subitem: 70,
  'paren-item': 75,
  circled: 80,
};

export interface HeadingMatch {
  style: HeadingStyle;
  /** STYLE_RANK of the style. */
  rank: number;
  /** The number the label stands for (`三、` → 3, `（12）` → 12, `第十五条` → 15, `③` → 3); annex number, 0 when unnumbered. */
  number: number;
  /** Clean length of the label (`（一）` → 3), spaces after it not included. */
  labelLength: number;
  /** Clean offset where the heading text starts (after the label and spaces). */
  textStart: number;
  /** Clean offset where the heading text ends: before the first 。 for run-in headings. */
  textEnd: number;
  /** The heading is followed by body text on the same line (`1.优化资源布局。根据…`). */
  runIn: boolean;
}

const HAN_NUMBER = '[零〇一二三四五六七八九十百]+';

/** Chinese ordinals of chapters and articles may pass 99 (第一百零一条). */
function bigOrdinal(s: string): number {
  const n = /^\d+$/.test(s) ? Number(s) : chineseNumeral(s);
  return Number.isInteger(n) && n > 0 ? n : Number.NaN;
}

const circledNumber = (s: string, first: number) => (s.codePointAt(0) ?? 0) - first + 1;

const PATTERNS: { re: RegExp; style: HeadingStyle; number: (s: string) => number }[] = [
  { re: new RegExp(`^第(${HAN_NUMBER}|\\d{1,3}) *(?:章|部分) *`), style: 'chapter', number: bigOrdinal },
  { re: new RegExp(`^第(${HAN_NUMBER}|\\d{1,3}) *节 *`), style: 'section', number: bigOrdinal },
  { re: new RegExp(`^第(${HAN_NUMBER}|\\d{1,3}) *条 *`), style: 'article', number: bigOrdinal },
  { re: /^([一二三四五六七八九十]+)[、.] */, style: 'part', number: chineseOrdinal },
  { re: /^\( *([一二三四五六七八九十]+) *\) */, style: 'subsection', number: chineseOrdinal },
  { re: /^(\d{1,2})(?:[.、](?!\d)|\. ) */, style: 'item', number: Number },
  { re: /^([\u2488-\u249b]) */, style: 'item', number: (s) => circledNumber(s, 0x2488) },
  { re: /^\( *(\d{1,2}) *\) */, style: 'subitem', number: Number },
  { re: /^([\u2474-\u2487]) */, style: 'subitem', number: (s) => circledNumber(s, 0x2474) },
  { re: /^(\d{1,2})\) */, style: 'paren-item', number: Number },
  { re: /^([\u2460-\u2473]) */, style: 'circled', number: (s) => circledNumber(s, 0x2460) },
];

/** Recognise a section heading at the start of a clean line. */
export function parseHeading(line: string): HeadingMatch | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (!m?.[1]) continue;
    const number = p.number(m[1]);
    if (!Number.isFinite(number)) continue;
    // `第一章` may stand alone on its line; every other label needs heading text after it.
    const textStart = m[0].length;
    if (textStart >= line.length && !['chapter', 'section'].includes(p.style)) return null;
    const labelLength = m[0].trimEnd().length;
    const stop = line.indexOf('。', textStart);
    const runIn = stop !== -1 && stop < line.length - 1;
    const textEnd = stop === -1 ? line.length : stop;
    return { style: p.style, rank: STYLE_RANK[p.style], number, labelLength, textStart, textEnd, runIn };
  }
  const annex = /^附件 *(\d{1,2}) *$/.exec(line);
  if (annex?.[1]) {
    return {
      style: 'annex',
      rank: 0,
      number: Number(annex[1]),
      labelLength: line.length,
      textStart: line.length,
      textEnd: line.length,
      runIn: false,
    };
  }
  return null;
}
