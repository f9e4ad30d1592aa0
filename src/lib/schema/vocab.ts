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
    /** A、B分别牵头: one alliance per lead, members not shared. */
    respectively_words_zh: words,
    /** Words that open the member list after the lead: 联合, 成员单位为. */
    member_openers_zh: someWords,
    /** A paragraph ending `成员单位如下：` opens a numbered member list. */
    member_list_intros_zh: words,
    /** A、B为成员单位. */
    member_roles_zh: words,
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
  }),
});
export type OrganisationRelationsFile = z.infer<typeof OrganisationRelationsFile>;

const wordsFor = z.strictObject({ comparator: Comparator, words: someWords });

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
  /** `力争有两家`: a count after the verb is a commitment when the sentence has one of the words. */
  possession: z.strictObject({ verb: text, commitments: someWords }),
  /** Words after a number: `90%以上`. */
  suffixes: z.array(wordsFor).min(1),
  /** Words before the number in a table cell: `≥86%`, `不低于55%`. */
  cell_prefixes: z.array(wordsFor).min(1),
  /** A clause ending in 的 with one of these is a condition (`总体转出率＞20%的`), not a target. */
  condition_signs: someWords,
  aspiration_words: someWords,
  /** `A、B控制率均达到60%`: these adverbs spread one value over a list of indicators. */
  spread_adverbs: someWords,
  respectively: z.strictObject({ marker: text, verbs: someWords }),
  indicator_lead_words: words,
  indicator_trail_words: words,
  indicator_base_year_markers: words,
  /** Words that say only how often or for whom (`每人`, `每年`): not an indicator name. */
  scope_words: words,
  not_quantity: z.strictObject({ ordinal_before: words, word_before: words }),
  years: z.strictObject({
    lead: words,
    year_end: words,
    month_end: words,
    deadline: words,
    base_year_markers: someWords,
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
