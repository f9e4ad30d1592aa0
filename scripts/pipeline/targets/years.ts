// Year scope: which year each target is due by. A year that opens a sentence governs to the end of its paragraph;
// a year inside a sentence, to the end of that sentence (data/vocab/TARGET_RULES.md, "Target year").
import { digitByDigit } from '../../../src/lib/text/index.ts';
import { insideBrackets, type Span } from '../clauses.ts';
import type { CompiledLexicon } from './lexicon.ts';

/** A heading label opening a paragraph (`一、`, `（二）`, `3.`, `(4)`): not part of its first sentence. */
export const LEADING_LABEL =
  /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\))\s*/;

export interface YearMark {
  year: number;
  pos: number;
  /** `open`: opens a sentence and governs to the end of the paragraph; `mid`: governs to the end of its sentence. */
  kind: 'open' | 'mid';
  sentenceEnd: number;
}

/** Every deadline year of a paragraph: not a base year (`较2022年`), a period (`2016—2020年`) or a date in a title. */
export function yearMarks(text: string, sentences: Span[], lex: CompiledLexicon): YearMark[] {
  const marks: YearMark[] = [];
  for (const m of text.matchAll(lex.yearExpr)) {
    const pos = m.index;
    const year = digitByDigit(m[2] as string);
    if (year < 1949 || year > 2100) continue;
    const before = text.slice(Math.max(0, pos - 3), pos);
    if (lex.baseYear.test(before + m[0]) || insideBrackets(text, pos, '《', '》')) continue;
    // A period written `2016—2020年` or a date inside a plan title is not a deadline.
    if (/[—\-~至]$/.test(text.slice(0, pos)) && !m[1]) continue;
    const sent = sentences.find((s) => s.start <= pos && pos < s.end) ?? { start: 0, end: text.length };
    let lead = text.slice(sent.start, pos);
    if (sent.start === 0) lead = lead.replace(LEADING_LABEL, '');
    const kind = lex.yearLead.test(lead) ? 'open' : 'mid';
    // A year inside parentheses (a phase heading `(2023年4月底前)`) governs nothing outside them.
    if (insideBrackets(text, pos, '(', ')')) continue;
    marks.push({ year, pos, kind, sentenceEnd: sent.end });
  }
  return marks;
}

/** The year governing offset `pos`: the last open year before it, or a mid-sentence year of its sentence; else `carry`. */
export function governingYear(marks: YearMark[], pos: number, carry: number | null): number | null {
  let found: YearMark | null = null;
  for (const m of marks) {
    if (m.pos > pos) break;
    if (m.kind === 'open' || pos < m.sentenceEnd) found = m;
  }
  return found ? found.year : carry;
}
