// Searching the sharded index: fetch the manifest, the gram shards of the query's keys, then the paragraph chunks
// of its candidates (a bounded number, those holding the most candidates: CHUNK_LIMITS), and run search() on what arrived.
// The fetching is a function passed in, so tests count what a query loads.
import { candidateIds, queryTerms, search, type SearchHit } from './query.ts';
import {
  assembleIndex,
  chunkFile,
  lookupKeys,
  MANIFEST_FILE,
  shardFile,
  shardOf,
  type GramShard,
  type ParagraphChunk,
  type SearchDocInfo,
  type SearchManifest,
} from './shards.ts';

export interface ShardedResult {
  hits: SearchHit[];
  /** The plans of the hits: names and section headings. */
  docs: Record<string, SearchDocInfo>;
  /** Paragraphs the keys allow, and how many of them were checked (fewer when their chunks passed maxChunks). */
  candidates: number;
  checked: number;
}

/**
 * Chunks a query fetches: all of its candidates' chunks when they are at most `all` (every query over the five
 * plans: they have 10 chunks), else the `cap` chunks holding the most candidates, which bounds the bytes at
 * thousands of plans (scripts/bench/README.md, bench:search).
 */
export const CHUNK_LIMITS = { all: 10, cap: 5 };

export function shardedSearch(fetchJson: (file: string) => Promise<unknown>, limits = CHUNK_LIMITS) {
  const cache = new Map<string, Promise<unknown>>();
  const get = <T>(file: string): Promise<T> => {
    let p = cache.get(file);
    if (!p) {
      p = fetchJson(file);
      // A failed fetch is tried again next time.
      p.catch(() => cache.delete(file));
      cache.set(file, p);
    }
    return p as Promise<T>;
  };
  const manifest = () => get<SearchManifest>(MANIFEST_FILE);

  return {
    /** Fetch the manifest ahead of the first query (the reader focused the box). */
    warm: () => manifest().then(() => undefined),
    async query(query: string, options: { limit?: number; width?: number } = {}): Promise<ShardedResult> {
      const terms = queryTerms(query);
      if (terms.length === 0) return { hits: [], docs: {}, candidates: 0, checked: 0 };
      const m = await manifest();
      const shardIds = [...new Set(lookupKeys(terms).map((k) => shardOf(k, m.shards)))].sort((a, b) => a - b);
      const shards = await Promise.all(shardIds.map((i) => get<GramShard>(shardFile(i))));
      const ids = candidateIds(assembleIndex(shards, []), terms);
      const perChunk = new Map<number, number>();
      for (const id of ids) perChunk.set(Math.floor(id / m.chunk), (perChunk.get(Math.floor(id / m.chunk)) ?? 0) + 1);
      const chosen = [...perChunk]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, perChunk.size <= limits.all ? perChunk.size : limits.cap)
        .map(([c]) => c)
        .sort((a, b) => a - b);
      const chunks = await Promise.all(chosen.map((c) => get<ParagraphChunk>(chunkFile(c))));
      const hits = search(assembleIndex(shards, chunks), query, options);
      const docs: Record<string, SearchDocInfo> = {};
      for (const c of chunks) Object.assign(docs, c.docs);
      const checked = chosen.reduce((n, c) => n + (perChunk.get(c) ?? 0), 0);
      return { hits, docs, candidates: ids.size, checked };
    },
  };
}
