// A parsed document to its rows in the documents, sections, attachments, citations and notes datasets.
import { lineOf } from '../../src/lib/text/index.ts';
import { sectionAtClean } from './locate.ts';
import type { ManifestEntry, OriginalFile, ParsedDocument } from './types.ts';
import type {
  AttachmentRow,
  CitationRow,
  DocumentNoteRow,
  DocumentRow,
  SectionRow,
} from '../../src/lib/schema/documents.ts';

export function documentRow(
  doc: ParsedDocument,
  sha256: string,
  sourceFile: string,
  manifest?: ManifestEntry,
  original?: OriginalFile,
): DocumentRow {
  const f = doc.front;
  const year = f.issueDate ? Number(f.issueDate.slice(0, 4)) : (manifest?.issue_year ?? null);
  return {
    doc_id: doc.docId,
    title_zh: f.titleZh,
    title_origin: f.titleOrigin,
    doc_number: f.docNumber,
    issue_date: f.issueDate,
    issue_year: year,
    issuer_zh: f.issuerZh,
    issuer_origin: f.issuerOrigin,
    recipients_zh: f.recipientsZh,
    place_zh: manifest?.place_zh ?? '',
    place_en: manifest?.place_en ?? '',
    level: manifest?.level ?? '',
    province_zh: manifest?.province_zh ?? '',
    province_en: manifest?.province_en ?? '',
    latitude: manifest?.latitude ?? null,
    longitude: manifest?.longitude ?? null,
    complete: f.complete,
    completeness_note: f.completenessNote,
    has_notice: f.notice !== null,
    body_start: f.bodyStart,
    attachments_referenced: f.attachments.length,
    attachments_missing: f.attachments.filter((a) => !a.present).length,
    warnings: doc.notes.filter((n) => n.severity === 'warning').length,
    chars: doc.clean.raw.length,
    sha256,
    source_file: sourceFile,
    original_format: original?.format ?? 'txt',
    original_sha256: original?.sha256 ?? sha256,
    // Source facts only a person can record (manifest); a stub or an unseen file has none: `unknown`, not a guess.
    source_url: manifest?.source_url ?? 'unknown',
    publisher: manifest?.publisher ?? 'unknown',
    retrieval_date: manifest?.retrieval_date ?? 'unknown',
  };
}

export function sectionRows(doc: ParsedDocument): SectionRow[] {
  return doc.sections
    .slice()
    .sort((a, b) => a.start - b.start || a.level - b.level)
    .map((s, i) => ({
      doc_id: doc.docId,
      section_id: s.sectionId,
      parent_id: s.parentId,
      level: s.level,
      kind: s.kind,
      ordinal: i + 1,
      label: s.label,
      heading_zh: s.headingZh,
      start: s.start,
      end: s.end,
      heading_start: s.headingStart,
      heading_end: s.headingEnd,
    }));
}

export function attachmentRows(doc: ParsedDocument): AttachmentRow[] {
  return doc.front.attachments.map((a, i) => ({
    doc_id: doc.docId,
    attachment_no: i + 1,
    label_zh: a.labelZh,
    title_zh: a.titleZh,
    present: a.present,
    start: a.start,
    end: a.end,
    quote: doc.clean.raw.slice(a.start, a.end),
  }));
}

export function citationRows(doc: ParsedDocument): CitationRow[] {
  return doc.front.citations.map((c, i) => {
    const cleanAt = doc.clean.toRaw.findIndex((r) => r >= c.start);
    return {
      doc_id: doc.docId,
      citation_no: i + 1,
      cited_doc_number: c.docNumber,
      cited_title_zh: c.titleZh,
      section_id: sectionAtClean(doc, Math.max(cleanAt, 0)).sectionId,
      start: c.start,
      end: c.end,
      quote: doc.clean.raw.slice(c.start, c.end),
    };
  });
}

export function noteRows(doc: ParsedDocument): DocumentNoteRow[] {
  return doc.notes
    .map((n) => ({
      n,
      line: n.start !== undefined ? lineOf(doc.clean.raw, n.start) : Number(/:(\d+)$/.exec(n.where)?.[1] ?? NaN),
    }))
    .sort((a, b) => (a.n.start ?? 0) - (b.n.start ?? 0) || a.n.code.localeCompare(b.n.code))
    .map(({ n, line }, i) => ({
      doc_id: doc.docId,
      note_id: `n${String(i + 1).padStart(3, '0')}`,
      severity: n.severity,
      code: n.code,
      line: Number.isFinite(line) ? line : null,
      message: n.message,
      start: n.start ?? null,
      end: n.end ?? null,
    }));
}
