// The target lexicon (data/vocab/target-lexicon.json) compiled into the patterns the target readers use.
// The words are data; the shapes around them (a year is four digits, a cue ends right before the number) are here.
import type { Comparator } from '../../../src/lib/schema/targets.ts';
import type { TargetLexicon } from '../../../src/lib/schema/vocab.ts';

export interface CompiledLexicon {
  /** `到2021年底前`: groups 1 lead word, 2 the year (digits or 二〇二五). Global. */
  yearExpr: RegExp;
  /** `较2022年`: group 1 the base year. */
  baseYear: RegExp;
  /** The text before a sentence-opening year: empty or one opener (`力争`). */
  yearLead: RegExp;
  aspirational: RegExp;
  /** A commitment verb ending the text before a number. */
  commitAtEnd: RegExp;
  /** Cue words ending the text before a number, by comparator, in order of precedence. */
  cues: [RegExp, Comparator][];
  cueGapAtEnd: RegExp;
  /** Words starting the text after a number. */
  suffixes: [RegExp, Comparator][];
  conditionSign: RegExp;
  atLeast: RegExp;
  atLeastJoinedAtEnd: RegExp;
  possessionAtEnd: RegExp;
  possessionVerb: string;
  commitments: RegExp;
  founding: RegExp;
  spreadAtEnd: RegExp;
  /** `分别达到`: group 1 the verb, if any. */
  respectively: RegExp;
  leadWords: RegExp;
  trailWords: RegExp;
  baseYearAtEnd: RegExp;
  scopeOnly: RegExp;
  ordinalBeforeAtEnd: RegExp;
  wordBeforeAtEnd: RegExp;
  frequency: [RegExp, string][];
  unitWord: RegExp;
  units: Map<string, string>;
  perPopulation: [RegExp, string][];
  cellPrefixes: [RegExp, Comparator][];
  cellSuffixes: [RegExp, Comparator][];
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The words as one alternation, in the order written; an empty list matches nothing. */
const alt = (words: readonly string[]): string => (words.length === 0 ? '(?!)' : words.map(escape).join('|'));

const compiled = new WeakMap<TargetLexicon, CompiledLexicon>();

/** Patterns of a lexicon, built once per lexicon object. */
export function compileLexicon(lex: TargetLexicon): CompiledLexicon {
  const hit = compiled.get(lex);
  if (hit) return hit;
  const y = lex.years;
  const c: CompiledLexicon = {
    yearExpr: new RegExp(
      `(${alt(y.lead)})?(\\d{4}|[〇零一二三四五六七八九]{4})年(${alt(y.year_end)})?(?:\\d{1,2}月(?:${alt(y.month_end)})?)?(${alt(y.deadline)})?`,
      'g',
    ),
    baseYear: new RegExp(`(?:${alt(y.base_year_markers)})(\\d{4})年`),
    yearLead: new RegExp(`^(?:${alt(y.sentence_openers)})?$`),
    aspirational: new RegExp(alt(lex.aspiration_words)),
    commitAtEnd: new RegExp(`(${alt(lex.commit_verbs)})$`),
    cues: lex.cues.map((g) => [new RegExp(`(${alt(g.words)})$`), g.comparator]),
    cueGapAtEnd: new RegExp(`(?:${alt(lex.cue_adverbs)})$`),
    suffixes: lex.suffixes.map((g) => [new RegExp(`^(?:${alt(g.words)})`), g.comparator]),
    conditionSign: new RegExp(alt(lex.condition_signs)),
    atLeast: new RegExp(`(${alt(lex.at_least)})`),
    atLeastJoinedAtEnd: new RegExp(`(${alt(lex.at_least)})(?:${alt(lex.at_least_joiners)})$`),
    possessionAtEnd: new RegExp(`${escape(lex.possession.verb)}$`),
    possessionVerb: lex.possession.verb,
    commitments: new RegExp(alt(lex.possession.commitments)),
    founding: new RegExp(`(${alt(lex.founding_verbs)})`),
    spreadAtEnd: new RegExp(`(?:${alt(lex.spread_adverbs)})$`),
    respectively: new RegExp(`${escape(lex.respectively.marker)}(${alt(lex.respectively.verbs)})?`),
    leadWords: new RegExp(`^(?:${alt(lex.indicator_lead_words)})+`),
    trailWords: new RegExp(`(?:${alt(lex.indicator_trail_words)})+$`),
    baseYearAtEnd: new RegExp(`(?:${alt(lex.indicator_base_year_markers)})\\d{4}年?(?:相比)?$`),
    scopeOnly: new RegExp(`^(?:${alt(lex.scope_words)})*$`),
    ordinalBeforeAtEnd: new RegExp(`(?:${alt(lex.not_quantity.ordinal_before)})$`),
    wordBeforeAtEnd: new RegExp(`(?:${alt(lex.not_quantity.word_before)})$`),
    frequency: lex.frequency.map((f) => [
      new RegExp(
        f.yearly_changes.length > 0 ? `${alt(f.words)}|(?<![\\d较比])年(?:${alt(f.yearly_changes)})` : alt(f.words),
      ),
      f.frequency,
    ]),
    unitWord: new RegExp(`^(${alt(lex.units.map((u) => u.word))})`),
    units: new Map(lex.units.map((u) => [u.word, u.unit])),
    perPopulation: lex.per_population.map((p) => [new RegExp(alt(p.words)), p.unit]),
    cellPrefixes: lex.cell_prefixes.map((g) => [new RegExp(`^(?:${alt(g.words)})`), g.comparator]),
    cellSuffixes: lex.suffixes.map((g) => [new RegExp(`^(?:${alt(g.words)})$`), g.comparator]),
  };
  compiled.set(lex, c);
  return c;
}

/** The unit a measure word at the start of `word` stands for (`个` → count, `人次` → person_times), or null. */
export function unitOfMeasure(word: string, lex: CompiledLexicon): string | null {
  const m = lex.unitWord.exec(word);
  return m ? (lex.units.get(m[1] as string) ?? null) : null;
}

/** Length of the measure word unitOfMeasure recognised at the start of `word` (0 when none). */
export function measureLength(word: string, lex: CompiledLexicon): number {
  return lex.unitWord.exec(word)?.[1]?.length ?? 0;
}

/** The unit a rate per population takes when one of its words (`每千人口`) is in `text`, or null. */
export function perPopulationUnit(text: string, lex: CompiledLexicon): string | null {
  return lex.perPopulation.find(([re]) => re.test(text))?.[1] ?? null;
}
