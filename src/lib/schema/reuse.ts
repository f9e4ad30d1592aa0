import { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

export const ReuseRow = z.object({
  reuse_id: z.string().describe('Passage id, stable across runs: <doc_a>@<start_a>~<doc_b>@<start_b>'),
  doc_a: z.string().describe('Document id of the first plan (doc_a < doc_b in sort order)'),
  section_a: z.string().describe('Section of doc_a where the passage starts'),
  line_a: z
    .number()
    .int()
    .describe('1-based line of the raw file of doc_a where the passage starts (the plan page anchor #p-<line>)'),
  start_a: z.number().int().describe('Raw offset where the passage starts in doc_a'),
  end_a: z.number().int().describe('Raw offset where the passage ends in doc_a'),
  doc_b: z.string().describe('Document id of the second plan'),
  section_b: z.string().describe('Section of doc_b where the passage starts'),
  line_b: z.number().int().describe('1-based line of the raw file of doc_b where the passage starts'),
  start_b: z.number().int().describe('Raw offset where the passage starts in doc_b'),
  end_b: z.number().int().describe('Raw offset where the passage ends in doc_b'),
  length_a: z
    .number()
    .int()
    .describe('Letters and digits in the passage of doc_a (punctuation and spaces are not counted)'),
  length_b: z.number().int().describe('Letters and digits in the passage of doc_b'),
  matched_chars: z.number().int().describe('Characters aligned identically between the two passages'),
  similarity: z
    .number()
    .describe('matched_chars / the longer of length_a and length_b, 0 to 1 (1 = verbatim copy up to punctuation)'),
  quote_a: z.string().describe('Verbatim raw text of the passage in doc_a'),
  quote_b: z.string().describe('Verbatim raw text of the passage in doc_b'),
  alignment: z
    .string()
    .describe(
      'Character diff of quote_a against quote_b as run-length ops: =n same in both, -n only in quote_a, +n only in quote_b (full-width and half-width forms count as the same)',
    ),
});
export type ReuseRow = z.infer<typeof ReuseRow>;

export const reuseSpec: DatasetSpec = {
  name: 'reuse',
  title: 'Text reuse',
  description:
    'Passages one plan shares with another, copied verbatim or lightly edited, found by character shingles and local alignment (see /compare/reuse/ for the method).',
  schema: ReuseRow,
  primaryKey: ['reuse_id'],
  foreignKeys: [
    { fields: ['doc_a'], reference: { resource: 'documents', fields: ['doc_id'] } },
    { fields: ['doc_b'], reference: { resource: 'documents', fields: ['doc_id'] } },
  ],
};

export const ReuseMatrixRow = z.object({
  doc_id: z.string().describe('Document id of the plan whose text is measured'),
  other_doc_id: z.string().describe('Document id of the plan it shares passages with'),
  chars: z.number().int().describe('Letters and digits in doc_id (punctuation and spaces are not counted)'),
  shared_chars: z.number().int().describe('Letters and digits of doc_id inside passages shared with other_doc_id'),
  share: z.number().describe('shared_chars / chars, 0 to 1'),
  passages: z.number().int().describe('Number of shared passages (rows of the reuse dataset) between the two plans'),
});
export type ReuseMatrixRow = z.infer<typeof ReuseMatrixRow>;

export const reuseMatrixSpec: DatasetSpec = {
  name: 'reuse_matrix',
  title: 'Text reuse matrix',
  description:
    'How much of each plan lies in passages it shares with each other plan; pairs that share nothing have no row.',
  schema: ReuseMatrixRow,
  primaryKey: ['doc_id', 'other_doc_id'],
  foreignKeys: [
    { fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } },
    { fields: ['other_doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } },
  ],
};
