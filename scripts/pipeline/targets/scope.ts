// Scope and population of a target: where it applies when narrower than the plan (`每个乡镇卫生院`, `各县（市）`,
// `其中三级医院`, `以县为单位`) and whom it is for (`重点人群`, `65岁及以上老年人`). Recorded verbatim in columns;
// a per-unit scope (`每个…`) keeps a count from being filed under a plan-wide indicator (data/vocab/TARGET_RULES.md).
import type { Span } from '../clauses.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { LEADING_LABEL } from './years.ts';

export interface Scope {
  /** Verbatim clean text of the scope phrase; '' when plan-wide. */
  text: string;
  /** The scope names one unit at a time (`每个…`, `每家…`): a count there is per unit, not plan-wide. */
  perUnit: boolean;
  /** `其中…`: a subset of what the previous target counted. */
  subset: boolean;
}

const NONE: Scope = { text: '', perUnit: false, subset: false };
const MAX_SCOPE = 16;

/** The scope phrase opening `s` (after a label and lead words), or null. */
function scopeAtStart(s: string, lex: CompiledLexicon): Scope | null {
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
  const text = t.slice(0, Math.min(end, MAX_SCOPE));
  if (text.length < 2) return null;
  return { text, perUnit, subset };
}

/** Scope of a target whose sub-clause, clause and sentence start at the given offsets (the nearest wins). */
export function scopeOf(text: string, starts: number[], numStart: number, sentence: Span, lex: CompiledLexicon): Scope {
  for (const at of starts) {
    const found = scopeAtStart(text.slice(at, numStart), lex);
    if (found) return found;
  }
  const { open, close } = lex.raw.scope.account_unit;
  const before = text.slice(sentence.start, numStart);
  const o = before.lastIndexOf(open);
  const c = o >= 0 ? before.indexOf(close, o) : -1;
  if (o >= 0 && c > o && c - o <= 8) return { text: before.slice(o, c + close.length), perUnit: false, subset: false };
  return NONE;
}

/** Population a target is for: a group word (`重点人群`) or an age group (`65岁及以上老年人`) before its number. */
export function populationOf(prefix: string, lex: CompiledLexicon): string {
  const nouns = lex.raw.scope.age_nouns.join('|');
  const age = nouns
    ? new RegExp(`(?:\\d+(?:[～~—-]\\d+)?|[一二三四五六七八九十]+)岁(?:及以上|以上|及以下|以下)?(?:${nouns})`).exec(
        prefix,
      )
    : null;
  if (age) return age[0];
  return lex.population.exec(prefix)?.[0] ?? '';
}
