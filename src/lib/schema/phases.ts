import { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

const YM = /^\d{4}-(0[1-9]|1[0-2])$/;

export const PhaseRow = z.object({
  phase_id: z
    .string()
    .describe('Stable id: <doc_id>-ph<NN> for phases, <doc_id>-m<NN> for milestones, in reading order'),
  doc_id: z.string().describe('Document id'),
  section_id: z.string().describe('Section of the phase heading, milestone sentence or task table'),
  kind: z
    .enum(['phase', 'milestone'])
    .describe('phase = an implementation stage with a period; milestone = a dated deadline for one action'),
  ordinal: z
    .number()
    .int()
    .describe('Position in reading order within the document, from 1 (phases and milestones together)'),
  name_zh: z.string().describe('Phase name (准备阶段) or, for a milestone, the task or clause it dates'),
  date_zh: z.string().describe('The date as written, e.g. 2020年12月—2021年11月, 2021年3月底前'),
  start_ym: z
    .string()
    .regex(YM)
    .nullable()
    .describe(
      'First month of a phase (YYYY-MM); a single month gives start = end, a year alone (2025年) gives January; empty for milestones',
    ),
  end_ym: z
    .string()
    .regex(YM)
    .describe('Last month of a phase, or the month a milestone is due (YYYY-MM); a year alone gives December'),
  date_rule: z
    .enum(['month', 'month_range', 'year', 'year_range', 'half_year', 'by_month_end', 'by_year_end', 'before_year'])
    .describe(
      'How the written date was read: by_month_end = X月底前; by_year_end = X年底(前); before_year = X年前 read as by the end of X (ambiguous in the text); year = a year alone, January–December',
    ),
  quote: z
    .string()
    .describe('Verbatim raw text: the phase name with its date, the milestone clause, or the task table row'),
  start: z.number().int().describe('Raw offset where the quote starts'),
  end: z.number().int().describe('Raw offset where the quote ends (exclusive)'),
});
export type PhaseRow = z.infer<typeof PhaseRow>;

export const phasesSpec: DatasetSpec = {
  name: 'phases',
  title: 'Phases and milestones',
  description:
    'Implementation phases with their start and end month, and dated milestones (deadlines in the text and in task tables). Rules: data/vocab/EXTRACTION_RULES.md, section Phases.',
  schema: PhaseRow,
  primaryKey: ['phase_id'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};
