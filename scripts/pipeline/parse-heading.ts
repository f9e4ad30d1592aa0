// One clean line to a heading (label, level, number, heading text), or null if it is not one.
import { chineseOrdinal } from '../../src/lib/text/index.ts';
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
