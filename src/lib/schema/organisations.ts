import { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

export const OrganisationRow = z.object({
  organisation_id: z.string().describe('Stable id: <doc_id>-o-<nnn>, numbered by first mention in the document'),
  doc_id: z.string().describe('Document id'),
  name_zh: z.string().describe('Name as written at its first mention (padding and line breaks removed)'),
  canonical_zh: z
    .string()
    .describe(
      'Canonical name joining the short and long forms used in this document (市卫健委 = 市卫生健康委员会); generic short forms expanded from data/vocab/organisation-aliases.json',
    ),
  name_forms_zh: z
    .string()
    .describe('Every distinct written form in the document, in order of first use, joined by 、'),
  type_id: z
    .string()
    .describe(
      'Kind of organisation (data/vocab/organisation-types.json): general_hospital, tcm_hospital, township_health_centre, government_department, committee, party_organ, …',
    ),
  type_en: z.string().describe('English name of the kind of organisation'),
  place_zh: z
    .string()
    .nullable()
    .describe(
      'Place the organisation belongs to: its own prefix (玉林市第一人民医院 → 玉林市) or, for a bare 市/县/旗 prefix, the place of the document; empty when unknown',
    ),
  place_origin: z
    .enum(['prefix', 'document', 'unresolved', 'none'])
    .describe(
      "Where place_zh comes from: the name's own prefix, the document's place (bare 市/旗), unresolved (a bare prefix not matching the document's level, e.g. 县 in a city plan), none (no prefix)",
    ),
  mention_count: z.number().int().describe('Number of rows in organisation_mentions for this organisation'),
  only_in_committee_list: z
    .boolean()
    .describe('True when the organisation is named only in a committee membership list'),
  section_id: z.string().describe('Section of the first mention'),
  quote: z.string().describe('Verbatim raw text of the first mention'),
  start: z.number().int().describe('Raw offset where the first mention starts'),
  end: z.number().int().describe('Raw offset where the first mention ends'),
});
export type OrganisationRow = z.infer<typeof OrganisationRow>;

export const organisationsSpec: DatasetSpec = {
  name: 'organisations',
  title: 'Organisations',
  description:
    'Every institution, department, committee and Party organ a plan names, with its kind, place and a canonical name joining the forms used in the document. Categories (乡镇卫生院, 牵头医院) are not rows; they are listed in the build report.',
  schema: OrganisationRow,
  primaryKey: ['organisation_id'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};

export const OrganisationMentionRow = z.object({
  mention_id: z.string().describe('Stable id: <doc_id>-om-<nnnn>, numbered in reading order'),
  organisation_id: z.string().describe('The organisation mentioned (organisations.organisation_id)'),
  doc_id: z.string().describe('Document id'),
  section_id: z.string().describe('Section containing the mention'),
  name_zh: z.string().describe('Name as written at this mention (padding and line breaks removed)'),
  canonical_zh: z.string().describe('Canonical name of the organisation'),
  context: z
    .enum(['prose', 'heading', 'table', 'committee-list'])
    .describe('Where the mention stands: running text, a heading, a table cell or a committee membership list'),
  quote: z.string().describe('Verbatim raw text of the mention'),
  start: z.number().int().describe('Raw offset where the mention starts'),
  end: z.number().int().describe('Raw offset where the mention ends'),
});
export type OrganisationMentionRow = z.infer<typeof OrganisationMentionRow>;

export const organisationMentionsSpec: DatasetSpec = {
  name: 'organisation_mentions',
  title: 'Organisation mentions',
  description: 'Every mention of a named organisation, with its written form and raw offsets.',
  schema: OrganisationMentionRow,
  primaryKey: ['mention_id'],
  foreignKeys: [{ fields: ['organisation_id'], reference: { resource: 'organisations', fields: ['organisation_id'] } }],
};
