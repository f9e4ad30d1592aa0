// What a search query fetches from a built site's sharded index (dist/search/): per query, the files and their
// bytes raw, gzip and brotli 11, as the browser's search would fetch them. Used by bench:site-scale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { shardedSearch } from '../../src/lib/search/sharded-search.ts';

export const SITE_QUERIES = ['医保', '家庭医生', '紧密型医共体', '医共体 考核', '医', 'family doctor'];

export interface QueryBytes {
  query: string;
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
  hits: number;
}

export async function searchQueryBytes(dist: string, queries = SITE_QUERIES): Promise<QueryBytes[]> {
  const out: QueryBytes[] = [];
  for (const query of queries) {
    const fetched: Buffer[] = [];
    const engine = shardedSearch((file) => {
      const bytes = readFileSync(join(dist, 'search', file));
      fetched.push(bytes);
      return Promise.resolve(JSON.parse(bytes.toString('utf8')) as unknown);
    });
    const r = await engine.query(query, { limit: 101 });
    let raw = 0;
    let gzip = 0;
    let brotli = 0;
    for (const b of fetched) {
      raw += b.length;
      gzip += gzipSync(b, { level: 9 }).length;
      brotli += brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    out.push({ query, files: fetched.length, raw, gzip, brotli, hits: r.hits.length });
  }
  return out;
}

/** The table bench:site-scale prints. */
export function searchBytesTable(rows: QueryBytes[]): string[] {
  const kb = (n: number) => (n / 1000).toFixed(1);
  return [
    '| search query | files | raw KB | gzip KB | brotli KB | hits |',
    '|---|--:|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${r.query} | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.hits} |`),
  ];
}
