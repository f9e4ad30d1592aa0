// One clean line to a heading (label, level, number, heading text), or null if it is not one.
import type { SectionLevel } from './types.ts';

export interface HeadingMatch {
  level: Exclude<SectionLevel, 0>;
  kind: 'part' | 'subsection' | 'item' | 'subitem' | 'annex';
  /** The number the label stands for (`三、` → 3, `（12）` → 12); annex number, 0 when unnumbered. */
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

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 … 九十九 as a number; NaN for anything else. */
export function chineseOrdinal(s: string): number {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return Number.NaN;
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? (DIGITS[s] ?? Number.NaN) : Number.NaN;
  const tens = ten === 0 ? 1 : (DIGITS[s.slice(0, ten)] ?? Number.NaN);
  const ones = ten === s.length - 1 ? 0 : (DIGITS[s.slice(ten + 1)] ?? Number.NaN);
  return tens * 10 + ones;
}

const PATTERNS: { re: RegExp; level: HeadingMatch['level']; kind: HeadingMatch['kind']; chinese: boolean }[] = [
  { re: /^([一二三四五六七八九十]+)[、.] */, level: 1, kind: 'part', chinese: true },
  { re: /^\( *([一二三四五六七八九十]+) *\) */, level: 2, kind: 'subsection', chinese: true },
  { re: /^(\d{1,2})(?:[.、](?!\d)|\. ) */, level: 3, kind: 'item', chinese: false },
  { re: /^\( *(\d{1,2}) *\) */, level: 4, kind: 'subitem', chinese: false },
];

/** Recognise a section heading at the start of a clean line. */
export function parseHeading(line: string): HeadingMatch | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (!m?.[1]) continue;
    const number = p.chinese ? chineseOrdinal(m[1]) : Number(m[1]);
    if (!Number.isFinite(number)) continue;
    const textStart = m[0].length;
    if (textStart >= line.length) return null;
    const labelLength = m[0].trimEnd().length;
    const stop = line.indexOf('。', textStart);
    const runIn = stop !== -1 && stop < line.length - 1;
    const textEnd = stop === -1 ? line.length : stop;
    return { level: p.level, kind: p.kind, number, labelLength, textStart, textEnd, runIn };
  }
  const annex = /^附件 *(\d{1,2}) *$/.exec(line);
  if (annex?.[1]) {
    return {
      level: 1,
      kind: 'annex',
      number: Number(annex[1]),
      labelLength: line.length,
      textStart: line.length,
      textEnd: line.length,
      runIn: false,
    };
  }
  return null;
}
