import { z } from 'zod';
import type { DatasetSpec } from './dataset.ts';

export const DocumentRow = z.object({
  doc_id: z.string().describe('Document id, the raw file name without .txt (e.g. guyuan)'),
  title_zh: z
    .string()
    .nullable()
    .describe('Title of the plan as written; from the manifest when the text has none (see title_origin)'),
  title_origin: z
    .enum(['text', 'manifest', 'page-metadata', 'none'])
    .describe('Where title_zh comes from (page-metadata: the metadata table of a saved web page)'),
  doc_number: z
    .string()
    .nullable()
    .describe('Document number as written, e.g. 固医改发〔2020〕1号; empty when the text has none'),
  issue_date: z
    .string()
    .nullable()
    .describe('Issue date (ISO 8601) from the signature of the cover notice; empty when the text has none'),
  issue_year: z.number().int().nullable().describe('Year of issue: from issue_date, else from the manifest'),
  issuer_zh: z
    .string()
    .nullable()
    .describe('Issuing body as written in the notice; from the manifest when the text lacks it (see issuer_origin)'),
  issuer_origin: z
    .enum(['text', 'manifest', 'page-metadata', 'none'])
    .describe('Where issuer_zh comes from (page-metadata: the metadata table of a saved web page)'),
  recipients_zh: z.string().nullable().describe('Addressees of the notice or opinion, as written'),
  place_zh: z.string().describe('Place the plan governs (manifest)'),
  place_en: z.string().describe('English name of the place (manifest)'),
  level: z
    .enum(['province', 'prefecture', 'county', ''])
    .describe('Administrative level of the place (manifest): province, prefecture or county'),
  province_zh: z.string().describe('Province-level unit (manifest)'),
  province_en: z.string().describe('English name of the province-level unit (manifest)'),
  latitude: z.number().nullable().describe('Approximate latitude of the place seat, degrees (manifest)'),
  longitude: z.number().nullable().describe('Approximate longitude of the place seat, degrees (manifest)'),
  complete: z
    .boolean()
    .describe(
      'False when the copy is truncated; figures from an incomplete document cover only the text that survives',
    ),
  completeness_note: z
    .string()
    .describe('Why the document is incomplete, with the line where it stops; empty when complete'),
  has_notice: z.boolean().describe('The text carries a cover notice (印发通知) before the plan itself'),
  body_start: z.number().int().describe('Raw offset where the plan body (its title) starts'),
  attachments_referenced: z.number().int().describe('Number of attachments the text lists or refers to'),
  attachments_missing: z.number().int().describe('Referenced attachments whose content is not in the text'),
  warnings: z.number().int().describe('Number of warning notes raised while parsing (see document_notes)'),
  chars: z.number().int().describe('Length of the raw text in UTF-16 code units (the unit of all offsets)'),
  sha256: z.string().describe('SHA-256 of the raw file bytes'),
  source_file: z.string().describe('Path of the raw file in the repository'),
  original_format: z
    .enum(['txt', 'md', 'html', 'docx', 'pdf'])
    .describe(
      'Format of the file as received: txt when the raw text is the original, else the format it was converted from (kept in data/raw/originals/)',
    ),
  original_sha256: z
    .string()
    .describe('SHA-256 of the file as received; equals sha256 when the raw text is the original'),
  source_url: z
    .string()
    .describe('Address the copy was obtained from (manifest, with its origin there); unknown when not recorded'),
  publisher: z
    .string()
    .describe('Who published the copy, e.g. a government web site (manifest); unknown when not recorded'),
  retrieval_date: z.string().describe('Date the copy was obtained, YYYY-MM-DD (manifest); unknown when not recorded'),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

export const documentsSpec: DatasetSpec = {
  name: 'documents',
  title: 'Documents',
  description:
    'One row per plan: front matter parsed from the text, place facts from the hand-kept manifest, completeness.',
  schema: DocumentRow,
  primaryKey: ['doc_id'],
};

export const SectionRow = z.object({
  doc_id: z.string().describe('Document id'),
  section_id: z
    .string()
    .describe(
      'Section id, stable across runs: s2.1.3 = part 二, subsection （一）, item 3; a1 = annex 1; cover, preamble, attachments for unnumbered text',
    ),
  parent_id: z.string().nullable().describe('section_id of the enclosing section; empty for top-level sections'),
  level: z.number().int().describe('0 cover/preamble/attachment list, 1 part (一、) or annex, 2 （一）, 3 1., 4 （1）'),
  kind: z
    .enum(['cover', 'preamble', 'attachments', 'part', 'subsection', 'item', 'subitem', 'annex'])
    .describe('What the section is'),
  ordinal: z.number().int().describe('Position of the section in reading order within its document, from 1'),
  label: z.string().describe('Label as written, e.g. 一、 （二） 3. 附件1; empty for unnumbered sections'),
  heading_zh: z
    .string()
    .describe('Heading text without label or Markdown marks; for run-in headings the text before the first 。'),
  start: z.number().int().describe('Raw offset where the section starts (its heading)'),
  end: z.number().int().describe('Raw offset where the section ends, children included'),
  heading_start: z.number().int().describe('Raw offset where the heading starts'),
  heading_end: z.number().int().describe('Raw offset where the heading ends'),
});
export type SectionRow = z.infer<typeof SectionRow>;

export const sectionsSpec: DatasetSpec = {
  name: 'sections',
  title: 'Sections',
  description: 'The heading tree of each plan: parts, subsections, items, sub-items and annexes with raw offsets.',
  schema: SectionRow,
  primaryKey: ['doc_id', 'section_id'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};

export const DocumentNoteRow = z.object({
  doc_id: z.string().describe('Document id'),
  note_id: z.string().describe('Note id within the document, in order of the raw text'),
  severity: z
    .enum(['error', 'warning', 'info'])
    .describe('warning: the document is marked; info: a defect handled by the pipeline'),
  code: z
    .string()
    .describe(
      'Kind of defect: page-break-join, extraction-residue, truncated, attachment-missing, table-header-repeated, …',
    ),
  line: z.number().int().nullable().describe('1-based line in the raw file'),
  message: z.string().describe('What was found and what the pipeline did'),
  start: z.number().int().nullable().describe('Raw offset where the defect starts'),
  end: z.number().int().nullable().describe('Raw offset where the defect ends'),
});
export type DocumentNoteRow = z.infer<typeof DocumentNoteRow>;

export const documentNotesSpec: DatasetSpec = {
  name: 'document_notes',
  title: 'Document notes',
  description:
    'Defects found in each source and how the pipeline handled them: page-break splits, residue, truncation, missing attachments.',
  schema: DocumentNoteRow,
  primaryKey: ['doc_id', 'note_id'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};

export const AttachmentRow = z.object({
  doc_id: z.string().describe('Document id'),
  attachment_no: z.number().int().describe('Position of the attachment in the list, from 1'),
  label_zh: z.string().describe('Label as written, e.g. 附件1'),
  title_zh: z.string().describe('Title as written (file extension removed); empty when the text gives none'),
  present: z.boolean().describe('True when the attachment content is in the text as an annex'),
  start: z.number().int().describe('Raw offset of the reference'),
  end: z.number().int().describe('Raw end offset of the reference'),
  quote: z.string().describe('Verbatim raw text of the reference'),
});

export type AttachmentRow = z.infer<typeof AttachmentRow>;

export const attachmentsSpec: DatasetSpec = {
  name: 'attachments',
  title: 'Attachments',
  description: 'Attachments each plan refers to, and whether their content is present in the text.',
  schema: AttachmentRow,
  primaryKey: ['doc_id', 'attachment_no'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};

export const CitationRow = z.object({
  doc_id: z.string().describe('Document id of the citing plan'),
  citation_no: z.number().int().describe('Position of the citation in the text, from 1'),
  cited_doc_number: z.string().describe('Document number of the cited document as written, e.g. 宁医改发〔2020〕3号'),
  cited_title_zh: z
    .string()
    .nullable()
    .describe('Title of the cited document when given in 《》 just before the number'),
  section_id: z.string().describe('Section where the citation stands'),
  start: z.number().int().describe('Raw offset of the document number'),
  end: z.number().int().describe('Raw end offset of the document number'),
  quote: z.string().describe('Verbatim raw text of the document number'),
});

export type CitationRow = z.infer<typeof CitationRow>;

export const citationsSpec: DatasetSpec = {
  name: 'citations',
  title: 'Citations',
  description: 'Other policy documents each plan cites by document number.',
  schema: CitationRow,
  primaryKey: ['doc_id', 'citation_no'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }],
};
