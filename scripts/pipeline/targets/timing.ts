// When a target in a paragraph is due, or why its number reports the past, and what a reading of one paragraph
// shares (data/vocab/TARGET_RULES.md, "Target year" and "Not targets").
import type { Paragraph } from '../types.ts';
import type { TextContext } from './context.ts';
import { governingMark, pairedYears, type YearMark } from './years.ts';

/** What one paragraph's reading shares. */
export interface Reading {
  ctx: TextContext;
  p: Paragraph;
  marks: YearMark[];
  carry: number | null;
  pastSection: boolean;
}

export type Timing = { year: number | null; startYear: number | null; past: null; years?: number[] } | { past: string };

/** When the target at `pos` is due, or why it reports the past. */
export function timing(r: Reading, pos: number, sentencePast: boolean): Timing {
  if (r.pastSection) return { past: 'a past statistic (in a section describing the starting point)' };
  if (sentencePast) return { past: 'a past statistic (the sentence reports the past: 截至…)' };
  const m = governingMark(r.marks, pos);
  if (m?.past) return { past: 'a past statistic (a year before the plan, or 截至…)' };
  if (m) return { year: m.year, startYear: m.startYear, past: null, years: pairedYears(r.p.text, r.marks, m) };
  return { year: r.carry ?? r.ctx.facts.titleYear, startYear: null, past: null };
}

/**
 * `截至2023年底，…，今年要实现…`: from `pos` to the end of its sentence the plan's own year governs (an annual
 * plan's title year; none otherwise), not the past year that opened the sentence.
 */
export function markPresent(r: Reading, pos: number, sentenceEnd: number): void {
  const year = r.ctx.facts.titleYear;
  const at = r.marks.findIndex((m) => m.pos > pos);
  const mark = { year, startYear: null, past: false, pos, end: pos, kind: 'mid' as const, sentenceEnd };
  r.marks.splice(at === -1 ? r.marks.length : at, 0, mark);
}

/** `较2022年` → 2022; `较上年` → the year before the target's (or the annual plan's) year. */
export function baseYearOf(r: Reading, before: string, year: number | null): number | null {
  const { lex } = r.ctx;
  const base = lex.baseYear.exec(before);
  if (base) return Number(base[1] ?? base[2] ?? base[3]);
  const ref = year ?? r.ctx.facts.titleYear;
  return lex.previousYear.test(before) && ref !== null ? ref - 1 : null;
}

/**
 * Where a scope phrase may open: the sub-clause and its clause; the sentence's start too when the clause has no
 * subject of its own (`每个乡镇卫生院至少建设2个特色专科，配备1名全科医生`) and no `;` stands between.
 */
export function scopeStarts(
  text: string,
  lex: TextContext['lex'],
  sub: number,
  clause: number,
  sentence: number,
): number[] {
  const own = text.slice(clause).replace(lex.leadWords, '');
  const subjectless = lex.commitAtStart.test(own) || new RegExp(`^${lex.atLeast.source}`).test(own);
  return subjectless && !text.slice(sentence, clause).includes(';') ? [sub, clause, sentence] : [sub, clause];
}
