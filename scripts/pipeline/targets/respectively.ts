// 分别 lists: `县域就诊率、基层就诊率分别达到90%、65%` and `2024年、2025年分别达到85%、90%` pair a list of
// indicators (or years) with a list of values, in order.
import type { Comparator } from '../../../src/lib/schema/targets.ts';
import { clauseStart, type Span } from '../clauses.ts';
import { parseRangeAt, type RangeMatch } from '../parse-number.ts';
import type { Paragraph } from '../types.ts';
import { cueBefore } from './candidates.ts';
import { pushDraft, rawOf, type TextContext } from './context.ts';
import { stripIndicator } from './indicator-name.ts';
import { measureLength, unitOfMeasure } from './lexicon.ts';
import { governingYear, type YearMark } from './years.ts';

/** Read a 分别 sentence into one mention per pair; the span it consumed, or null when the sentence is not one. */
export function extractRespectively(
  ctx: TextContext,
  p: Paragraph,
  sent: Span,
  marks: YearMark[],
  carry: number | null,
): Span | null {
  const { lex } = ctx;
  const text = p.text;
  const s = text.slice(sent.start, sent.end);
  const m = lex.respectively.exec(s);
  if (!m) return null;
  const listStart = sent.start + m.index + m[0].length;
  const values: { r: RangeMatch; unit: string; end: number }[] = [];
  let i = listStart;
  for (;;) {
    const r = parseRangeAt(text, i);
    if (!r) break;
    const after = text.slice(r.end);
    const unit = r.percent ? 'percent' : (unitOfMeasure(after, lex) ?? '');
    const end = r.end + (r.percent ? 0 : measureLength(after, lex));
    values.push({ r, unit, end });
    const sep = /^(?:、|和|,)/.exec(text.slice(end));
    if (!sep) break;
    i = end + sep[0].length;
  }
  if (values.length < 2) return null;
  const last = values[values.length - 1]!;
  let tailEnd = last.end;
  let suffix: Comparator | null = null;
  for (const [re, c] of lex.suffixes) {
    const sm = re.exec(text.slice(tailEnd));
    if (sm) {
      suffix = c;
      tailEnd += sm[0].length;
    }
  }
  const verb = m[1] ?? '';
  const base = cueBefore(verb, lex)?.comparator ?? 'eq';
  const comparator: Comparator = suffix ?? base;
  const before = text.slice(sent.start, sent.start + m.index);
  const years = [...before.matchAll(/(\d{4})年/g)].map((y) => Number(y[1]));
  const from = clauseStart(text, sent.start + m.index, ',;:', sent.start);
  let subject = before.slice(from - sent.start).replace(/(\d{4})年(?:底|末)?[、和]?/g, '');
  subject = stripIndicator(subject.replace(/^(?:到|至)/, ''), lex);
  const items = subject.split(/[、和]/).filter((x) => x !== '');
  const byYear = years.length === values.length;
  const byItem = !byYear && items.length === values.length;
  if (!byYear && !byItem) return null;
  const span = rawOf(ctx.doc, p.cleanStart, from, tailEnd);
  const aspirational = lex.aspirational.test(text.slice(sent.start, listStart));
  values.forEach((v, k) => {
    const indicator = byItem ? (items[k] as string) : subject;
    const indStart = text.indexOf(indicator, from);
    const indicatorZh =
      indStart >= 0 ? rawOf(ctx.doc, p.cleanStart, indStart, indStart + indicator.length).quote : indicator;
    pushDraft(ctx, {
      doc_id: ctx.doc.docId,
      section_id: p.sectionId,
      indicator_zh: indicatorZh,
      indicatorClean: indicator,
      comparator: v.r.valueMax !== null ? 'range' : comparator,
      value: v.r.value,
      value_max: v.r.valueMax,
      unit: v.unit || last.unit,
      frequency: '',
      base_year: null,
      target_year: byYear ? (years[k] as number) : governingYear(marks, from, carry),
      aspirational,
      condition: '',
      quote: span.quote,
      start: span.start,
      end: span.end,
      source_kind: 'text',
    });
  });
  return { start: from, end: tailEnd };
}
