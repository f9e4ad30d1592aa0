import { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

export const PrincipleRow = z.object({
  principle_row_id: z.string().describe('Stable id: <doc_id>-p<NN>, numbered in reading order within the document'),
  doc_id: z.string().describe('Document id'),
  section_id: z.string().describe('Section where the principle is written (see sections)'),
  ordinal: z.number().int().describe('Position of the principle in reading order within its document, from 1'),
  principle_zh: z
    .string()
    .describe('The principle as written, without 坚持 and without a trailing 的原则, e.g. 政府主导'),
  principle_id: z
    .string()
    .describe(
      'Id from data/vocab/principles.json; empty when the wording is not in the vocabulary (listed in the build report)',
    ),
  name_en: z.string().describe('English name from the vocabulary; empty when principle_id is empty'),
  form: z
    .enum(['lead', 'series', 'run_in', 'named'])
    .describe(
      'How it is written: lead = 坚持X opens a paragraph of a 原则 section; series = a further 坚持X in its first sentence; run_in = a short 坚持X。 heading inside a paragraph; named = 坚持A、B…(的)原则 anywhere',
    ),
  quote: z.string().describe('Verbatim raw text of the 坚持 phrase (raw.slice(start, end))'),
  start: z.number().int().describe('Raw offset where the quote starts'),
  end: z.number().int().describe('Raw offset where the quote ends (exclusive)'),
});
export type PrincipleRow = z.infer<typeof PrincipleRow>;

export const principlesSpec: DatasetSpec = {
  name: 'principles',
  title: 'Principles',
  description:
    'The basic principles (坚持X) each plan states, one row per principle, mapped to a shared vocabulary. Rule: data/vocab/EXTRACTION_RULES.md, section Principles.',
  schema: PrincipleRow,
  primaryKey: ['principle_row_id'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};
