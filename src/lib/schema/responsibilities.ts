import { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

export const ResponsibilityRow = z.object({
  responsibility_id: z.string().describe('Stable id: <task_id>-a<N>, agencies numbered in the order written'),
  task_id: z.string().describe('Stable id of the task: <doc_id>-t<NN>, numbered in reading order'),
  doc_id: z.string().describe('Document id'),
  section_id: z.string().describe('Section of the responsibility note or task table'),
  task_zh: z
    .string()
    .describe(
      'The task as written: the table cell, or the heading of the section the note closes (else the sentence before the note); for a sentence, its run-in heading, else the words after the agencies (做好参保扩面工作)',
    ),
  agency_zh: z.string().describe('Agency exactly as written in the list, e.g. 卫生计生委'),
  agency_norm_zh: z
    .string()
    .describe(
      'Agency with the level prefix carried over from the previous name in the same list (卫生计生委 after 市医改办 → 市卫生计生委); equal to agency_zh otherwise',
    ),
  role: z
    .enum(['lead', 'partner', 'responsible'])
    .describe(
      'lead = 牵头单位/牵头部门; partner = 配合单位 (or 责任单位 next to a lead); responsible = 责任单位 in a note that ranks no lead',
    ),
  deadline_zh: z
    .string()
    .nullable()
    .describe('Deadline as written (完成时限), e.g. 2021年3月底前; empty when none is given'),
  deadline: z
    .string()
    .nullable()
    .describe('Deadline as year-month YYYY-MM (end of the period named); empty when none or unparsed'),
  source_kind: z
    .enum(['note', 'table', 'prose'])
    .describe(
      'note = bracketed or trailing 责任单位/牵头单位 note in the text; table = a task table; prose = a sentence (由X牵头，Y、Z配合，…)',
    ),
  note: z
    .string()
    .describe(
      'Remark attached to the agency, e.g. a bracketed comment or that it is named in brackets after another agency; empty if none',
    ),
  quote: z
    .string()
    .describe('Verbatim raw text of the note (with its brackets), of the whole table row, or of the sentence'),
  start: z.number().int().describe('Raw offset where the quote starts'),
  end: z.number().int().describe('Raw offset where the quote ends (exclusive)'),
});
export type ResponsibilityRow = z.infer<typeof ResponsibilityRow>;

export const responsibilitiesSpec: DatasetSpec = {
  name: 'responsibilities',
  title: 'Responsibilities',
  description:
    'Which agencies lead or support each task, one row per task and agency, from responsibility notes, task tables and sentences (由X牵头，Y配合), with deadlines where given.',
  schema: ResponsibilityRow,
  primaryKey: ['responsibility_id'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};
