// The gold format of the evaluation: one `<name>.gold.json` beside each plan (eval/README.md describes every field).
import { z } from 'zod';

/** Phenomena a plan, a target or an alliance exercises (issue 14 §1–§11); per-phenomenon recall is reported on them. */
export const PHENOMENA = [
  // §1 structure
  'no-outline',
  'short-notice',
  'cover-notice',
  'yishi-list',
  'numbered-list',
  'paren-list',
  'circled-list',
  'bullet-list',
  'articles',
  'chapters',
  'markdown-headings',
  'web-chrome',
  'breadcrumbs',
  'truncated',
  'mixed-bracket-width',
  // §2 tables
  'table-pipe',
  'table-flat',
  'table-tsv',
  'table-indicator',
  'year-columns',
  'unit-column',
  'shifted-row',
  'cell-lt',
  'cell-le',
  'cell-gt',
  'cell-ge',
  'cell-bare',
  'text-table-restated',
  // §3 comparators
  'cmp-reach',
  'cmp-at-least',
  'cmp-keep',
  'cmp-within',
  'cmp-reduce-to',
  'cmp-approx',
  'cmp-range',
  'cmp-pp-change',
  'cmp-growth',
  'cmp-double',
  'respectively-years',
  'respectively-indicators',
  'distributed',
  'aspiration',
  // §4 units and numbers
  'unit-percent',
  'unit-percent-fullwidth',
  'unit-percent-small',
  'unit-percent-words',
  'unit-per-mille',
  'unit-per-myriad',
  'unit-per-100k',
  'unit-per-1000-pop',
  'unit-per-10000-pop',
  'unit-ratio',
  'unit-age',
  'unit-money',
  'unit-count',
  'unit-persons',
  'unit-time',
  'unit-km',
  'num-chinese',
  'num-fullwidth',
  'num-wan-scale',
  'num-decimal-as-written',
  // §5 years
  'year-by',
  'year-before-end',
  'year-14th-fyp',
  'year-15th-fyp',
  'year-vision',
  'year-from-title',
  'year-from-start',
  'year-sentence-opening',
  'year-lead-in',
  'year-heading',
  'year-table-column',
  'year-chinese',
  'year-none',
  // §6 commitments without numerals
  'implied-full-coverage',
  'milestone',
  // §7 scope and qualifiers
  'scope-per-unit',
  'scope-average',
  'scope-per-year',
  'scope-condition',
  'scope-population',
  'scope-subset',
  // §9 alliances and responsibilities
  'alliance-prose',
  'alliance-members-are',
  'alliance-included',
  'alliance-joint',
  'alliance-lead-hospital',
  'alliance-pair',
  'alliance-city-group',
  'alliance-specialist',
  'alliance-two-leads',
  'alliance-telemedicine',
  'alliance-table',
  'alliance-shared-suffix',
  'resp-prose',
  'resp-table',
  // §10 organisation names
  'org-longest-form',
  'org-short-long',
  'org-bracket-width',
  // §11 indicators
  'indicator-unknown',
] as const;
export const Phenomenon = z.enum(PHENOMENA);
export type Phenomenon = z.infer<typeof Phenomenon>;

/** Why a number in the text is not a target (issue 14 §8, plus baselines and present facts). */
export const NOT_TARGET_REASONS = [
  'doc-number',
  'date',
  'ordinal',
  'phone',
  'population-age',
  'cited-title',
  'past-statistic',
  'present-fact',
  'baseline-column',
  'category',
  'web-chrome',
  'period-name',
  'cut-off',
] as const;
export const NotTargetReason = z.enum(NOT_TARGET_REASONS);

/** Unit codes: the pipeline's (scripts/pipeline/parse-number.ts) plus the ones proposed in eval/README.md. */
export const UNITS = [
  'percent',
  'percentage_points',
  'per_mille',
  'per_myriad',
  'per_100000',
  'per_1000',
  'per_10000',
  'ratio',
  'age_years',
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'km',
  'yuan',
  'yuan_10k',
  'yuan_100m',
  'persons',
  'person_times',
  'times',
  'beds',
  'count',
  '',
] as const;
export const Unit = z.enum(UNITS);

export const Comparator = z.enum(['ge', 'le', 'eq', 'approx', 'range', 'increase', 'decrease']);

export const ALLIANCE_KINDS = [
  'county_medical_community',
  'tier3_tier2_alliance',
  'specialist_alliance',
  'city_medical_group',
  'telemedicine_network',
  'regional_medical_alliance',
] as const;

/** One written form, or several acceptable forms (short/long names, indicator wordings). */
export const Alternatives = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
export type Alternatives = z.infer<typeof Alternatives>;

export const GoldTarget = z
  .object({
    indicator: Alternatives.describe('A Chinese substring the extracted indicator_zh must contain (or alternatives)'),
    indicator_id: z.string().optional().describe('Id in data/vocab/indicators.json when the vocabulary should know it'),
    quote: z.string().min(1).describe('Verbatim text (a substring of the plan) where the target stands'),
    value: z.number(),
    value_max: z.number().nullable().default(null),
    unit: Unit,
    comparator: Comparator,
    target_year: z.number().int().nullable(),
    base_year: z.number().int().nullable().optional(),
    frequency: z.enum(['per_year', 'per_month', 'per_week']).optional(),
    implied: z.boolean().default(false).describe('Value implied by wording (全覆盖, 全部, 翻一番), not written'),
    core: z.boolean().describe('A headline quantified target a journalist would chart (rule in eval/README.md)'),
    scope: z.string().optional().describe('Scope or qualifier as written (每个乡镇卫生院, 重点人群, 条件成熟的县)'),
    phenomena: z.array(Phenomenon).default([]),
    note: z.string().optional(),
  })
  .strict();
export type GoldTarget = z.infer<typeof GoldTarget>;

export const GoldNotTarget = z
  .object({
    quote: z.string().min(1).describe('Verbatim text, unique in the plan'),
    reason: NotTargetReason,
    value: z.number().optional().describe('When given, only an extracted row with this value counts as taking it'),
  })
  .strict();

export const GoldAlliance = z
  .object({
    kind: z.enum(ALLIANCE_KINDS),
    leads: z.array(Alternatives).min(1),
    members: z.array(Alternatives).min(1),
    quote: z.string().min(1).optional(),
    phenomena: z.array(Phenomenon).default([]),
  })
  .strict();

export const GoldResponsibility = z
  .object({
    task: Alternatives.describe('Substring of the extracted task_zh or quote (or alternatives)'),
    leads: z.array(Alternatives).default([]),
    partners: z.array(Alternatives).default([]),
    phenomena: z.array(Phenomenon).default([]),
  })
  .strict();

export const GoldMilestone = z
  .object({
    task: z.string().min(1).describe('Substring of the extracted name_zh or quote'),
    quote: z.string().min(1),
    due: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)
      .describe('YYYY or YYYY-MM the milestone is due'),
  })
  .strict();

export const GoldDocument = z
  .object({
    title_contains: z.string().optional(),
    doc_number: z.string().nullable().optional(),
    complete: z.boolean().optional(),
  })
  .strict();

export const Gold = z
  .object({
    description: z.string().min(1),
    genre: z.string().min(1),
    refuse: z.boolean(),
    refusal_contains: z.string().optional().describe('Expected words on stderr when refused'),
    notes: z.array(z.string()).default([]).describe('Codes expected in document_notes (truncated, no-outline, …)'),
    phenomena: z.array(Phenomenon).default([]).describe('Document-level phenomena, inherited by every item'),
    document: GoldDocument.optional(),
    targets: z.array(GoldTarget).default([]),
    not_targets: z.array(GoldNotTarget).default([]),
    alliances: z.array(GoldAlliance).default([]),
    responsibilities: z.array(GoldResponsibility).optional(),
    milestones: z.array(GoldMilestone).optional(),
    organisations: z
      .object({
        must_find: z.array(Alternatives).default([]),
        must_not_find: z.array(z.string()).default([]).describe('Fragments no organisation may be named'),
        must_merge: z
          .array(z.tuple([z.string(), z.string()]))
          .default([])
          .describe('Pairs of written forms that must resolve to one organisation'),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Gold = z.infer<typeof Gold>;
export type GoldInput = z.input<typeof Gold>;
