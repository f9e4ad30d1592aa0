import { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

export const CommitteeMemberRow = z.object({
  member_id: z.string().describe('Stable id: <committee_id>-m<nn>, numbered in list order'),
  committee_id: z.string().describe('Stable id of the committee list: <doc_id>-c<nn>'),
  doc_id: z.string().describe('Document id'),
  section_id: z.string().describe('Section holding the list (usually an annex)'),
  committee_zh: z
    .string()
    .describe(
      'Committee or leading group the list belongs to: from the list heading, else inferred (see committee_origin)',
    ),
  committee_origin: z
    .enum(['heading', 'referenced', 'most-mentioned', 'none'])
    .describe(
      'How committee_zh was found: the list heading; the committee the text refers to the annex for (详见附件); the committee named most often; none',
    ),
  role_zh: z
    .string()
    .describe(
      'Role on the committee as labelled (组长, 副组长, 主任, 副主任, 成员); a label applies to the lines after it',
    ),
  role_en: z.string().describe('English role: head, deputy head, chair, vice-chair, member'),
  name_zh: z.string().describe('Name exactly as written, padding included (常  海)'),
  name: z.string().describe('Name with padding spaces removed (常海)'),
  post_zh: z
    .string()
    .describe('Post(s) held, with lines wrapped in the source rejoined (旗卫生健康委员会副主任、旗人民医院副院长)'),
  title_zh: z.string().describe('Title of the first post (副书记, 局长, 院长)'),
  organisation_zh: z
    .string()
    .nullable()
    .describe('Organisation of the first post as written; empty when the post names none'),
  organisations_zh: z.string().describe('Every organisation named in the post, joined by 、'),
  wrapped: z.boolean().describe('True when the post continued on the next source line and was rejoined'),
  quote: z
    .string()
    .describe('Verbatim raw text from the role label (or name) to the end of the post, line breaks included'),
  start: z.number().int().describe('Raw offset where the quote starts'),
  end: z.number().int().describe('Raw offset where the quote ends'),
});
export type CommitteeMemberRow = z.infer<typeof CommitteeMemberRow>;

export const committeeMembersSpec: DatasetSpec = {
  name: 'committee_members',
  title: 'Committee members',
  description: 'People and posts on the committees and leading groups whose membership lists the plans carry.',
  schema: CommitteeMemberRow,
  primaryKey: ['member_id'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};
