// Value lists: `县域就诊率、基层就诊率分别达到90%、65%`, `到2022年和2030年，…分别不低于24%和32%`,
// `…达到36%及以上和40%及以上` pair a list of indicators (or of years in the sentence) with a list of values, in
// order; `年度支付限额分别为每人500元和800元` gives one target per value (data/vocab/TARGET_RULES.md, "分别 lists").
import type { Comparator } from '../../../src/lib/schema/targets.ts';
import type { Span } from '../clauses.ts';
import { cueBefore, numberAt, unitAfter } from './candidates.ts';
import { notAQuantity } from './not-quantity.ts';
import { comparatorOf, type CompiledLexicon } from './lexicon.ts';
import { stripIndicator } from './indicator-name.ts';
import type { YearMark } from './years.ts';

export interface ListValue {
  value: number;
  valueMax: number | null;
  unit: string;
  unknownUnit: boolean;
  /** Own qualifier (`36%及以上`), if any. */
  suffix: Comparator | null;
  start: number;
  /** After number, unit and qualifier. */
  end: number;
}

export interface ListReading {
  /** Clean span the list's quote covers (from its subject to its last value). */
  span: Span;
  items: { indicator: string; indicatorStart: number; year: number | null; byYear: boolean; v: ListValue }[];
  comparatorOf: (v: ListValue) => Comparator;
}

/** One value of a list at `i`, or null. */
function valueAt(text: string, i: number, end: number, lex: CompiledLexicon): ListValue | null {
  const r = numberAt(text, i, lex);
  if (!r || r.end > end || notAQuantity(text, r, lex)) return null;
  const u = unitAfter(text, r, end, lex);
  const sfx = comparatorOf(lex.suffixes, text.slice(u.end, end), u.unit);
  return {
    value: r.value,
    valueMax: r.valueMax,
    unit: u.unit,
    unknownUnit: u.unknown,
    suffix: sfx?.comparator ?? null,
    start: r.start,
    end: u.end + (sfx?.length ?? 0),
  };
}

/** The first run of two or more values joined by list words (`4.5‰、6.0‰和12/10万`) in a clause, or null. */
export function valueRun(text: string, clause: Span, lex: CompiledLexicon): ListValue[] | null {
  for (let i = clause.start; i < clause.end; i++) {
    if (i > clause.start && /[0-9.]/.test(text[i - 1] ?? '')) continue;
    const first = valueAt(text, i, clause.end, lex);
    if (!first) continue;
    const run = [first];
    for (;;) {
      const last = run[run.length - 1] as ListValue;
      const j = lex.listJoiner.exec(text.slice(last.end, clause.end));
      const next = j ? valueAt(text, last.end + j[0].length, clause.end, lex) : null;
      if (!next) break;
      run.push(next);
    }
    if (run.length >= 2) return run;
    i = first.end - 1;
  }
  return null;
}

/** Read a clause holding a value list into one reading per value; null when the clause holds no paired list. */
export function readList(
  text: string,
  clause: Span,
  sentence: Span,
  marks: YearMark[],
  lex: CompiledLexicon,
): ListReading | null {
  const run = valueRun(text, clause, lex);
  if (!run) return null;
  const first = run[0] as ListValue;
  const last = run[run.length - 1] as ListValue;
  const prefix = text.slice(clause.start, first.start);
  const cue = cueBefore(prefix, lex, first.unit);
  if (!cue || cue.commit) return null;
  let subjectText = prefix.slice(0, prefix.length - cue.len);
  const marked = lex.respectively.test(subjectText);
  subjectText = subjectText.replace(new RegExp(`${lex.respectively.source}$`), '');
  const years = marks
    .filter((m) => m.pos >= sentence.start && m.pos < first.start && m.year !== null && !m.past)
    .map((m) => m.year as number);
  // Years written in the subject (`县域内就诊率2024年、2025年`) are not part of the name.
  const subject = stripIndicator(subjectText.replace(/(?:到|至)?\d{4}年(?:底|末)?[、和]?/g, ''), lex);
  const items = splitItems(subject);
  const byYear = years.length === run.length;
  const byItem = !byYear && items.length === run.length;
  if (!byYear && !byItem && !(marked && items.length === 1)) return null;
  const subjectAt = text.indexOf(subject, clause.start);
  const base = cue.comparator;
  return {
    span: { start: subjectAt >= 0 ? subjectAt : clause.start, end: last.end },
    items: run.map((v, k) => {
      const indicator = byItem ? (items[k] as string) : subject;
      const at = text.indexOf(indicator, clause.start);
      const value = v.unit === '' ? { ...v, unit: last.unit, unknownUnit: last.unknownUnit } : v;
      return { indicator, indicatorStart: at, year: byYear ? (years[k] as number) : null, byYear, v: value };
    }),
    // A qualifier (its own, else the last value's) sets the bound, except on a change (`增长10%以上`).
    comparatorOf: (v) => {
      if (v.valueMax !== null) return 'range';
      if (base === 'increase' || base === 'decrease') return base;
      return v.suffix ?? last.suffix ?? base;
    },
  };
}

/** `A、B和C` → [A, B, C]; a 、 inside brackets does not split (`县（市、区）`). */
function splitItems(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(' || ch === '（') depth++;
    if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、和及]/.test(ch)) {
      if (cur !== '') out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out;
}
