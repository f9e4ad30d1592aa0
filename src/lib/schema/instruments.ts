import { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

export const InstrumentRow = z.object({
  instrument_row_id: z.string().describe('Stable id: <doc_id>-<instrument_id>'),
  doc_id: z.string().describe('Document id'),
  section_id: z.string().describe('Section of the quoted mention'),
  instrument_id: z.string().describe('Id from data/vocab/instruments.json'),
  name_zh: z.string().describe('Chinese name of the instrument (vocabulary)'),
  name_en: z.string().describe('English name of the instrument (vocabulary)'),
  match_zh: z.string().describe('The wording matched in the text, as written, e.g. 县聘、乡管、村用'),
  stance: z
    .enum(['adopt', 'pilot', 'explore'])
    .describe('Firmest commitment found: pilot when the clause says 试点, explore when it says 探索, else adopt'),
  mentions: z.number().int().describe('Number of separate mentions of the instrument in the document'),
  quote: z
    .string()
    .describe('Verbatim raw text of the clause that shows the instrument (the firmest, most specific mention)'),
  start: z.number().int().describe('Raw offset where the quote starts'),
  end: z.number().int().describe('Raw offset where the quote ends (exclusive)'),
});
export type InstrumentRow = z.infer<typeof InstrumentRow>;

export const instrumentsSpec: DatasetSpec = {
  name: 'instruments',
  title: 'Reform instruments',
  description:
    'Reform instruments each plan adopts (global budgets, chief accountant, unified management, 两个允许 …), one row per plan and instrument, from the vocabulary in data/vocab/instruments.json.',
  schema: InstrumentRow,
  primaryKey: ['instrument_row_id'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};
