// Numbers that are no quantity at all: years, dates, document numbers, phone numbers, ordinals, ranks and periods,
// numbers inside titles, quotations and words (data/vocab/TARGET_RULES.md, "Not targets").
import { insideBrackets, type Span } from '../clauses.ts';
import type { CompiledLexicon } from './lexicon.ts';

/** Why a number is not a target, or null when it may be one. Dates, years, labels, ranks, titles, phones. */
export function notAQuantity(
  text: string,
  r: { start: number; end: number; value: number; percent: boolean; chinese: boolean },
  lex: CompiledLexicon,
): string | null {
  const prev = text[r.start - 1] ?? '';
  const before = text.slice(Math.max(0, r.start - 8), r.start);
  const next = text.slice(r.end, r.end + 2);
  const digits = text.slice(r.start, r.end);
  const isYear = (v: number): boolean => v >= 1949 && v <= 2100;
  const measured = lex.measureAfterYearLike.test(text.slice(r.end, r.end + 2));
  if (!r.percent && /^\d{4}$/.test(digits) && isYear(r.value) && !measured) return 'year';
  if (!r.percent && /^\d{4}\D{1,2}\d{4}$/.test(digits) && isYear(r.value)) return 'year';
  if (/^0\d{2,3}-?\d{6,8}/.test(text.slice(r.start, r.start + 13)) || /^1\d{10}(?!\d)/.test(text.slice(r.start)))
    return 'phone number';
  if (next.startsWith('月') && r.value <= 12 && /(?:年|月[—\-~～至])$/.test(before)) return 'date';
  if (prev === '月' && /^[日号]/.test(next)) return 'date';
  if (/^\d{1,2}月\d{1,2}[日号]/.test(text.slice(r.start, r.start + 7))) return 'date';
  if (prev === '〕' && next.startsWith('号')) return 'document number';
  // `前5位` is a rank; `2024年底前80%…` is a deadline before the number.
  if (lex.ordinalBeforeAtEnd.test(before) && !lex.deadlineAtEnd.test(before))
    return 'an ordinal, rank or period (第, 前, 近, 后…)';
  if (
    insideBrackets(text, r.start, '《', '》') ||
    insideBrackets(text, r.start, '“', '”') ||
    insideBrackets(text, r.start, '〔', '〕')
  )
    return 'inside a title, quotation or document number';
  if (r.chinese && lex.wordBeforeAtEnd.test(before)) return 'word';
  return null;
}

/** The date a month or day number belongs to: `2024年3月31日` around the `3`. */
export function dateSpan(text: string, at: number, clause: Span): Span {
  const year = /\d{4}年$/.exec(text.slice(Math.max(clause.start, at - 5), at));
  const start = year ? at - year[0].length : at;
  const tail = /^\d{1,2}月(?:\d{1,2}[日号])?|^\d{1,2}[日号]/.exec(text.slice(at, clause.end));
  return { start, end: at + (tail ? tail[0].length : 1) };
}
