// The vocabularies published as datasets, so pages and readers use the same names, definitions and goals as the pipeline.
import { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

const ordinal = (file: string) =>
  z.number().int().describe(`Position of the entry in ${file}, from 1 (the order the site lists them in)`);

export const VocabIndicatorRow = z.object({
  indicator_id: z.string().describe('Indicator id (targets.indicator_id)'),
  name_zh: z.string().describe('Chinese name of the indicator'),
  name_en: z.string().describe('English name of the indicator'),
  definition_en: z.string().describe('What the indicator measures'),
  group: z
    .string()
    .describe(
      'Aspect of the national monitoring system the indicator belongs to, e.g. orderly_care_seeking, county_service_capacity',
    ),
  units: z
    .string()
    .describe('Units a target must have to take this indicator id, space-separated (e.g. percent percentage_points)'),
  national_goal_comparator: z
    .enum(['ge', 'le', ''])
    .describe('How the national goal binds: ge (at least), le (at most); empty when there is no national goal'),
  national_goal_value: z
    .number()
    .nullable()
    .describe('National goal for the indicator, in the unit of its targets (percents as 0–100); empty when none'),
  national_goal_year: z.number().int().nullable().describe('Year of the national document that sets the goal'),
  national_goal_source: z
    .string()
    .describe('Document number of the national document that sets the goal (国卫基层函〔2019〕121号); empty when none'),
  ordinal: ordinal('data/vocab/indicators.json'),
});
export type VocabIndicatorRow = z.infer<typeof VocabIndicatorRow>;

export const vocabIndicatorsSpec: DatasetSpec = {
  name: 'vocab_indicators',
  title: 'Vocabulary: indicators',
  description:
    'The indicators targets are mapped to (data/vocab/indicators.json), with names, definitions and, where the national documents set one, the national goal.',
  schema: VocabIndicatorRow,
  primaryKey: ['indicator_id'],
};

export const VocabPrincipleRow = z.object({
  principle_id: z.string().describe('Principle id (principles.principle_id)'),
  name_zh: z.string().describe('Chinese name of the principle'),
  name_en: z.string().describe('English name of the principle'),
  definition_en: z.string().describe('What the principle means'),
  ordinal: ordinal('data/vocab/principles.json'),
});
export type VocabPrincipleRow = z.infer<typeof VocabPrincipleRow>;

export const vocabPrinciplesSpec: DatasetSpec = {
  name: 'vocab_principles',
  title: 'Vocabulary: principles',
  description: 'The shared vocabulary principles are mapped to (data/vocab/principles.json).',
  schema: VocabPrincipleRow,
  primaryKey: ['principle_id'],
};

export const VocabInstrumentRow = z.object({
  instrument_id: z.string().describe('Instrument id (instruments.instrument_id)'),
  name_zh: z.string().describe('Chinese name of the instrument'),
  name_en: z.string().describe('English name of the instrument'),
  definition_en: z.string().describe('What the instrument is'),
  ordinal: ordinal('data/vocab/instruments.json'),
});
export type VocabInstrumentRow = z.infer<typeof VocabInstrumentRow>;

export const vocabInstrumentsSpec: DatasetSpec = {
  name: 'vocab_instruments',
  title: 'Vocabulary: reform instruments',
  description: 'The reform instruments the plans are searched for (data/vocab/instruments.json).',
  schema: VocabInstrumentRow,
  primaryKey: ['instrument_id'],
};

export const VocabAllianceKindRow = z.object({
  kind_id: z.string().describe('Kind id (alliances.kind)'),
  name_zh: z.string().describe('Chinese name of the kind of alliance'),
  name_en: z.string().describe('English name of the kind of alliance'),
  ordinal: ordinal('data/vocab/alliance-kinds.json'),
});
export type VocabAllianceKindRow = z.infer<typeof VocabAllianceKindRow>;

export const vocabAllianceKindsSpec: DatasetSpec = {
  name: 'vocab_alliance_kinds',
  title: 'Vocabulary: kinds of alliance',
  description:
    'The kinds of medical community and alliance (data/vocab/alliance-kinds.json) that alliances.kind refers to.',
  schema: VocabAllianceKindRow,
  primaryKey: ['kind_id'],
};

export const VocabGlossaryRow = z.object({
  term_zh: z.string().describe('Name of an agency or institution as a plan writes it'),
  name_en: z.string().describe('English name the English pages show for it'),
  ordinal: ordinal('data/vocab/glossary.json'),
});
export type VocabGlossaryRow = z.infer<typeof VocabGlossaryRow>;

export const vocabGlossarySpec: DatasetSpec = {
  name: 'vocab_glossary',
  title: 'Vocabulary: glossary of names',
  description:
    'English names of the agencies and institutions the plans name (data/vocab/glossary.json); names not listed are shown in Chinese.',
  schema: VocabGlossaryRow,
  primaryKey: ['term_zh'],
};
