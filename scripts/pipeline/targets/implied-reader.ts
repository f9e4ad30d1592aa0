// Reading a commitment without a number in one clause of a paragraph (`实现…全覆盖`, `全部建成…`, `翻一番`) into a
// target of 100 percent (or an increase), `implied` (data/vocab/TARGET_RULES.md, "Implied values").
import type { Span } from '../clauses.ts';
import { asWritten, pushDraft, rawOf, skipAt } from './context.ts';
import { impliedIn } from './implied.ts';
import { stripIndicator, tidy } from './indicator-name.ts';
import { populationSpan, scopeOf } from './scope.ts';
import { scopeStarts, timing, type Reading } from './timing.ts';
import { LEADING_LABEL } from './years.ts';

/** A commitment without a number in one clause (`实现…全覆盖`, `全部建成…`, `翻一番`): 1 when one was read. */
export function readImplied(r: Reading, clause: Span, sent: Span, sentencePast: boolean, condition: string): number {
  const { ctx, p } = r;
  const { lex } = ctx;
  const text = p.text;
  const raw = text.slice(clause.start, clause.end);
  const cleaned = raw.replace(LEADING_LABEL, '').replace(lex.leadWords, '');
  const offset = clause.start + raw.length - cleaned.length;
  const found = impliedIn(cleaned, lex);
  if (!found || lex.pastClauseWord.test(cleaned)) return 0;
  const t = timing(r, offset, sentencePast);
  if (t.past !== null) {
    skipAt(ctx, p.cleanStart, t.past, clause.start, clause.end);
    return 0;
  }
  const nameText = stripIndicator(cleaned.slice(0, found.nameEnd), lex);
  if (nameText === '') return 0;
  const nameAt = text.indexOf(nameText, offset);
  const span = rawOf(ctx.doc, p.cleanStart, clause.start, clause.end);
  const scope = scopeOf(text, scopeStarts(text, lex, clause.start, clause.start, sent.start), clause.end, sent, lex);
  pushDraft(ctx, {
    doc_id: ctx.doc.docId,
    section_id: p.sectionId,
    indicator_zh: tidy(rawOf(ctx.doc, p.cleanStart, nameAt, nameAt + nameText.length).quote),
    indicatorClean: nameText,
    comparator: found.comparator,
    value: found.value,
    value_max: null,
    unit: 'percent',
    frequency: '',
    base_year: null,
    target_year: t.year,
    start_year: t.startYear,
    aspirational: lex.aspirational.test(text.slice(sent.start, clause.end)),
    implied: true,
    condition,
    scope: asWritten(ctx.doc, p.cleanStart, scope.span),
    population: asWritten(ctx.doc, p.cleanStart, populationSpan(text, clause.start, clause.end, lex)),
    quote: span.quote,
    start: span.start,
    end: span.end,
    source_kind: 'text',
  });
  return 1;
}
