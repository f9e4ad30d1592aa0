// Targets in a paragraph of text: sentence by sentence, clause by clause, each candidate number with its
// indicator (the subject carried from clause to clause), year, frequency, base year and condition.
import { clausesOf, sentencesOf, type Span } from '../clauses.ts';
import type { Paragraph } from '../types.ts';
import type { Candidate } from './candidates.ts';
import { findCandidates } from './candidates.ts';
import { pushDraft, rawOf, type TextContext } from './context.ts';
import { distribute, objectOf, stripIndicator, tidy } from './indicator-name.ts';
import { extractRespectively } from './respectively.ts';
import { governingYear, LEADING_LABEL, yearMarks } from './years.ts';

/** The indicator a candidate names: the words before its cue, else the object of a counted commitment, else the subject. */
function nameOf(
  ctx: TextContext,
  p: Paragraph,
  c: Candidate,
  sub: Span,
  sentence: Span,
  subject: string | null,
): { indicator: string; indicatorZh: string } {
  const { lex } = ctx;
  const text = p.text;
  const prefixText = text.slice(sub.start, c.cueStart);
  let indicator = '';
  let indStart = sub.start;
  if (!c.commit || c.unit !== 'count') indicator = stripIndicator(prefixText, lex);
  if (c.commit || (c.unit === 'count' && indicator === '') || indicator === '' || lex.scopeOnly.test(indicator)) {
    const obj = objectOf(text, c, sub, sentence);
    const objText = stripIndicator(text.slice(obj.start, obj.end), lex);
    if (c.commit && objText !== '') {
      indicator = objText;
      indStart = obj.start + text.slice(obj.start, obj.end).indexOf(objText);
    } else if (indicator === '' || lex.scopeOnly.test(indicator)) {
      indicator = objText !== '' && !c.commit && c.unit === 'count' ? objText : '';
      if (indicator) indStart = obj.start + text.slice(obj.start, obj.end).indexOf(objText);
    }
  } else {
    indStart = sub.start + prefixText.indexOf(indicator);
  }
  let indicatorZh: string;
  if (indicator === '' || lex.scopeOnly.test(indicator)) {
    indicator = subject ?? '';
    indicatorZh = indicator;
  } else {
    indicatorZh = tidy(rawOf(ctx.doc, p.cleanStart, indStart, indStart + indicator.length).quote);
  }
  if (indicatorZh === indicator && indicator !== '') {
    const at = text.lastIndexOf(indicator, c.numStart);
    if (at !== -1) indicatorZh = tidy(rawOf(ctx.doc, p.cleanStart, at, at + indicator.length).quote);
  }
  return { indicator, indicatorZh };
}

/** Every target of one paragraph; `openYear` is the last sentence-opening year (it may govern the paragraphs after). */
export function extractParagraph(
  ctx: TextContext,
  p: Paragraph,
  carry: number | null,
): { found: number; openYear: number | null } {
  const { lex } = ctx;
  const text = p.text;
  const sentences = sentencesOf(text);
  const marks = yearMarks(text, sentences, lex);
  let found = 0;
  let subject: string | null = null;
  const skip = (reason: string, s: number, e: number): void => {
    const span = rawOf(ctx.doc, p.cleanStart, s, e);
    ctx.skipped.push({ doc_id: ctx.doc.docId, reason, quote: span.quote, start: span.start, end: span.end });
  };
  for (const sent of sentences) {
    const consumed = extractRespectively(ctx, p, sent, marks, carry);
    if (consumed) {
      found++;
      continue;
    }
    let condition = '';
    // A heading label (`（二）`) is not part of the first clause.
    const label = sent.start === 0 ? (LEADING_LABEL.exec(text)?.[0].length ?? 0) : 0;
    for (const clause of clausesOf(text, { start: sent.start + label, end: sent.end })) {
      const ctext = text.slice(clause.start, clause.end);
      const isCondition = /的$/.test(ctext) && lex.conditionSign.test(ctext) && /\d/.test(ctext);
      const cands = findCandidates(text, clause, sent, isCondition, lex, skip);
      if (isCondition) {
        condition = rawOf(ctx.doc, p.cleanStart, clause.start, clause.end).quote;
        const sign = ctext.search(lex.conditionSign);
        subject = stripIndicator(ctext.slice(0, sign), lex);
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
        const { indicator, indicatorZh } = nameOf(ctx, p, c, { start: subStart, end: subEnd }, sent, subject);
        subject = indicator || subject;
        const span = rawOf(ctx.doc, p.cleanStart, subStart, subEnd);
        const before = text.slice(sent.start, c.numStart);
        const freqText = text.slice(clause.start, c.numStart);
        const frequency = lex.frequency.find(([re]) => re.test(freqText))?.[1] ?? '';
        const base = lex.baseYear.exec(text.slice(clause.start, c.numStart));
        const names = distribute(indicator, text.slice(Math.max(subStart, c.cueStart - 1), c.cueStart), lex);
        for (const name of names) {
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
            base_year: base ? Number(base[1]) : null,
            target_year: governingYear(marks, c.numStart, carry),
            aspirational: lex.aspirational.test(before),
            condition,
            quote: span.quote,
            start: span.start,
            end: span.end,
            source_kind: 'text',
          });
          found++;
        }
        subStart = subEnd + 1;
      });
      if (clause.closer === ')') condition = '';
      if (cands.length === 0) {
        const t = stripIndicator(ctext.replace(LEADING_LABEL, ''), lex);
        if (t !== '' && !/\d{4}年/.test(t)) subject = t;
      }
    }
  }
  const open = marks.filter((m) => m.kind === 'open').pop();
  return { found, openYear: open ? open.year : null };
}
