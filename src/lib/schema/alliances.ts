import { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

export const AllianceRow = z.object({
  edge_id: z.string().describe('Stable id: <alliance_id>-e<nn>, numbered in the order members are listed'),
  alliance_id: z.string().describe('Stable id of the alliance: <doc_id>-a<nn>, numbered in reading order'),
  doc_id: z.string().describe('Document id'),
  section_id: z.string().describe('Section where the alliance is described'),
  kind: z
    .string()
    .describe(
      'Kind of alliance (data/vocab/alliance-kinds.json): county_medical_community, tier3_tier2_alliance, specialist_alliance, regional_medical_alliance, city_medical_group, telemedicine_network',
    ),
  kind_zh: z.string().describe('The term the text uses for the kind, e.g. 医共体, 三二医联体, 专科医联体'),
  lead_zh: z.string().describe('Lead institution as written'),
  member_zh: z
    .string()
    .describe(
      'Member institution; when the text shares one institution name across places (容县、博白县、陆川县人民医院) the name is completed (容县人民医院)',
    ),
  member_written_zh: z.string().describe('Member exactly as written in the list (容县)'),
  member_category: z
    .boolean()
    .describe(
      'True when the member is a category of institutions kept as written (全县11个乡镇卫生院, 县级妇幼保健机构), not one named body; no names are invented for it',
    ),
  source_kind: z
    .enum(['prose', 'list', 'table'])
    .describe(
      'Where the edge is stated: prose = a sentence (由X牵头，联合A、B组建…); list = a member list one a line after 成员单位：; table = a table with lead and member columns',
    ),
  lead_start: z.number().int().describe('Raw offset where the lead name starts'),
  lead_end: z.number().int().describe('Raw offset where the lead name ends'),
  member_start: z.number().int().describe('Raw offset where the member as written starts'),
  member_end: z.number().int().describe('Raw offset where the member as written ends'),
  quote: z
    .string()
    .describe('Verbatim raw text from the lead to this member (for a table with a lead column: the table row)'),
  start: z.number().int().describe('Raw offset where the quote starts'),
  end: z.number().int().describe('Raw offset where the quote ends'),
});
export type AllianceRow = z.infer<typeof AllianceRow>;

export const alliancesSpec: DatasetSpec = {
  name: 'alliances',
  title: 'Alliance edges',
  description:
    'One row per lead → member edge of each medical community (医共体), medical alliance (医联体), city medical group, specialist alliance or telemedicine network a plan sets up, from prose, member lists and tables; an alliance with two leads gives an edge from each. Members that are categories (乡镇卫生院) are kept as written and flagged. Statements whose lead is a category (县级医院) are listed in the build report, not here.',
  schema: AllianceRow,
  primaryKey: ['edge_id'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};
