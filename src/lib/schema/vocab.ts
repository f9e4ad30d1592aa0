// The hand-kept vocabularies in data/vocab/*.json: one schema per file, checked when the file is read.
import { z } from 'zod';
import { Comparator } from './targets.ts';

const text = z.string().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case (a-z, 0-9, _)');
const words = z.array(text);
const someWords = z.array(text).min(1, 'must list at least one');

/** Each entry's `key` is unique; each string of `listKey` belongs to one entry only. */
function uniqueIn<T extends Record<string, unknown>>(key: keyof T & string, listKey?: keyof T & string) {
  return (entries: T[], ctx: z.RefinementCtx): void => {
    const seen = new Map<unknown, number>();
    const owner = new Map<string, number>();
    entries.forEach((e, i) => {
      const prev = seen.get(e[key]);
      if (prev !== undefined)
        ctx.addIssue({ code: 'custom', path: [i, key], message: `duplicate ${key} (also entry ${prev})` });
      seen.set(e[key], i);
      if (!listKey) return;
      (e[listKey] as string[]).forEach((p, k) => {
        const other = owner.get(p);
        if (other !== undefined && other !== i)
          ctx.addIssue({
            code: 'custom',
            path: [i, listKey, k],
            message: `${p} also belongs to entry ${other} (${String(entries[other]?.[key])})`,
          });
        owner.set(p, i);
      });
    });
  };
}

function compiles(pattern: string, ctx: z.RefinementCtx): void {
  try {
    new RegExp(pattern, 'g');
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `bad pattern ${pattern}: ${(err as Error).message}` });
  }
}

export const NationalGoal = z.strictObject({
  comparator: z.enum(['ge', 'le']),
  value: z.number(),
  year: z.number().int(),
  /** Document number of the national document that sets the goal, e.g. 国卫基层函〔2019〕121号. */
  source: text,
});

export const IndicatorEntry = z.strictObject({
  indicator_id: id,
  name_zh: text,
  name_en: text,
  definition_en: text,
  group: id,
  /** Units a mention must have to take this id (tells 常驻人员 persons from 常驻人员 years). */
  units: someWords,
  patterns_zh: someWords,
  /** The indicator is itself defined per unit (each county hospital's partners): a per-unit scope (每个县…) keeps it. */
  per_unit: z.boolean().optional(),
  national_goal: NationalGoal.optional(),
});
export type IndicatorEntry = z.infer<typeof IndicatorEntry>;
export const IndicatorsFile = z.array(IndicatorEntry).superRefine(uniqueIn('indicator_id'));

export const PrincipleEntry = z.strictObject({
  principle_id: id,
  name_zh: text,
  name_en: text,
  definition_en: text,
  patterns_zh: someWords,
});
export type PrincipleEntry = z.infer<typeof PrincipleEntry>;
export const PrinciplesFile = z.array(PrincipleEntry).superRefine(uniqueIn('principle_id', 'patterns_zh'));

export const InstrumentEntry = z.strictObject({
  instrument_id: id,
  name_zh: text,
  name_en: text,
  definition_en: text,
  /** Regular expressions over the clean text (full-width punctuation folded: `，`→`,`, `；`→`;`). */
  patterns_zh: z.array(text.superRefine(compiles)).min(1, 'must list at least one'),
});
export type InstrumentEntry = z.infer<typeof InstrumentEntry>;
export const InstrumentsFile = z.array(InstrumentEntry).superRefine(uniqueIn('instrument_id'));

export const AllianceKindEntry = z.strictObject({
  kind_id: id,
  name_zh: text,
  name_en: text,
  terms_zh: someWords,
});
export type AllianceKindEntry = z.infer<typeof AllianceKindEntry>;
export const AllianceKindsFile = z.array(AllianceKindEntry).min(1).superRefine(uniqueIn('kind_id'));

export const OrganisationTypeEntry = z.strictObject({
  type_id: id,
  name_en: text,
  suffixes_zh: words,
  place_only_suffixes_zh: words.default([]),
  /** Suffixes that name one body on their own (卫生健康委员会), so need no qualifier to count as named. */
  standalone_suffixes_zh: words.default([]),
  requires_place: z.boolean().default(false),
  list_only: z.boolean().default(false),
});
export type OrganisationTypeEntry = z.infer<typeof OrganisationTypeEntry>;
export const OrganisationTypesFile = z.array(OrganisationTypeEntry).min(1).superRefine(uniqueIn('type_id'));

export const OrganisationAliasesFile = z.strictObject({
  $comment: z.string().optional(),
  aliases: z.array(z.strictObject({ short_zh: text, long_zh: text })),
});
export type OrganisationAliasesFile = z.infer<typeof OrganisationAliasesFile>;

export const OrganisationBoundariesFile = z.strictObject({
  $comment: z.string().optional(),
  stop_words_zh: words,
  joining_words_zh: words,
  generic_modifiers_zh: words,
  not_places_zh: words,
  bare_place_blockers_zh: words,
  titles_zh: words,
  committee_roles: z.array(z.strictObject({ role_zh: text, role_en: text })),
  /** Words containing a stop word that still belong inside a name (经济 in 经济和信息化局). */
  protected_words_zh: words.default([]),
  /** Place abbreviations written alone before a name (市, 县, 旗, 县(区)). */
  bare_places_zh: words,
  /** Words that end like a name but are not one (格局 ends in 局). */
  false_suffix_words_zh: words.default([]),
  /** Stop characters that also occur in transliterated names (阿门其日格); not cut inside a 、-list item. */
  name_chars_zh: words.default([]),
  /** 第三条县中医院: an item label 第<numeral><unit> before a name is no part of it (units 条, 章, 节, 款). */
  label_units_zh: words.default([]),
  /** Kinds (type_id) of body whose bracketed second name is the same body: 市卫生健康委员会（市中医药管理局）. */
  second_nameplate_types: words.default([]),
});
export type OrganisationBoundariesFile = z.infer<typeof OrganisationBoundariesFile>;

/** data/vocab/organisation-relations.json: the words of alliance and responsibility statements (EXTRACTION_RULES.md). */
export const OrganisationRelationsFile = z.strictObject({
  $comment: z.string().optional(),
  alliances: z.strictObject({
    /** 由X牵头, 以X为牵头医院. */
    lead_markers_zh: someWords,
    lead_verbs_zh: someWords,
    /** 由A和B共同牵头: several leads of one alliance. */
    joint_words_zh: words,
    /** 以X为<role>, X作为<role>. */
    lead_roles_zh: someWords,
    /** 依托X，联合A、B建设…: the body relied on leads. */
    lead_supports_zh: words,
    /** 牵头医院为X, 牵头医院：X (clean text: the colon folded to ASCII). */
    lead_is_words_zh: words,
    /** 牵头单位县人民医院: a lead word written straight before the name, at the start of a clause. */
    lead_is_bare_words_zh: words.default([]),
    /** A、B分别牵头: one alliance per lead, members not shared. */
    respectively_words_zh: words,
    /** Words that open the member list after the lead: 联合, 成员单位为. */
    member_openers_zh: someWords,
    /** A paragraph ending `成员单位如下：` opens a numbered member list. */
    member_list_intros_zh: words,
    /** 县人民医院医共体下辖A、B: words that open the members of an alliance named after its lead, besides 成员/包括. */
    named_member_openers_zh: words.default([]),
    /** 该医共体成员单位为…: words by which the next statement refers back to the alliance just formed. */
    reference_words_zh: words.default([]),
    /** A、B为成员单位. */
    member_roles_zh: words,
    /** 以A、B为分院: a marker before a list that a role closes; cut from the first member. */
    member_role_markers_zh: words.default([]),
    /** A、B加入X医共体, 将A划入X医共体: verbs by which members join an alliance named after its lead. */
    join_verbs_zh: words.default([]),
    /** 将A、B划入…: a marker before the joining list. */
    join_markers_zh: words.default([]),
    /** 不纳入医共体: a negation before the join verb; no edge. */
    join_negations_zh: words.default([]),
    /** Words that open a further member list in the same statement: 吸纳. */
    more_member_openers_zh: words,
    /** Words that close a member list besides a formation verb: 吸纳…参加. */
    list_end_words_zh: words,
    /** Kind terms so general (医联体) that a specific kind in the same sentence or paragraph wins. */
    generic_kind_terms_zh: words,
    formation_verbs_zh: someWords,
    /** X与Y组建…: an alliance whose lead is the subject. */
    subject_links_zh: words,
    /** `A、B等` (and 等单位, 等7家医疗卫生机构): the tail is cut; 甲等 is never a tail. */
    list_tail_words_zh: words,
    /** X与Y签订医联体合作协议: verbs of an agreement that forms the alliance it names. */
    agreement_verbs_zh: words.default([]),
    /** The agreement written straight after the kind (医联体合作协议); 医共体帮扶协议 forms nothing. */
    agreement_words_zh: words.default([]),
    /** Tiers of care, highest first (省/大学附属, 市, 县, 乡镇): of a pair X与Y, the higher one leads. */
    tier_words_zh: z.array(words).default([]),
    /** `A、B共3家`, `A、B（合计5家）`: words that end a list only before a count; the count is cut. */
    list_count_tail_words_zh: words.default([]),
    /** `A、B共同参与`: adverbs between a list and its role; cut from the last member. */
    list_trailing_adverbs_zh: words,
    /** `区域内A`: words before a member that only say where it is; cut from the member. */
    list_lead_words_zh: words,
    list_joiners_zh: words,
    /** 东湖街道、南湖街道社区卫生服务中心: a bare place ending in one of these takes the last member's institution. */
    shared_suffix_places_zh: words,
    /** 市人民医院心血管内科, 市人民医院远程医疗中心: a named body and one of its departments; the body leads. */
    department_words_zh: words,
    /** A member that is no named body but holds one of these is a category of institutions (全县11个乡镇卫生院). */
    institution_words_zh: someWords,
    /** Kinds of organisation (organisation-types.json) that can lead an alliance. */
    lead_types: z.array(id).min(1),
    table_lead_headers_zh: someWords,
    table_member_headers_zh: someWords,
    table_name_headers_zh: words,
    see_table_words_zh: words,
  }),
  responsibilities: z.strictObject({
    lead_markers_zh: someWords,
    lead_verbs_zh: someWords,
    /** X负责…，Y协助. */
    owner_verbs_zh: words,
    /** X会同Y、Z制定…: X leads, Y and Z are partners. */
    with_words_zh: words,
    /** X要牵头…, X应会同…: words between the agencies and the verb. */
    modal_words_zh: words,
    partner_verbs_zh: someWords,
    list_joiners_zh: words,
    /** 列第一位的为牵头单位: the plan says the first agency of each 责任单位 list leads, the others help. */
    first_lead_phrases_zh: words.optional(),
  }),
});
export type OrganisationRelationsFile = z.infer<typeof OrganisationRelationsFile>;

/** Words that give a comparator; with `units`, only for numbers in one of those units (`约` before a rate, not a headcount). */
const wordsFor = z.strictObject({
  comparator: Comparator,
  words: someWords,
  units: z.array(id).optional(),
  /** The indicator is named after the number, not before the cue (`按每人120元的标准给予补助` → 补助). */
  name_after: z.boolean().optional(),
});

/** data/vocab/target-lexicon.json: the words that make a number a target (rules in data/vocab/TARGET_RULES.md). */
export const TargetLexiconFile = z.strictObject({
  $comment: z.string().optional(),
  /** Words before a number, in order of precedence: the first list with a word ending the text before the number wins. */
  cues: z.array(wordsFor).min(1),
  /** Adverbs that may stand between a cue and its number; they are read as part of the cue. */
  cue_adverbs: words,
  /** Verbs that commit to building or doing a counted thing: `组建2个`. */
  commit_verbs: someWords,
  /** Verbs whose object may run across a comma (`分别组建由A、B牵头，…的2个医共体`). */
  founding_verbs: someWords,
  at_least: someWords,
  /** `至少与2家…`: an at-least word followed by one of these makes a commitment. */
  at_least_joiners: words,
  /** `每季度至少随访一次`: at most this many ideographs (a verb) between an at-least word and a counted number. */
  at_least_verb_gap: z.number().int().min(1),
  /** `过半数的乡镇卫生院`, `一半以上`: halves in words are this percent; `over_words` carry the bound (≥) themselves. */
  halves: z.strictObject({ percent: z.number(), words: words, over_words: words }),
  /** `为两个集团提供服务`: a count after one of `before` with one of `verbs` later in its clause counts recipients. */
  recipients: z.strictObject({ before: words, verbs: words }),
  /** `力争有两家`: a count after the verb is a commitment when the sentence has one of the words. */
  possession: z.strictObject({ verb: text, commitments: someWords }),
  /** Words after a number: `90%以上`. */
  suffixes: z.array(wordsFor).min(1),
  /** Words before the number in a table cell: `≥86%`, `不低于55%`. */
  cell_prefixes: z.array(wordsFor).min(1),
  /** A clause ending in 的 with one of these is a condition (`总体转出率＞20%的`), not a target. */
  condition_signs: someWords,
  /** A clause opening with one of these names a condition for the rest of its sentence (`条件成熟的县（市）…`). */
  condition_openers: words,
  /** Where a condition phrase opened by `condition_openers` ends: before one of these words. */
  condition_stops: words,
  aspiration_words: someWords,
  /** `A、B控制率均达到60%`: these adverbs spread one value over a list of indicators. */
  spread_adverbs: someWords,
  /** `分别`, and the words joining the values of a list (`4.5‰、6.0‰和12/10万`). */
  respectively: z.strictObject({ marker: text, list_joiners: someWords }),
  indicator_lead_words: words,
  indicator_trail_words: words,
  indicator_base_year_markers: words,
  /** Words that say only how often or for whom (`每人`, `每年`): not an indicator name. */
  scope_words: words,
  not_quantity: z.strictObject({
    ordinal_before: words,
    word_before: words,
    /** `达到6张以上的水平`: nouns after `…以上的` that make the bound a target, not a threshold picking out units. */
    goal_after: words,
    /** `不超过2000人`: a four-digit number followed by one of these measure words is a quantity, not a year. */
    measure_after_year_like: words.optional(),
  }),
  years: z.strictObject({
    lead: words,
    year_end: words,
    month_end: words,
    deadline: words,
    base_year_markers: someWords,
    /** `在2020年（的）基础上`: words after a year that make it the base of a change. */
    base_year_after: words,
    /** `由2020年的72%提高到…`: words before `YYYY年的` + a value that make the year and value the starting point. */
    base_value_markers: words,
    /** Words that may stand before a sentence-opening year: `力争到2021年底`. */
    sentence_openers: words,
  }),
  frequency: z.array(
    z.strictObject({
      frequency: id,
      words: someWords,
      /** `年增长10%`: 年 + one of these (not after a digit, 较 or 比). */
      yearly_changes: words,
    }),
  ),
  /** Measure words after a number and their units, longest first where one starts another. */
  units: z.array(z.strictObject({ word: text, unit: id })).min(1),
  /** `每千人口`: a count after one of these words is a rate per population. */
  per_population: z.array(z.strictObject({ unit: id, words: someWords })),
  /** A measure word whose unit depends on what is counted: `张` with `床` in the indicator counts beds. */
  units_in_context: z.array(z.strictObject({ word: text, context: someWords, unit: id })),
  /** `医护比达到1:1.3`: a ratio `1:X` (value X; `A:B` is read as 1:B/A). */
  ratio: z.strictObject({ unit: id, separators: someWords }),
  /** Characters after a number that never are its measure word (`90%以上的`, `3个县和`): an unknown unit is any other. */
  not_unit_chars: text,
  /** Named plan periods (`“十四五”期间`, `“十五五”时期`): the years they run, the end being the deadline. */
  periods: z.array(z.strictObject({ words: someWords, start: z.number().int(), end: z.number().int() })),
  /** Words after a period name that make it a deadline (`期间`, `末`); the name alone (`“十四五”规划`) is not one. */
  period_suffixes: someWords,
  /** `从2023年起`: a year followed by one of these starts something; it is not a deadline. */
  start_markers: someWords,
  /** `较上年`, `比上年`: the base year is the plan's year minus one. */
  previous_year_words: words,
  /** Words that make a sentence or clause report the past (截至2022年底…, 已建成98个, 累计培训…). */
  past: z.strictObject({
    /** A sentence opening with one of these (before a year) reports the past. */
    sentence_openers: someWords,
    /** One of these before a number in its clause makes the number a past statistic (已建成98个). */
    clause_words: someWords,
    /** A tally (累计培训…2.3万人次, 共有…7所): past unless a bound word makes it a requirement (每人累计不少于6个月). */
    tally_words: someWords,
    /** A section whose heading names one of these describes the starting point (发展基础, 基本情况). */
    section_headings: someWords,
    /** …unless its heading also names one of these (目标, 任务). */
    section_unless: words,
    /** A clause opening with one of these (今年要…) ends a sentence's report of the past: it speaks of the plan's year. */
    present_openers: words,
  }),
  /** `全覆盖`, `覆盖全部乡镇卫生院`, `全部建成`, `所有县…实现`: a commitment to 100% without a written number. */
  implied: z.strictObject({
    full_coverage: someWords,
    /** `实现…全覆盖`: full coverage counts only after one of these (`推进…全覆盖` is a direction, not a target). */
    realise_verbs: someWords,
    cover_verbs: someWords,
    all_words: someWords,
    all_verbs: someWords,
    /** Words that cancel it in the same clause (`未`, `全部由`…). */
    blockers: words,
    /** `翻一番`: an increase by a percentage the words imply. */
    multiples: z.array(z.strictObject({ words: someWords, percent: z.number() })),
  }),
  /** Scope of a target: per unit (`每个乡镇卫生院`), for each (`各县`), a subset (`其中三级医院`), a population. */
  scope: z.strictObject({
    /** A scope opening with one of these files no vocabulary indicator (a per-hospital count is no citywide rate). */
    per_unit: someWords,
    each: words,
    subset: words,
    /** Where a scope phrase ends: before one of these words. */
    scope_stops: someWords,
    populations: words,
    /** `65岁及以上老年人`: nouns after an age that name the population it defines. */
    age_nouns: words,
    /** `以县为单位`: a unit of account, kept as scope. */
    account_unit: z.strictObject({ open: text, close: text }),
  }),
  /** Words between a standard's number and what it pays for (`的标准给予补助` → 补助). */
  standard_fillers: words,
  /** A number and measure word followed by one of these defines a category (`90分以上为优秀`), not a target. */
  definition_after: words,
  /** Target tables: the header words of each column kind and the 属性 values. */
  table: z.strictObject({
    baseline_headers: someWords,
    /** `注：2020年为基期值`: these words after a year name it a baseline column. */
    baseline_notes: someWords,
    target_headers: someWords,
    indicator_headers: someWords,
    unit_headers: someWords,
    serial_headers: someWords,
    attribute_headers: someWords,
    attribute_values: z.array(z.strictObject({ word: text, binding: id })),
    /** Cells saying there is no value: `——`, `/`, `无`. */
    no_value_cells: someWords,
    /** Indicator words that make a bare number a percent (率, 占比, 比例). */
    rate_words: someWords,
  }),
});
export type TargetLexicon = z.infer<typeof TargetLexiconFile>;

/**
 * data/vocab/glossary.json: English names of the agencies and institutions the plans name, as written in them.
 * English pages show `en` with the Chinese in a tooltip; a name not listed is shown in Chinese (marked lang=zh).
 */
export const GlossaryFile = z.strictObject({
  $comment: z.string().optional(),
  terms: z
    .array(
      z.strictObject({ zh: text, en: text.regex(/^[^\u3400-\u9fff]*$/, 'must be English (no Chinese characters)') }),
    )
    .min(1)
    .superRefine(uniqueIn('zh')),
});
export type GlossaryFile = z.infer<typeof GlossaryFile>;

/** Every vocabulary file, by file name without .json (data/vocab/indicators.json → `indicators`). */
export const VOCABULARY_FILES = {
  indicators: IndicatorsFile,
  principles: PrinciplesFile,
  instruments: InstrumentsFile,
  'alliance-kinds': AllianceKindsFile,
  'organisation-types': OrganisationTypesFile,
  'organisation-aliases': OrganisationAliasesFile,
  'organisation-boundaries': OrganisationBoundariesFile,
  'organisation-relations': OrganisationRelationsFile,
  'target-lexicon': TargetLexiconFile,
  glossary: GlossaryFile,
} as const;

/** The vocabularies as the pipeline stages receive them: validated, as arguments (never read by a stage). */
export type Vocabularies = { -readonly [K in keyof typeof VOCABULARY_FILES]: z.output<(typeof VOCABULARY_FILES)[K]> };

/**
 * Where `npm run data` publishes the vocabularies as the pipeline reads them, one JSON object keyed like
 * VOCABULARY_FILES, relative to the data folder; the in-browser extractor (/extract/) fetches it.
 */
export const VOCABULARIES_FILE = 'vocab/vocabularies.json';

/** Published vocabularies (VOCABULARIES_FILE, parsed JSON) checked again, file by file; throws naming the first problem. */
export function parseVocabularies(json: unknown, source: string): Vocabularies {
  if (typeof json !== 'object' || json === null) throw new Error(`${source}: not a JSON object`);
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(VOCABULARY_FILES)) {
    const parsed = schema.safeParse((json as Record<string, unknown>)[name]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${source}: ${name}${issue?.path.length ? `[${issue.path.join('.')}]` : ''}: ${issue?.message ?? 'invalid'}`,
      );
    }
    out[name] = parsed.data;
  }
  return out as Vocabularies;
}
