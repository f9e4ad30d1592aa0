// Commitments without a written number (data/vocab/TARGET_RULES.md, "Implied values"): `实现…全覆盖`,
// `覆盖全部乡镇卫生院`, `全部建成`, `所有县…实现…` are 100 percent; `翻一番` is an increase of 100 percent.
import type { Comparator } from '../../../src/lib/schema/targets.ts';
import type { CompiledLexicon } from './lexicon.ts';

export interface ImpliedValue {
  comparator: Comparator;
  value: number;
  /** Length of the clause text naming the commitment (from the clause start): the indicator. */
  nameEnd: number;
  /** What made it a target, for the explanation (`全覆盖`, `全部建成`, `翻一番`). */
  wording: string;
}

/** The implied value a clause (clean text, label and lead words removed by the caller) commits to, or null. */
export function impliedIn(clause: string, lex: CompiledLexicon): ImpliedValue | null {
  if (lex.impliedBlocker.test(clause)) return null;
  for (const [re, percent] of lex.multiples) {
    const m = re.exec(clause);
    if (m) return { comparator: 'increase', value: percent, nameEnd: m.index, wording: m[0] };
  }
  const full = lex.fullCoverage.exec(clause);
  if (full) {
    const before = clause.slice(0, full.index);
    const realise = lex.raw.implied.realise_verbs.some((v) => before.includes(v));
    return realise ? { comparator: 'eq', value: 100, nameEnd: full.index + full[0].length, wording: full[0] } : null;
  }
  const cover = lex.coverAll.exec(clause);
  if (cover) return { comparator: 'eq', value: 100, nameEnd: clause.length, wording: cover[0] };
  const all = lex.allVerb.exec(clause);
  if (all) return { comparator: 'eq', value: 100, nameEnd: clause.length, wording: all[0] };
  const word = lex.allWords.exec(clause);
  if (word) {
    const verb = lex.allVerbs.exec(clause.slice(word.index + word[0].length));
    if (verb) return { comparator: 'eq', value: 100, nameEnd: clause.length, wording: `${word[0]}…${verb[0]}` };
  }
  return null;
}
