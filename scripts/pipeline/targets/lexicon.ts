// The target lexicon (data/vocab/target-lexicon.json) compiled into the patterns the target readers use.
// The words are data; the shapes around them (a year is four digits, a cue ends right before the number) are here.
import type { Comparator } from '../../../src/lib/schema/targets.ts';
import type { TargetLexicon } from '../../../src/lib/schema/vocab.ts';

/** A word list giving a comparator, for numbers in any unit (`units` null) or only in the units listed. */
export interface ComparatorWords {
  re: RegExp;
  comparator: Comparator;
  units: string[] | null;
  nameAfter: boolean;
}

export interface CompiledLexicon {
  raw: TargetLexicon;
  /** `到2021年底前`: groups 1 lead word, 2 the year (digits or 二〇二五), 3 year end, 4 deadline word. Global. */
  yearExpr: RegExp;
  /** `“十四五”期间`, `十五五末`: group 1 the period name. Global. */
  periodExpr: RegExp;
  /** Start and end year of a period name. */
  periods: Map<string, { start: number; end: number }>;
  /** `起`, `开始` right after a year expression. */
  startAfter: RegExp;
  /** `较2022年`, `在2020年的基础上`, `由2020年的`: the base year in the first group that matched. */
  baseYear: RegExp;
  /** `由2020年的72%`: a starting value written before the cue, not part of the indicator's name. */
  baseValueAtEnd: RegExp;
  /** `较上年`: the base year is the plan's year minus one. */
  previousYear: RegExp;
  /** The text before a sentence-opening year: empty or one opener (`力争`). */
  yearLead: RegExp;
  aspirational: RegExp;
  /** A commitment verb ending the text before a number. */
  commitAtEnd: RegExp;
  /** A commitment verb opening a clause (`培训在岗全科医生300人次`). */
  commitAtStart: RegExp;
  /** A commitment verb anywhere (its object may stand before the number: `新增三级医院2家`). Global. */
  commitAnywhere: RegExp;
  /** Cue words ending the text before a number, in order of precedence. */
  cues: ComparatorWords[];
  /** `按照每人每年不低于200元的标准给予…`: a name-after cue (按照) earlier in the clause than the comparator. */
  nameAfterOpeners: ComparatorWords[];
  cueGapAtEnd: RegExp;
  /** Any cue word, wherever it stands. */
  cueAnywhere: RegExp;
  /** Words starting the text after a number. */
  suffixes: ComparatorWords[];
  conditionSign: RegExp;
  /** `条件成熟的县（市）可…`: group 0 the condition phrase at the start of a clause. */
  conditionOpener: RegExp;
  atLeast: RegExp;
  atLeastJoinedAtEnd: RegExp;
  possessionAtEnd: RegExp;
  possessionVerb: string;
  commitments: RegExp;
  founding: RegExp;
  spreadAtEnd: RegExp;
  /** `分别达到`: the marker. */
  respectively: RegExp;
  leadWords: RegExp;
  trailWords: RegExp;
  baseYearAtEnd: RegExp;
  scopeOnly: RegExp;
  ordinalBeforeAtEnd: RegExp;
  /** `2024年底前`, `6月30日前`: a deadline ending the text before a number (its 前 is no rank). */
  deadlineAtEnd: RegExp;
  /** `到2024年底前`: a year expression opening an indicator's words (no part of the name). */
  yearAtStart: RegExp;
  /** `的水平`: after `…以上`, a goal noun, not the units a threshold picks out. */
  goalAfter: RegExp;
  wordBeforeAtEnd: RegExp;
  /** `2000人`: a measure word after a four-digit number makes it a quantity, not a year. */
  measureAfterYearLike: RegExp;
  frequency: [RegExp, string][];
  unitWord: RegExp;
  units: Map<string, string>;
  perPopulation: [RegExp, string][];
  cellPrefixes: ComparatorWords[];
  cellSuffixes: ComparatorWords[];
  /** Separators of a ratio `1:1.6`. */
  ratioSep: RegExp;
  notUnitChars: string;
  pastOpener: RegExp;
  /** `今年要…`: a clause opening that ends a sentence's report of the past. */
  presentOpener: RegExp;
  /** `过半数`, `过半` at the start: half, with its own bound (≥). */
  halfOver: RegExp;
  /** `一半`, `半数` at the start: half. */
  half: RegExp;
  /** `至少随访`: an at-least word and a verb of at most `at_least_verb_gap` ideographs ending the text. */
  atLeastGapAtEnd: RegExp;
  /** `为` ending the text before a count that a verb later in the clause (`提供`) makes a count of recipients. */
  recipientBeforeAtEnd: RegExp;
  recipientVerb: RegExp;
  pastClauseWord: RegExp;
  pastTally: RegExp;
  /** Words joining the values of a list (`、`, `和`). */
  listJoiner: RegExp;
  pastSection: RegExp;
  pastSectionUnless: RegExp;
  fullCoverage: RegExp;
  coverAll: RegExp;
  allVerb: RegExp;
  /** `所有` + a verb later in the clause. */
  allWords: RegExp;
  allVerbs: RegExp;
  impliedBlocker: RegExp;
  multiples: [RegExp, number][];
  perUnit: RegExp;
  each: RegExp;
  subset: RegExp;
  scopeStop: RegExp;
  population: RegExp;
  definitionAfter: RegExp;
  standardFillers: RegExp;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The words as one alternation, in the order written; an empty list matches nothing. */
export const alt = (words: readonly string[]): string => (words.length === 0 ? '(?!)' : words.map(escape).join('|'));

const compiled = new WeakMap<TargetLexicon, CompiledLexicon>();

function groups(list: TargetLexicon['cues'], shape: (a: string) => string): ComparatorWords[] {
  return list.map((g) => ({
    re: new RegExp(shape(alt(g.words))),
    comparator: g.comparator,
    units: g.units ?? null,
    nameAfter: g.name_after ?? false,
  }));
}

/** Patterns of a lexicon, built once per lexicon object. */
export function compileLexicon(lex: TargetLexicon): CompiledLexicon {
  const hit = compiled.get(lex);
  if (hit) return hit;
  const y = lex.years;
  const periodWords = lex.periods.flatMap((p) => p.words);
  const year = `(?:\\d{4}|[〇零一二三四五六七八九]{4})年`;
  const monthDay = `(?:\\d{1,2}月(?:${alt(y.month_end)})?)?(?:\\d{1,2}[日号])?`;
  const c: CompiledLexicon = {
    raw: lex,
    yearExpr: new RegExp(
      `(${alt(y.lead)})?(\\d{4}|[〇零一二三四五六七八九]{4})年(${alt(y.year_end)})?(?:\\d{1,2}月(?:${alt(y.month_end)})?)?(${alt(y.deadline)})?`,
      'g',
    ),
    periodExpr: new RegExp(`(${alt(y.lead)})?[“"']?(${alt(periodWords)})[”"']?(?:${alt(lex.period_suffixes)})`, 'g'),
    periods: new Map(lex.periods.flatMap((p) => p.words.map((w) => [w, { start: p.start, end: p.end }] as const))),
    startAfter: new RegExp(`^(?:${alt(lex.start_markers)})`),
    baseYear: new RegExp(
      `(?:${alt(y.base_year_markers)})(\\d{4})年|(?<![\\d])(\\d{4})年(?=${alt(y.base_year_after)})|(?:${alt(y.base_value_markers)})(\\d{4})年(?:底|末)?的`,
    ),
    previousYear: new RegExp(alt(lex.previous_year_words)),
    baseValueAtEnd: new RegExp(`(?:${alt(y.base_value_markers)})(?:\\d{4}年(?:底|末)?的)?[\\d.]+[^\\d]{0,5}$`),
    yearLead: new RegExp(`^(?:${alt(y.sentence_openers)})?$`),
    aspirational: new RegExp(alt(lex.aspiration_words)),
    commitAtEnd: new RegExp(`(${alt(lex.commit_verbs)})$`),
    commitAtStart: new RegExp(`^(?:${alt(lex.commit_verbs)})`),
    commitAnywhere: new RegExp(`(${alt(lex.commit_verbs)})`, 'g'),
    cues: groups(lex.cues, (a) => `(${a})$`),
    nameAfterOpeners: groups(
      lex.cues.filter((g) => g.name_after === true),
      (a) => `(?:${a})`,
    ),
    cueGapAtEnd: new RegExp(`(?:${alt(lex.cue_adverbs)})$`),
    cueAnywhere: new RegExp(alt(lex.cues.flatMap((g) => g.words))),
    suffixes: groups(lex.suffixes, (a) => `^(?:${a})`),
    conditionSign: new RegExp(alt(lex.condition_signs)),
    conditionOpener: new RegExp(
      `^(?:${alt(lex.condition_openers)})[^,;:。]{1,14}?(?=${alt(lex.condition_stops)}|[,;:。]|$)`,
    ),
    atLeast: new RegExp(`(${alt(lex.at_least)})`),
    atLeastJoinedAtEnd: new RegExp(`(${alt(lex.at_least)})(?:${alt(lex.at_least_joiners)})$`),
    possessionAtEnd: new RegExp(`${escape(lex.possession.verb)}$`),
    possessionVerb: lex.possession.verb,
    commitments: new RegExp(alt(lex.possession.commitments)),
    founding: new RegExp(`(${alt(lex.founding_verbs)})`),
    spreadAtEnd: new RegExp(`(?:${alt(lex.spread_adverbs)})$`),
    respectively: new RegExp(escape(lex.respectively.marker)),
    leadWords: new RegExp(`^(?:${alt(lex.indicator_lead_words)})+`),
    trailWords: new RegExp(`(?:${alt(lex.indicator_trail_words)})+$`),
    baseYearAtEnd: new RegExp(
      `(?:(?:${alt(lex.indicator_base_year_markers)})(?:\\d{4}年?|上一?年|去年)(?:相比)?|在\\d{4}年(?:${alt(y.base_year_after)}))$`,
    ),
    scopeOnly: new RegExp(`^(?:${alt(lex.scope_words)})*$`),
    ordinalBeforeAtEnd: new RegExp(`(?:${alt(lex.not_quantity.ordinal_before)})$`),
    deadlineAtEnd: new RegExp(
      `(?:${year}(?:${alt(y.year_end)})?${monthDay}|年(?:${alt(y.month_end)})|\\d{1,2}月(?:${alt(y.month_end)})?(?:\\d{1,2}[日号])?|\\d{1,2}[日号])(?:${alt(y.deadline)})$`,
    ),
    yearAtStart: new RegExp(`^(?:${alt(y.lead)})?${year}(?:${alt(y.year_end)})?${monthDay}(?:${alt(y.deadline)})?`),
    goalAfter: new RegExp(`^的(?:${alt(lex.not_quantity.goal_after)})`),
    wordBeforeAtEnd: new RegExp(`(?:${alt(lex.not_quantity.word_before)})$`),
    measureAfterYearLike: new RegExp(`^(?:${alt(lex.not_quantity.measure_after_year_like ?? []) || '(?!)'})`),
    frequency: lex.frequency.map((f) => [
      new RegExp(
        f.yearly_changes.length > 0
          ? `${alt(f.words)}|(?<![\\d较比上去同])年(?:${alt(f.yearly_changes)})`
          : alt(f.words),
      ),
      f.frequency,
    ]),
    unitWord: new RegExp(`^(${alt(lex.units.map((u) => u.word))})`),
    units: new Map(lex.units.map((u) => [u.word, u.unit])),
    perPopulation: lex.per_population.map((p) => [new RegExp(alt(p.words)), p.unit]),
    cellPrefixes: groups(lex.cell_prefixes, (a) => `^(?:${a})`),
    cellSuffixes: groups(lex.suffixes, (a) => `^(?:${a})$`),
    ratioSep: new RegExp(`^(?:${alt(lex.ratio.separators)})`),
    notUnitChars: lex.not_unit_chars,
    pastOpener: new RegExp(`^(?:${alt(lex.past.sentence_openers)})`),
    presentOpener: new RegExp(`^(?:${alt(lex.past.present_openers)})`),
    // `过半年`, `一半天`: a half of a time span is no share.
    halfOver: new RegExp(`^(?:${alt(lex.halves.over_words)})(?![年月天日时小个])`),
    half: new RegExp(`^(?:${alt(lex.halves.words)})(?![年月天日时小个])`),
    atLeastGapAtEnd: new RegExp(`(?:${alt(lex.at_least)})([\\u4e00-\\u9fff]{1,${lex.at_least_verb_gap}})$`),
    recipientBeforeAtEnd: new RegExp(`(?:${alt(lex.recipients.before)})$`),
    recipientVerb: new RegExp(alt(lex.recipients.verbs)),
    pastClauseWord: new RegExp(alt(lex.past.clause_words)),
    pastTally: new RegExp(alt(lex.past.tally_words)),
    listJoiner: new RegExp(`^(?:${alt(lex.respectively.list_joiners)})`),
    pastSection: new RegExp(alt(lex.past.section_headings)),
    pastSectionUnless: new RegExp(alt(lex.past.section_unless)),
    fullCoverage: new RegExp(alt(lex.implied.full_coverage)),
    coverAll: new RegExp(`(?:${alt(lex.implied.cover_verbs)})(?:${alt(lex.implied.all_words)})`),
    allVerb: new RegExp(`(?:${alt(lex.implied.all_words)})(?:${alt(lex.implied.all_verbs)})`),
    allWords: new RegExp(alt(lex.implied.all_words)),
    allVerbs: new RegExp(alt(lex.implied.all_verbs)),
    impliedBlocker: new RegExp(alt(lex.implied.blockers)),
    multiples: lex.implied.multiples.map((m) => [new RegExp(alt(m.words)), m.percent]),
    perUnit: new RegExp(`^(?:${alt(lex.scope.per_unit)})`),
    each: new RegExp(`^(?:${alt(lex.scope.each)})`),
    subset: new RegExp(`^(?:${alt(lex.scope.subset)})`),
    scopeStop: new RegExp(alt(lex.scope.scope_stops)),
    population: new RegExp(alt(lex.scope.populations)),
    definitionAfter: new RegExp(`^(?:${alt(lex.definition_after)})`),
    standardFillers: new RegExp(`^(?:${alt(lex.standard_fillers)})+`),
  };
  compiled.set(lex, c);
  return c;
}

/** The first group whose words match and whose units (if any) include `unit`. */
export function comparatorOf(
  list: ComparatorWords[],
  text: string,
  unit: string,
): { comparator: Comparator; length: number; nameAfter: boolean } | null {
  for (const g of list) {
    if (g.units && !g.units.includes(unit)) continue;
    const m = g.re.exec(text);
    if (m) return { comparator: g.comparator, length: m[0].length, nameAfter: g.nameAfter };
  }
  return null;
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

/** A count whose measure word names what is counted in context: `张` with `床` in `context` counts beds. */
export function unitInContext(measure: string, unit: string, context: string, lex: CompiledLexicon): string {
  const hit = lex.raw.units_in_context.find(
    (u) => measure.startsWith(u.word) && u.context.some((w) => context.includes(w)),
  );
  return hit ? hit.unit : unit;
}

/** An unknown measure word written right after a number (`5艘`): one ideograph that is no function word, or null. */
export function unknownMeasure(after: string, lex: CompiledLexicon): string | null {
  const ch = after[0];
  if (ch === undefined || !/[\u4e00-\u9fff]/.test(ch) || lex.notUnitChars.includes(ch)) return null;
  return ch;
}
