// Scope and population of a target: where it applies when narrower than the plan (`每个乡镇卫生院`, `各县（市）`,
// `其中三级医院`, `以县为单位`) and whom it is for (`重点人群`, `65岁及以上老年人`). Recorded verbatim in columns;
// a per-unit scope (`每个…`) keeps a count from being filed under a plan-wide indicator (data/vocab/TARGET_RULES.md).
import type { Span } from '../clauses.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { LEADING_LABEL } from './years.ts';

export interface Scope {
  /** Clean text of the scope phrase; '' when plan-wide. */
  text: string;
  /** Where the phrase stands in the text read (clean offsets, for its raw quote); null when plan-wide. */
  span: Span | null;
  /** The scope names one unit at a time (`每个…`, `每家…`): a count there is per unit, not plan-wide. */
  perUnit: boolean;
  /** `其中…`: a subset of what the previous target counted. */
  subset: boolean;
}

const NONE: Scope = { text: '', span: null, perUnit: false, subset: false };
const MAX_SCOPE = 16;

/** The scope phrase opening `s` (after a label and lead words), its start in `s`, or null. */
function scopeAtStart(s: string, lex: CompiledLexicon): (Omit<Scope, 'span'> & { at: number }) | null {
  const labelled = s.replace(LEADING_LABEL, '');
  // `其中` is a lead word for the indicator's name, but for the scope it is the point.
  const subset = lex.subset.test(labelled);
  const t = subset ? labelled : labelled.replace(lex.leadWords, '').replace(/^在/, '');
  const perUnit = lex.perUnit.test(t);
  if (!perUnit && !subset && !lex.each.test(t)) return null;
  let end = t.search(/[,;:。\d]/);
  if (end < 0) end = t.length;
  const stop = lex.scopeStop.exec(t.slice(1, end));
  if (stop) end = Math.min(end, stop.index + 1);
  // A cue word (`保持在`, `不低于`) ends the scope too: what follows is the target itself.
  const cue = lex.cueAnywhere.exec(t.slice(2, end));
  if (cue) end = Math.min(end, cue.index + 2);
  // `各县（区）财政补助收入…`: a bracketed note closes the unit it follows, unless 的 carries the phrase on.
  const close = t.indexOf(')');
  if (!subset && close > 0 && close < end && t[close + 1] !== '的') end = close + 1;
  const text = t.slice(0, Math.min(end, MAX_SCOPE));
  if (text.length < 2) return null;
  return { text, at: s.length - t.length, perUnit, subset };
}

/** Scope of a target whose sub-clause, clause and sentence start at the given offsets (the nearest wins). */
export function scopeOf(text: string, starts: number[], numStart: number, sentence: Span, lex: CompiledLexicon): Scope {
  for (const at of starts) {
    const found = scopeAtStart(text.slice(at, numStart), lex);
    if (!found) continue;
    const start = at + found.at;
    const { text: phrase, perUnit, subset } = found;
    return { text: phrase, span: { start, end: start + phrase.length }, perUnit, subset };
  }
  const { open, close } = lex.raw.scope.account_unit;
  const before = text.slice(sentence.start, numStart);
  const o = before.lastIndexOf(open);
  const c = o >= 0 ? before.indexOf(close, o) : -1;
  if (o >= 0 && c > o && c - o <= 8) {
    const span = { start: sentence.start + o, end: sentence.start + c + close.length };
    return { text: before.slice(o, c + close.length), span, perUnit: false, subset: false };
  }
  return NONE;
}

/** Population a target is for: a group word (`重点人群`) or an age group (`65岁及以上老年人`) before its number. */
export function populationOf(prefix: string, lex: CompiledLexicon): string {
  const at = populationSpan(prefix, 0, prefix.length, lex);
  return at ? prefix.slice(at.start, at.end) : '';
}

/** Where the population of `text[from, to)` is named (offsets into `text`), or null. */
export function populationSpan(text: string, from: number, to: number, lex: CompiledLexicon): Span | null {
  const prefix = text.slice(from, to);
  const nouns = lex.raw.scope.age_nouns.join('|');
  const age = nouns
    ? new RegExp(`(?:\\d+(?:[～~—-]\\d+)?|[一二三四五六七八九十]+)岁(?:及以上|以上|及以下|以下)?(?:${nouns})`).exec(
        prefix,
      )
    : null;
  const m = age ?? lex.population.exec(prefix);
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}
