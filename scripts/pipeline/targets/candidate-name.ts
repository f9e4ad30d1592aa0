// The indicator a number names in running text: the words before its cue, the object of a counted commitment,
// what a standard pays for, or the subject carried from the clause before (data/vocab/TARGET_RULES.md, "Indicators").
import type { Span } from '../clauses.ts';
import type { Paragraph } from '../types.ts';
import type { Candidate } from './candidates.ts';
import { rawOf, type TextContext } from './context.ts';
import { objectOf, stripIndicator, tidy } from './indicator-name.ts';

/**
 * The indicator a candidate names: the words before its cue, else the object of a counted commitment, else the
 * subject. `lead` is the subject written before a parenthetical note (`医疗服务收入（不含药品…）占医疗收入比例`).
 */
export function nameOf(
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
