// The search index split for the web: a tiny manifest, gram shards (a key's postings live in shard hash(key) mod N)
// and paragraph chunks (fixed runs of paragraph ids). A query fetches the shards of its keys, then the chunks of its
// candidate paragraphs, never the whole index. Pure: building here, fetching in ./sharded-search.ts.
import { coveringBigrams } from './fold.ts';
import { postingsOf, type SearchIndex } from './index-build.ts';

export interface SearchManifest {
  v: 2;
  /** Number of gram shards: the postings of key k are in shard shardOf(k, shards). */
  shards: number;
  /** Paragraphs per chunk: paragraph id i is in chunk floor(i / chunk). */
  chunk: number;
  paragraphs: number;
}

/** Key → ascending paragraph ids, delta-encoded as in SearchIndex.grams. */
export type GramShard = Record<string, number[]>;

/** What a result shows of a plan: place in English and Chinese, whether the copy is incomplete, section headings. */
export interface SearchDocInfo {
  en: string;
  zh: string;
  incomplete: boolean;
  sections: Record<string, string>;
}

/** Paragraphs first … first + text.length - 1, with the plans they belong to. */
export interface ParagraphChunk {
  first: number;
  doc: string[];
  line: number[];
  section: string[];
  text: string[];
  en: string[];
  docs: Record<string, SearchDocInfo>;
}

export const MANIFEST_FILE = 'manifest.json';
export const shardFile = (i: number): string => `g/${i}.json`;
export const chunkFile = (i: number): string => `p/${i}.json`;

/** FNV-1a over the UTF-16 code units of the key, modulo the number of shards: the same in Node and the browser. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/**
 * The keys a query's folded terms look up: the bigrams covering each term (coveringBigrams, as search() uses); a
 * one-character term is its own key. In the
 * sharded index a one-character key holds every paragraph with that character (the union of every key containing
 * it), so a one-character term needs one shard, not all of them.
 */
export function lookupKeys(terms: string[]): string[] {
  return [...new Set(terms.flatMap((t) => ([...t].length === 1 ? [t] : coveringBigrams(t))))];
}

/** The distinct ids of some posting lists, ascending. */
function unionOf(lists: number[][]): number[] {
  const joined = new Float64Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of lists) {
    joined.set(l, at);
    at += l.length;
  }
  joined.sort();
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) if (i === 0 || joined[i] !== joined[i - 1]) out.push(joined[i]!);
  return out;
}

const deltas = (ids: number[]): number[] => ids.map((id, i) => (i === 0 ? id : id - (ids[i - 1] as number)));

export interface SplitOptions {
  /** Aim for gram shards of about this many bytes of JSON. */
  shardBytes: number;
  /** Paragraphs per chunk. */
  chunk: number;
}

export const DEFAULT_SPLIT: SplitOptions = { shardBytes: 8_000, chunk: 32 };

/** Split an index into its manifest, gram shards and paragraph chunks (deterministic). */
export function splitSearchIndex(
  index: SearchIndex,
  docInfo: (docId: string) => SearchDocInfo,
  options: SplitOptions = DEFAULT_SPLIT,
): { manifest: SearchManifest; shards: GramShard[]; chunks: ParagraphChunk[] } {
  const keys = Object.keys(index.grams).sort();
  // One-character keys: the union of every key holding the character (its keys' postings joined, sorted, deduplicated:
  // a typed-array sort, not a Set per character, which at thousands of plans was most of the split).
  const keysOf = new Map<string, string[]>();
  for (const key of keys)
    for (const ch of new Set(key)) {
      const list = keysOf.get(ch);
      if (list) list.push(key);
      else keysOf.set(ch, [key]);
    }
  const all = new Map<string, number[]>();
  for (const key of keys) if ([...key].length > 1) all.set(key, index.grams[key] as number[]);
  for (const [ch, chKeys] of keysOf) all.set(ch, deltas(unionOf(chKeys.map((k) => postingsOf(index, k)))));
  const bytes = [...all].reduce((n, [k, v]) => n + k.length * 3 + 6 + JSON.stringify(v).length, 0);
  const shardCount = Math.max(1, Math.ceil(bytes / options.shardBytes));
  const shards: GramShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const key of [...all.keys()].sort()) (shards[shardOf(key, shardCount)] as GramShard)[key] = all.get(key)!;

  const chunks: ParagraphChunk[] = [];
  for (let first = 0; first < index.text.length; first += options.chunk) {
    const ids = Array.from({ length: Math.min(options.chunk, index.text.length - first) }, (_, i) => first + i);
    const doc = ids.map((id) => index.docs[index.doc[id] as number] as string);
    chunks.push({
      first,
      doc,
      line: ids.map((id) => index.line[id] as number),
      section: ids.map((id) => index.section[id] as string),
      text: ids.map((id) => index.text[id] as string),
      en: ids.map((id) => index.en[id] as string),
      docs: Object.fromEntries([...new Set(doc)].map((d) => [d, docInfo(d)])),
    });
  }
  return {
    manifest: { v: 2, shards: shardCount, chunk: options.chunk, paragraphs: index.text.length },
    shards,
    chunks,
  };
}

/**
 * A SearchIndex holding only what was fetched: the keys of the loaded shards and the paragraphs of the loaded
 * chunks (other ids have no text, so search() skips them). Searching it for a query whose shards are all loaded
 * gives what the whole index gives for every paragraph whose chunk is loaded.
 */
export function assembleIndex(shards: GramShard[], chunks: ParagraphChunk[]): SearchIndex {
  const index: SearchIndex = { v: 1, docs: [], doc: [], line: [], section: [], text: [], en: [], grams: {} };
  for (const s of shards) Object.assign(index.grams, s);
  const docIndex = new Map<string, number>();
  for (const c of chunks) {
    c.text.forEach((text, i) => {
      const id = c.first + i;
      const d = c.doc[i] as string;
      if (!docIndex.has(d)) docIndex.set(d, index.docs.push(d) - 1);
      index.doc[id] = docIndex.get(d) as number;
      index.line[id] = c.line[i] as number;
      index.section[id] = c.section[i] as string;
      index.text[id] = text;
      index.en[id] = c.en[i] as string;
    });
  }
  return index;
}

type Row = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** What results show of each plan, from the documents and sections rows: places, completeness, section headings. */
export function searchDocInfo(documents: Row[], sections: Row[]): (docId: string) => SearchDocInfo {
  const info = new Map<string, SearchDocInfo>();
  for (const d of documents) {
    const id = str(d['doc_id']);
    info.set(id, {
      en: str(d['place_en']) || id,
      zh: str(d['place_zh']) || id,
      incomplete: d['complete'] === false,
      sections: {},
    });
  }
  for (const s of sections) {
    const doc = info.get(str(s['doc_id']));
    if (doc) doc.sections[str(s['section_id'])] = `${str(s['label'])}${str(s['heading_zh'])}`.slice(0, 24);
  }
  return (docId) => info.get(docId) ?? { en: docId, zh: docId, incomplete: false, sections: {} };
}
