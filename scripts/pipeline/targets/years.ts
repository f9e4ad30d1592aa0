// Year scope: which year each target is due by. A year that opens a sentence (or stands as a clause of its own,
// `…，到2025年，…`) governs to the end of its paragraph; a year inside a sentence, to the end of that sentence.
// `从2023年起` starts a recurring target (no deadline); `截至2022年底` and a year before the plan's period report
// the past. Named periods (`“十四五”期间`) stand for their last year (data/vocab/TARGET_RULES.md, "Target year").
import { digitByDigit } from '../../../src/lib/text/index.ts';
import { insideBrackets, type Span } from '../clauses.ts';
import type { CompiledLexicon } from './lexicon.ts';
import type { PlanFacts } from './plan-facts.ts';

/** A heading label opening a paragraph (`一、`, `（二）`, `3.`, `(4)`, `①`, `一是`, `第三条`): not part of its first sentence. */
export const LEADING_LABEL =
  /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[①-⑳]|[一二三四五六七八九十]+是|第[一二三四五六七八九十百]+条)\s*/;

export interface YearMark {
  /** The deadline year; null for a start (`从2023年起`). */
  year: number | null;
  /** `从2023年起`: the year a recurring target starts; null otherwise. */
  startYear: number | null;
  /** The year reports the past: `截至2022年底`, or a year before the plan's period written without `到`. */
  past: boolean;
  pos: number;
  end: number;
  /** `open`: governs to the end of the paragraph; `mid`: to the end of its sentence. */
  kind: 'open' | 'mid';
  sentenceEnd: number;
}

const CLAUSE_STOP = /[,;:。!?]/;

/** Whether the year at [pos, end) opens its sentence (after a label) or stands as a clause of its own. */
function kindOf(text: string, sent: Span, pos: number, end: number, lex: CompiledLexicon): 'open' | 'mid' {
  const lead = text
    .slice(sent.start, pos)
    .replace(LEADING_LABEL, '')
    .replace(/[从自]$/, '');
  if (lex.yearLead.test(lead)) return 'open';
  let c = pos;
  while (c > sent.start && !CLAUSE_STOP.test(text[c - 1] ?? '')) c--;
  const clauseLead = text.slice(c, pos).replace(/[从自]$/, '');
  return lex.yearLead.test(clauseLead) && /^[,:]/.test(text.slice(end)) ? 'open' : 'mid';
}

/** Every deadline, start and past year of a paragraph, in text order. */
export function yearMarks(text: string, sentences: Span[], lex: CompiledLexicon, facts: PlanFacts): YearMark[] {
  const marks: YearMark[] = [];
  const sentenceOf = (pos: number): Span =>
    sentences.find((s) => s.start <= pos && pos < s.end) ?? { start: 0, end: text.length };
  const isPast = (year: number, lead: string | undefined, deadline: boolean, after: string): boolean =>
    (lead !== undefined && lex.pastOpener.test(lead)) ||
    after.startsWith('以来') ||
    (facts.startYear !== null && year < facts.startYear && !deadline && lead !== '到' && lead !== '至');
  for (const m of text.matchAll(lex.yearExpr)) {
    const pos = m.index;
    const year = digitByDigit(m[2] as string);
    if (year < 1949 || year > 2100) continue;
    const before = text.slice(Math.max(0, pos - 3), pos);
    const around = before + m[0] + text.slice(pos + m[0].length, pos + m[0].length + 4);
    if (lex.baseYear.test(around) || insideBrackets(text, pos, '《', '》')) continue;
    // A period written `2016—2020年` or a date inside a plan title is not a deadline.
    if (/[—\-~至]$/.test(text.slice(0, pos)) && !m[1]) continue;
    // A year inside parentheses (a phase heading `(2023年4月底前)`) governs nothing outside them.
    if (insideBrackets(text, pos, '(', ')')) continue;
    const end = pos + m[0].length;
    const after = text.slice(end, end + 3);
    const sent = sentenceOf(pos);
    const start = lex.startAfter.test(after) && !m[4];
    marks.push({
      year: start ? null : year,
      startYear: start ? year : null,
      past: !start && isPast(year, m[1], m[4] !== undefined, after),
      pos,
      end,
      kind: kindOf(text, sent, pos, end, lex),
      sentenceEnd: sent.end,
    });
  }
  for (const m of text.matchAll(lex.periodExpr)) {
    const period = lex.periods.get(m[2] as string);
    if (!period || insideBrackets(text, m.index, '《', '》')) continue;
    const pos = m.index;
    const end = pos + m[0].length;
    const sent = sentenceOf(pos);
    marks.push({
      year: period.end,
      startYear: null,
      past: facts.startYear !== null && period.end < facts.startYear && m[1] !== '到' && m[1] !== '至',
      pos,
      end,
      kind: kindOf(text, sent, pos, end, lex),
      sentenceEnd: sent.end,
    });
  }
  return marks.sort((a, b) => a.pos - b.pos);
}

/** The mark governing offset `pos`: the last open mark before it, or a mid-sentence mark of its sentence; else null. */
export function governingMark(marks: YearMark[], pos: number): YearMark | null {
  let found: YearMark | null = null;
  for (const m of marks) {
    if (m.pos > pos) break;
    if (m.kind === 'open' || pos < m.sentenceEnd) found = m;
  }
  return found;
}

/**
 * `到2022年和2030年，A和B均达到90%以上`: the governing mark closes a run of years joined by 和/、/及 — one value
 * then holds for every year of the run. Returns the run's years (the mark's own alone when it closes none).
 */
export function pairedYears(text: string, marks: YearMark[], mark: YearMark): number[] {
  const at = marks.indexOf(mark);
  const years = [mark.year];
  for (let k = at - 1, next = mark; k >= 0; k--) {
    const m = marks[k];
    if (!m || m.past || m.year === null || !/^[和、及与]$/.test(text.slice(m.end, next.pos))) break;
    years.unshift(m.year);
    next = m;
  }
  return years.filter((y): y is number => y !== null);
}

/** The year governing offset `pos` (the governing mark's, else `carry`). */
export function governingYear(marks: YearMark[], pos: number, carry: number | null): number | null {
  const m = governingMark(marks, pos);
  return m ? m.year : carry;
}
