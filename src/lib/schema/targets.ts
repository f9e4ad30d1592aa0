import { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

/** How a target's value binds. */
export const Comparator = z.enum(['ge', 'le', 'eq', 'approx', 'range', 'increase', 'decrease']);
export type Comparator = z.infer<typeof Comparator>;

const comparator = Comparator.describe(
  'How the value binds: ge (at least), le (at most), eq (exactly), approx (about, 左右), range (value to value_max), increase / decrease (a change by value)',
);
const unit = z
  .string()
  .describe(
    'Unit of value: percent, percentage_points, per_mille (‰), per_myriad (‱), per_100000 (1/10万), per_1000 / per_10000 (每千/每万人口), ratio (1:X, value X), age_years (岁), count, persons, person_times, times, beds, yuan, yuan_10k, yuan_100m, years, months, weeks, days, hours, minutes, km; an unknown measure word is kept as written (and reported)',
  );

const common = {
  doc_id: z.string().describe('Document id'),
  section_id: z.string().describe('Section where the mention stands (annex id for table rows)'),
  indicator_zh: z
    .string()
    .describe(
      'Indicator as written in the text or the table row (for 血压、血糖控制率均… the distributed name, e.g. 血压控制率)',
    ),
  indicator_id: z
    .string()
    .describe(
      'Indicator id from data/vocab/indicators.json; empty when the wording is not in the vocabulary (listed in the build report)',
    ),
  indicator_en: z.string().describe('English indicator name from the vocabulary; empty when indicator_id is empty'),
  comparator,
  value: z.number().describe('The number promised (lower end of a range); percents as 0–100'),
  value_max: z.number().nullable().describe('Upper end of a range (调控在35%-50%, 2—3个); empty otherwise'),
  unit,
  frequency: z
    .string()
    .describe(
      'per_year, per_month, per_quarter or per_week when the clause says 每年/全年/年增长, 每月, 每季度 or 每周; empty otherwise',
    ),
  base_year: z.number().int().nullable().describe('Base year of a change (较2022年增长20%); empty otherwise'),
  target_year: z
    .number()
    .int()
    .nullable()
    .describe(
      'Year by which the target is due, from 到2021年底, a year opening the sentence or paragraph, a table year column or a 分别 list; empty when the text gives none',
    ),
  start_year: z
    .number()
    .int()
    .nullable()
    .describe('Year from which a recurring target runs (从2023年起，每年…); empty otherwise. Not a deadline'),
  aspirational: z.boolean().describe('True when the sentence frames the target as an aspiration (力争, 争取)'),
  implied: z
    .boolean()
    .describe(
      'True when the value is implied by wording, not written as a number: 全覆盖, 覆盖全部…, 全部建成/达到…, 所有…实现 (100 percent), 翻一番 (an increase of 100 percent)',
    ),
  condition: z
    .string()
    .describe(
      'Condition under which the target applies, verbatim (总体转出率＞20%的, 条件成熟的县（市）); empty when unconditional',
    ),
  scope: z
    .string()
    .describe(
      'Where the target applies when narrower than the plan, verbatim: per unit (每个乡镇卫生院), each (各县（市）), a subset (其中三级医院), a unit of account (以县为单位); empty when plan-wide',
    ),
  population: z
    .string()
    .describe('Population group the target is for, verbatim (重点人群, 脱贫人口, 65岁及以上老年人); empty otherwise'),
  binding: z
    .string()
    .describe(
      "How the plan's indicator table classes the target (属性): binding (约束性) or indicative (预期性); empty when the plan does not say",
    ),
  quote: z
    .string()
    .describe('Verbatim raw text of the clause (text) or the cell (table); equals the raw file between start and end'),
  start: z.number().int().describe('Raw offset where quote starts'),
  end: z.number().int().describe('Raw offset where quote ends (exclusive)'),
  source_kind: z
    .enum(['text', 'table'])
    .describe('Whether the mention is a clause of the text or a cell of a target table'),
};

export const TargetMentionRow = z
  .object({
    mention_id: z.string().describe('Stable id <doc_id>-m<nnn>, numbered in document order'),
    target_id: z.string().describe('The distinct target this mention states (targets.target_id)'),
    ...common,
  })
  .describe('One statement of a quantified target in a plan, in the text or in a table');
export type TargetMentionRow = z.infer<typeof TargetMentionRow>;

export const TargetRow = z
  .object({
    target_id: z.string().describe('Stable id <doc_id>-t<nn>, numbered by first mention in document order'),
    ...common,
    conflict: z
      .string()
      .describe(
        'Empty when all mentions agree; otherwise an English note naming the disagreeing mentions and what each says. Values on this row are those of the first mention',
      ),
    mention_count: z.number().int().describe('Number of mentions (text and table) of this target'),
    mention_ids: z.string().describe('Space-separated mention_ids of this target, in document order'),
  })
  .describe('One distinct quantified target of a plan; fields are those of its first mention');
export type TargetRow = z.infer<typeof TargetRow>;

export const targetsSpec: DatasetSpec = {
  name: 'targets',
  title: 'Targets',
  description:
    'Every quantified commitment in each plan (rates, shares, changes, counts), one row per distinct target, with indicator, comparator, value, unit, target year and the verbatim clause.',
  schema: TargetRow,
  primaryKey: ['target_id'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};

export const targetMentionsSpec: DatasetSpec = {
  name: 'target_mentions',
  title: 'Target mentions',
  description:
    'Every mention of a target in the text or a table; several mentions of one target share its target_id, and disagreeing mentions are kept side by side.',
  schema: TargetMentionRow,
  primaryKey: ['mention_id'],
  foreignKeys: [
    { fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } },
    { fields: ['target_id'], reference: { resource: 'targets', fields: ['target_id'] } },
  ],
};
