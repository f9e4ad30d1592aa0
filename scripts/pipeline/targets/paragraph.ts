// Targets in a paragraph of text: sentence by sentence, clause by clause, each candidate number (or value list,
// or commitment without a number) with its indicator (the subject carried from clause to clause), year, start
// year, frequency, base year, condition, scope and population; past statistics are reported, not kept.
import { clausesOf, sentencesOf, type Span } from '../clauses.ts';
import type { Paragraph } from '../types.ts';
import { nameOf } from './candidate-name.ts';
import { findCandidates } from './candidates.ts';
import { asWritten, pushDraft, rawOf, skipAt, type TextContext } from './context.ts';
import { readImplied } from './implied-reader.ts';
import { distribute, spreadOverSubjects, stripIndicator, tidy } from './indicator-name.ts';
import { readList } from './lists.ts';
import { populationOf, populationSpan, scopeOf } from './scope.ts';
import { baseYearOf, markPresent, scopeStarts, timing, type Reading } from './timing.ts';
import { LEADING_LABEL, yearMarks } from './years.ts';

/** Every target of one paragraph; `openYear` is the last sentence-opening year (it may govern the paragraphs after). */
export function extractParagraph(
  ctx: TextContext,
  p: Paragraph,
  carry: number | null,
): { found: number; openYear: number | null } {
  const { lex } = ctx;
  const text = p.text;
  const sentences = sentencesOf(text);
  const marks = yearMarks(text, sentences, lex, ctx.facts);
  const r: Reading = { ctx, p, marks, carry, pastSection: ctx.facts.pastSections.has(p.sectionId) };
  let found = 0;
  let subject: string | null = null;
  const skip = (reason: string, s: number, e: number): void => skipAt(ctx, p.cleanStart, reason, s, e);
  for (const sent of sentences) {
    const label = LEADING_LABEL.exec(text.slice(sent.start, sent.end))?.[0].length ?? 0;
    let sentencePast = lex.pastOpener.test(text.slice(sent.start + label, sent.end));
    const clauses = targetClauses(text, { start: sent.start + label, end: sent.end });
    const first = clauses[0];
    const firstFrequency = first
      ? (lex.frequency.find(([re]) => re.test(text.slice(first.start, first.end)))?.[1] ?? '')
      : '';
    let condition = '';
    let parenHead: Span | null = null;
    let prevCloser = '';
    for (const clause of clauses) {
      const ctext = text.slice(clause.start, clause.end);
      // `截至2023年底，…，今年要实现…`: a clause about this year ends the report of the past.
      const opening = ctext.replace(LEADING_LABEL, '');
      if (
        sentencePast &&
        (lex.presentOpener.test(opening) || lex.presentOpener.test(opening.replace(lex.leadWords, '')))
      ) {
        sentencePast = false;
        markPresent(r, clause.start, sent.end);
      }
      const isCondition = /的$/.test(ctext) && lex.conditionSign.test(ctext) && /\d/.test(ctext);
      // `条件成熟的县（市）可…`: a condition for the rest of the sentence.
      const opener = lex.conditionOpener.exec(ctext.replace(LEADING_LABEL, '').replace(lex.leadWords, ''));
      if (opener) {
        const at = text.indexOf(opener[0], clause.start);
        condition = rawOf(ctx.doc, p.cleanStart, at, at + opener[0].length).quote;
      }
      const lead = prevCloser === ')' ? parenHead : null;
      const list = isCondition ? null : readList(text, clause, sent, marks, lex);
      let count = 0;
      if (list) {
        const t = timing(r, list.span.start, sentencePast);
        if (t.past !== null) skip(t.past, list.span.start, list.span.end);
        else {
          const span = rawOf(ctx.doc, p.cleanStart, list.span.start, list.span.end);
          for (const item of list.items) {
            const at = item.indicatorStart;
            pushDraft(ctx, {
              doc_id: ctx.doc.docId,
              section_id: p.sectionId,
              indicator_zh:
                at >= 0 ? tidy(rawOf(ctx.doc, p.cleanStart, at, at + item.indicator.length).quote) : item.indicator,
              indicatorClean: item.indicator,
              comparator: list.comparatorOf(item.v),
              value: item.v.value,
              value_max: item.v.valueMax,
              unit: item.v.unit,
              frequency: '',
              base_year: null,
              target_year: item.byYear ? item.year : t.year,
              start_year: item.byYear ? null : t.startYear,
              aspirational: lex.aspirational.test(text.slice(sent.start, list.span.start)),
              condition,
              population:
                at >= 0
                  ? asWritten(ctx.doc, p.cleanStart, populationSpan(text, at, at + item.indicator.length, lex))
                  : populationOf(item.indicator, lex),
              quote: span.quote,
              start: span.start,
              end: span.end,
              source_kind: 'text',
            });
            count++;
          }
          subject = list.items[list.items.length - 1]?.indicator ?? subject;
        }
      }
      const cands = list ? [] : findCandidates(text, clause, sent, isCondition, lex, skip);
      if (isCondition) {
        condition = rawOf(ctx.doc, p.cleanStart, clause.start, clause.end).quote;
        const sign = ctext.search(lex.conditionSign);
        subject = stripIndicator(ctext.slice(0, sign), lex);
        prevCloser = clause.closer;
        continue;
      }
      let subStart = clause.start;
      cands.forEach((c, k) => {
        const next = cands[k + 1];
        let subEnd = clause.end;
        if (next) {
          const between = text.slice(c.tailEnd, next.numStart);
          const dun = between.lastIndexOf('、');
          if (dun !== -1) subEnd = c.tailEnd + dun;
        }
        // A 、 cut can leave the next sub-clause starting after its own number: keep the number inside.
        if (subStart > c.cueStart) subStart = Math.min(c.cueStart, c.numStart);
        if (subEnd < c.tailEnd) subEnd = c.tailEnd;
        const sub = { start: subStart, end: subEnd };
        subStart = subEnd + 1;
        const t = timing(r, c.numStart, sentencePast);
        if (t.past !== null) {
          skip(t.past, c.numStart, c.tailEnd);
          return;
        }
        let { indicator, indicatorZh } = nameOf(ctx, p, c, sub, sent, subject, k === 0 ? lead : null);
        const scope = scopeOf(
          text,
          scopeStarts(text, lex, sub.start, clause.start, sent.start + label),
          c.numStart,
          sent,
          lex,
        );
        // `其中三级医院不低于70%`: a subset named by a short noun alone keeps the previous target's indicator.
        const bareSubset =
          indicator.length <= 8 &&
          !/[率比数量额]/.test(indicator) &&
          !new RegExp(lex.commitAnywhere.source).test(indicator);
        if (scope.subset && subject && bareSubset) {
          indicator = subject;
          indicatorZh = subject;
        }
        subject = indicator || subject;
        const span = rawOf(ctx.doc, p.cleanStart, sub.start, sub.end);
        const before = text.slice(sent.start, c.numStart);
        const freqText = text.slice(clause.start, c.numStart);
        // `每年为…培养医学生100名，培训…300人次`: a clause opening with a verb shares the first clause's frequency.
        const own = lex.frequency.find(([re]) => re.test(freqText))?.[1];
        const frequency = own ?? (clause !== first && lex.commitAtStart.test(ctext) ? firstFrequency : '');
        const tail = text.slice(Math.max(sub.start, c.cueStart - 1), c.cueStart);
        let names = distribute(indicator, tail, lex);
        if (names.length === 1 && first && clause !== first)
          names = spreadOverSubjects(indicator, tail, text.slice(first.start, first.end), lex);
        // `到2022年和2030年，…均达到90%以上`: one value for each year of a run of years.
        const years = t.years && t.years.length > 1 ? t.years : [t.year];
        for (const [name, year] of names.flatMap((n) => years.map((y) => [n, y] as const))) {
          pushDraft(ctx, {
            doc_id: ctx.doc.docId,
            section_id: p.sectionId,
            indicator_zh: names.length > 1 ? name : indicatorZh,
            indicatorClean: name,
            comparator: c.comparator,
            value: c.value,
            value_max: c.valueMax,
            unit: c.unit,
            frequency,
            base_year: baseYearOf(r, text.slice(clause.start, c.numStart), year),
            target_year: year,
            start_year: t.startYear,
            aspirational: lex.aspirational.test(before),
            condition,
            scope: asWritten(ctx.doc, p.cleanStart, scope.span),
            population: asWritten(ctx.doc, p.cleanStart, populationSpan(text, clause.start, c.numStart, lex)),
            perUnit: scope.perUnit,
            quote: span.quote,
            start: span.start,
            end: span.end,
            source_kind: 'text',
          });
          count++;
        }
      });
      // A heading (`（三）推进…全覆盖`) names a task, not a commitment: its first sentence is not read for one.
      const headingText = p.kind === 'heading' && sent.start === 0 && (sentences.length > 1 || !/[,;]/.test(text));
      if (count === 0 && !list && !headingText) count += readImplied(r, clause, sent, sentencePast, condition);
      if (count === 0 && !list) {
        const t = stripIndicator(ctext.replace(LEADING_LABEL, ''), lex);
        if (t !== '' && !/\d{4}年/.test(t)) subject = t;
      }
      found += count;
      if (clause.closer === '(' && count === 0) parenHead = clause;
      else if (clause.closer !== ')') parenHead = null;
      if (clause.closer === ')') condition = '';
      prevCloser = clause.closer;
    }
  }
  const open = marks.filter((m) => m.kind === 'open' && m.year !== null).pop();
  return { found, openYear: open ? open.year : null };
}

/** Clauses of a sentence, a ratio's colon (`医护比达到1:1.3`) not cutting one. */
function targetClauses(text: string, sentence: Span): ReturnType<typeof clausesOf> {
  const out: ReturnType<typeof clausesOf> = [];
  for (const c of clausesOf(text, sentence)) {
    const prev = out[out.length - 1];
    if (prev && prev.closer === ':' && /\d$/.test(text.slice(prev.start, prev.end)) && /^\d/.test(text.slice(c.start)))
      out[out.length - 1] = { start: prev.start, end: c.end, closer: c.closer };
    else out.push(c);
  }
  return out;
}
