// Targets in a paragraph of text: sentence by sentence, clause by clause, each candidate number (or value list,
// or commitment without a number) with its indicator (the subject carried from clause to clause), year, start
// year, frequency, base year, condition, scope and population; past statistics are reported, not kept.
import { clausesOf, sentencesOf, type Span } from '../clauses.ts';
import type { Paragraph } from '../types.ts';
import type { Candidate } from './candidates.ts';
import { findCandidates } from './candidates.ts';
import { pushDraft, rawOf, skipAt, type TextContext } from './context.ts';
import { impliedIn } from './implied.ts';
import { distribute, objectOf, stripIndicator, tidy } from './indicator-name.ts';
import { readList } from './lists.ts';
import { populationOf, scopeOf } from './scope.ts';
import { governingMark, LEADING_LABEL, yearMarks, type YearMark } from './years.ts';

/** What one paragraph's reading shares. */
interface Reading {
  ctx: TextContext;
  p: Paragraph;
  marks: YearMark[];
  carry: number | null;
  pastSection: boolean;
}

type Timing = { year: number | null; startYear: number | null; past: null } | { past: string };

/** When the target at `pos` is due, or why it reports the past. */
function timing(r: Reading, pos: number, sentencePast: boolean): Timing {
  if (r.pastSection) return { past: 'a past statistic (in a section describing the starting point)' };
  if (sentencePast) return { past: 'a past statistic (the sentence reports the past: 截至…)' };
  const m = governingMark(r.marks, pos);
  if (m?.past) return { past: 'a past statistic (a year before the plan, or 截至…)' };
  if (m) return { year: m.year, startYear: m.startYear, past: null };
  return { year: r.carry ?? r.ctx.facts.titleYear, startYear: null, past: null };
}

/** `较2022年` → 2022; `较上年` → the year before the target's (or the annual plan's) year. */
function baseYearOf(r: Reading, before: string, year: number | null): number | null {
  const { lex } = r.ctx;
  const base = lex.baseYear.exec(before);
  if (base) return Number(base[1] ?? base[2] ?? base[3]);
  const ref = year ?? r.ctx.facts.titleYear;
  return lex.previousYear.test(before) && ref !== null ? ref - 1 : null;
}

/**
 * The indicator a candidate names: the words before its cue, else the object of a counted commitment, else the
 * subject. `lead` is the subject written before a parenthetical note (`医疗服务收入（不含药品…）占医疗收入比例`).
 */
function nameOf(
  ctx: TextContext,
  p: Paragraph,
  c: Candidate,
  sub: Span,
  sentence: Span,
  subject: string | null,
  lead: Span | null,
): { indicator: string; indicatorZh: string } {
  const { lex } = ctx;
  const text = p.text;
  if (c.objectBefore) {
    const obj = stripIndicator(text.slice(c.objectBefore.start, c.objectBefore.end), lex);
    const at = text.indexOf(obj, c.objectBefore.start);
    if (obj !== '')
      return { indicator: obj, indicatorZh: tidy(rawOf(ctx.doc, p.cleanStart, at, at + obj.length).quote) };
  }
  if (c.nameAfter) {
    const after = text.slice(c.tailEnd, sub.end);
    const name = stripIndicator(after.replace(lex.standardFillers, ''), lex);
    const at = name === '' ? -1 : text.indexOf(name, c.tailEnd);
    if (at >= 0)
      return { indicator: name, indicatorZh: tidy(rawOf(ctx.doc, p.cleanStart, at, at + name.length).quote) };
  }
  const prefixText = text.slice(sub.start, c.cueStart);
  let indicator = '';
  let indStart = sub.start;
  if (!c.commit || c.unit !== 'count') {
    indicator = stripIndicator(prefixText, lex);
    indStart = sub.start + Math.max(0, prefixText.indexOf(indicator));
  }
  if (c.commit || (c.unit === 'count' && indicator === '') || indicator === '' || lex.scopeOnly.test(indicator)) {
    const obj = objectOf(text, c, sub, sentence);
    const objText = stripIndicator(text.slice(obj.start, obj.end), lex);
    if (c.commit && objText !== '') {
      indicator = objText;
      indStart = obj.start + text.slice(obj.start, obj.end).indexOf(objText);
    } else if (indicator === '' || lex.scopeOnly.test(indicator)) {
      // `至少1名合格村医`: nothing before the number names it; the counted thing after it does.
      const counted = c.unit === 'count' || c.unit === 'persons' || c.unit === 'beds';
      indicator = objText !== '' && !c.commit && counted ? objText : '';
      if (indicator) indStart = obj.start + text.slice(obj.start, obj.end).indexOf(objText);
    }
    // `县人民医院迁建项目投资4.2亿元`: nothing after the number; the verb belongs to the name.
    if (c.commit && objText === '' && c.cueStart > sub.start && (indicator === '' || c.unit.startsWith('yuan'))) {
      indicator = stripIndicator(text.slice(sub.start, c.numStart), lex);
      indStart = sub.start + text.slice(sub.start, c.numStart).indexOf(indicator);
    }
  }
  if (lead && indicator !== '' && indStart <= sub.start + 1 && !c.commit) {
    const head = stripIndicator(text.slice(lead.start, lead.end), lex);
    const headAt = text.indexOf(head, lead.start);
    return {
      indicator: head + indicator,
      indicatorZh: tidy(rawOf(ctx.doc, p.cleanStart, headAt, indStart + indicator.length).quote),
    };
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
  const marks = yearMarks(text, sentences, lex, ctx.facts);
  const r: Reading = { ctx, p, marks, carry, pastSection: ctx.facts.pastSections.has(p.sectionId) };
  let found = 0;
  let subject: string | null = null;
  const skip = (reason: string, s: number, e: number): void => skipAt(ctx, p.cleanStart, reason, s, e);
  for (const sent of sentences) {
    const label = LEADING_LABEL.exec(text.slice(sent.start, sent.end))?.[0].length ?? 0;
    const sentencePast = lex.pastOpener.test(text.slice(sent.start + label, sent.end));
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
              population: populationOf(item.indicator, lex),
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
        const names = distribute(indicator, text.slice(Math.max(sub.start, c.cueStart - 1), c.cueStart), lex);
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
            base_year: baseYearOf(r, text.slice(clause.start, c.numStart), t.year),
            target_year: t.year,
            start_year: t.startYear,
            aspirational: lex.aspirational.test(before),
            condition,
            scope: scope.text,
            population: populationOf(text.slice(clause.start, c.numStart), lex),
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

/**
 * Where a scope phrase may open: the sub-clause and its clause; the sentence's start too when the clause has no
 * subject of its own (`每个乡镇卫生院至少建设2个特色专科，配备1名全科医生`) and no `;` stands between.
 */
function scopeStarts(text: string, lex: TextContext['lex'], sub: number, clause: number, sentence: number): number[] {
  const own = text.slice(clause).replace(lex.leadWords, '');
  const subjectless = lex.commitAtStart.test(own) || new RegExp(`^${lex.atLeast.source}`).test(own);
  return subjectless && !text.slice(sentence, clause).includes(';') ? [sub, clause, sentence] : [sub, clause];
}

/** A commitment without a number in one clause (`实现…全覆盖`, `全部建成…`, `翻一番`): 1 when one was read. */
function readImplied(r: Reading, clause: Span, sent: Span, sentencePast: boolean, condition: string): number {
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
    scope: scope.text,
    population: populationOf(text.slice(clause.start, clause.end), lex),
    quote: span.quote,
    start: span.start,
    end: span.end,
    source_kind: 'text',
  });
  return 1;
}
