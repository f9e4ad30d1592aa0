// Build-time search index: every paragraph of every plan, keyed by character bigrams of its folded text and English labels.
import { bigrams, fold } from './fold.ts';

export interface SearchParagraphInput {
  doc_id: string;
  /** 1-based raw line where the paragraph starts: the plan page's anchor #p-<line>. */
  line: number;
  section_id: string;
  /** Paragraph text for display (the source with Markdown marks and line breaks removed). */
  text: string;
  /** English labels of items extracted from the paragraph (indicator_en, name_en …), deduplicated. */
  labels_en: string[];
}

/** Compact, JSON-serialisable; paragraph i is described by doc[i], line[i], section[i], text[i], en[i]. */
export interface SearchIndex {
  v: 1;
  docs: string[];
  doc: number[];
  line: number[];
  section: string[];
  text: string[];
  en: string[];
  /** Bigram → ascending paragraph ids, delta-encoded (first id, then differences). */
  grams: Record<string, number[]>;
}

/** Labels are joined with this separator for display and matching. */
export const LABEL_SEPARATOR = ' · ';
/** Text and labels are folded separately and joined by a character fold() never keeps, so no bigram spans both. */
export const PART_SEPARATOR = '\u0001';

export function searchableOf(text: string, en: string): string {
  return `${fold(text).text}${PART_SEPARATOR}${fold(en).text}`;
}

export function buildSearchIndex(paragraphs: SearchParagraphInput[]): SearchIndex {
  const ordered = paragraphs
    .slice()
    .sort((a, b) => (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : a.line - b.line));
  const docs = [...new Set(ordered.map((p) => p.doc_id))];
  const docIndex = new Map(docs.map((d, i) => [d, i]));
  const postings = new Map<string, number[]>();
  const index: SearchIndex = { v: 1, docs, doc: [], line: [], section: [], text: [], en: [], grams: {} };
  ordered.forEach((p, id) => {
    const en = [...new Set(p.labels_en.filter(Boolean))].sort().join(LABEL_SEPARATOR);
    index.doc.push(docIndex.get(p.doc_id) as number);
    index.line.push(p.line);
    index.section.push(p.section_id);
    index.text.push(p.text);
    index.en.push(en);
    const keys = new Set<string>();
    for (const part of searchableOf(p.text, en).split(PART_SEPARATOR)) for (const g of bigrams(part)) keys.add(g);
    for (const g of keys) {
      const list = postings.get(g) ?? [];
      list.push(id);
      postings.set(g, list);
    }
  });
  for (const g of [...postings.keys()].sort()) {
    const ids = postings.get(g) as number[];
    index.grams[g] = ids.map((id, i) => (i === 0 ? id : id - (ids[i - 1] as number)));
  }
  return index;
}

/** Paragraph ids of a bigram (undoing the delta encoding). */
export function postingsOf(index: SearchIndex, gram: string): number[] {
  const deltas = index.grams[gram];
  if (!deltas) return [];
  const out: number[] = [];
  let id = 0;
  deltas.forEach((d, i) => {
    id = i === 0 ? d : id + d;
    out.push(id);
  });
  return out;
}
