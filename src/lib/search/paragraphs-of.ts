// The search index's input at build time: every paragraph of every parsed plan, with the English labels of the rows extracted from it.
import type { SearchParagraphInput } from './index-build.ts';

/** What search needs of a parsed plan's paragraph (the pipeline's Paragraph has these fields). */
export interface ParagraphSpan {
  /** Raw span of the paragraph. */
  start: number;
  end: number;
  /** 1-based raw line where the paragraph starts. */
  line: number;
  sectionId: string;
}

/** What search needs of a parsed plan (the pipeline's ParsedDocument fits): its paragraphs and raw text. */
export interface ParsedPlan {
  docId: string;
  paragraphs: ParagraphSpan[];
  clean: { raw: string };
}

type Row = Record<string, unknown>;

/** Paragraph text for reading: Markdown marks and page-break line breaks removed, tabs of table rows shown as gaps. */
export function displayText(raw: string): string {
  return raw
    .replace(/\*\*/g, '')
    .replace(/^[ \t\u3000]*#+[ \t]*/gm, '')
    .replace(/[ \t\u3000]*\r?\n[\s\u3000]*/g, '')
    .replace(/\t+/g, '  ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** The paragraph holding a raw offset; an offset between paragraphs belongs to the next one. */
function paragraphAt(paragraphs: ParagraphSpan[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.end <= offset) lo = mid + 1;
    else {
      found = mid;
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Every paragraph, labelled with the `*_en` values of dataset rows that point into it (by doc_id and
 * raw start); a row of a document without a start (the documents dataset) labels the first paragraph.
 */
export function searchParagraphs(docs: ParsedPlan[], datasets: Record<string, Row[]>): SearchParagraphInput[] {
  const out: SearchParagraphInput[] = [];
  // Rows grouped by plan once: a scan of every row per plan made the index quadratic in plans.
  const rowsOf = new Map<unknown, Row[]>();
  for (const rows of Object.values(datasets))
    for (const row of rows) {
      const list = rowsOf.get(row['doc_id']);
      if (list) list.push(row);
      else rowsOf.set(row['doc_id'], [row]);
    }
  for (const doc of docs) {
    const paragraphs = doc.paragraphs;
    if (paragraphs.length === 0) continue;
    const labels = paragraphs.map(() => new Set<string>());
    for (const row of rowsOf.get(doc.docId) ?? []) {
      const en = Object.entries(row)
        .filter(([k, v]) => k.endsWith('_en') && typeof v === 'string' && v.trim() !== '')
        .map(([, v]) => (v as string).trim());
      if (en.length === 0) continue;
      const at = typeof row['start'] === 'number' ? paragraphAt(paragraphs, row['start']) : 0;
      for (const label of en) labels[at]?.add(label);
    }
    paragraphs.forEach((p, i) => {
      const text = displayText(doc.clean.raw.slice(p.start, p.end));
      if (text === '') return;
      out.push({
        doc_id: doc.docId,
        line: p.line,
        section_id: p.sectionId,
        text,
        labels_en: [...(labels[i] ?? [])].sort(),
      });
    });
  }
  return out;
}
