// Searching the index in the browser (pure): query → ranked paragraphs with highlighted snippets.
import { coveringBigrams, fold } from './fold.ts';
import { LABEL_SEPARATOR, PART_SEPARATOR, postingsOf, searchableOf, type SearchIndex } from './index-build.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  /** Paragraph id in the index. */
  id: number;
  doc_id: string;
  line: number;
  section_id: string;
  score: number;
  /** Part of the paragraph around the first match, split into plain and matched segments. */
  snippet: Segment[];
  /** The snippet starts after / ends before the paragraph's own start / end. */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** English labels of the paragraph with matches marked; empty when it has none. */
  labels: Segment[];
}

/** Query terms: split at spaces and punctuation between words, each folded like the index; empty terms dropped. */
export function queryTerms(query: string): string[] {
  const parts = query.normalize('NFKC').split(/[\s,;，；、。]+/u);
  return [...new Set(parts.map((p) => fold(p).text).filter((t) => t.length > 0))];
}

/**
 * Paragraph ids that contain the bigrams covering the term (coveringBigrams; a one-character term: every key
 * holding it). A superset of the paragraphs holding the term: search() checks the text.
 */
function candidates(index: SearchIndex, term: string): Set<number> {
  const grams = coveringBigrams(term);
  if (grams.length === 1 && [...term].length === 1) {
    const out = new Set<number>();
    for (const key of Object.keys(index.grams))
      if (key.includes(term)) for (const id of postingsOf(index, key)) out.add(id);
    return out;
  }
  let result: Set<number> | null = null;
  // Rarest bigram first keeps the intersections small.
  for (const g of grams.slice().sort((a, b) => (index.grams[a]?.length ?? 0) - (index.grams[b]?.length ?? 0))) {
    const ids = postingsOf(index, g);
    result = result === null ? new Set(ids) : new Set(ids.filter((id) => (result as Set<number>).has(id)));
    if (result.size === 0) break;
  }
  return result ?? new Set();
}

/** Paragraph ids that may contain every term (their covering bigrams); search() then checks the text. */
export function candidateIds(index: SearchIndex, terms: string[]): Set<number> {
  let ids: Set<number> | null = null;
  for (const term of terms) {
    const c = candidates(index, term);
    ids = ids === null ? c : new Set([...c].filter((id) => (ids as Set<number>).has(id)));
  }
  return ids ?? new Set();
}

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Split text into plain and hit segments, given the folded matches of the terms. */
function mark(text: string, terms: string[]): { segments: Segment[]; first: number } {
  const f = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (const i of occurrences(f.text, term)) {
      ranges.push([f.at[i] as number, (f.at[i + term.length - 1] as number) + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const segments: Segment[] = [];
  let pos = 0;
  for (const [s, e] of merged) {
    if (s > pos) segments.push({ text: text.slice(pos, s), hit: false });
    segments.push({ text: text.slice(s, e), hit: true });
    pos = e;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), hit: false });
  return { segments, first: merged[0]?.[0] ?? -1 };
}

/** Cut a paragraph to about `width` characters around its first match. */
function snippetOf(
  text: string,
  terms: string[],
  width: number,
): Pick<SearchHit, 'snippet' | 'clippedStart' | 'clippedEnd'> {
  const { first } = mark(text, terms);
  if (text.length <= width) return { snippet: mark(text, terms).segments, clippedStart: false, clippedEnd: false };
  const start = Math.max(0, Math.min(first < 0 ? 0 : first - Math.floor(width / 4), text.length - width));
  const end = Math.min(text.length, start + width);
  return {
    snippet: mark(text.slice(start, end), terms).segments,
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}

/**
 * Paragraphs containing every term (in the text or in its English labels), best first: more matches
 * first, a match in a label counting double; ties in document order.
 */
export function search(
  index: SearchIndex,
  query: string,
  options: { limit?: number; width?: number } = {},
): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const id of [...candidateIds(index, terms)].sort((a, b) => a - b)) {
    const text = index.text[id] ?? '';
    const en = index.en[id] ?? '';
    const [inText, inLabels] = searchableOf(text, en).split(PART_SEPARATOR) as [string, string];
    let score = 0;
    let all = true;
    for (const term of terms) {
      // Bigrams say "maybe"; the folded strings say whether the term really occurs, as one run.
      const n = occurrences(inText, term).length + 2 * occurrences(inLabels, term).length;
      if (n === 0) all = false;
      score += n;
    }
    if (!all) continue;
    hits.push({
      id,
      doc_id: index.docs[index.doc[id] as number] as string,
      line: index.line[id] as number,
      section_id: index.section[id] as string,
      score,
      ...snippetOf(text, terms, options.width ?? 120),
      labels: en ? mark(en, terms).segments : [],
    });
  }
  hits.sort((a, b) => b.score - a.score || a.id - b.id);
  return hits.slice(0, options.limit ?? 50);
}

export { LABEL_SEPARATOR };
