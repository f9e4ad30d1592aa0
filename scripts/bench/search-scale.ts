// `npm run bench:search [-- N1 N2 …]`: the sharded search index over the five plans and over N generated plans
// (default 3000): its files, and the bytes each of a set of queries fetches (raw, gzip, brotli 11). Not a test.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../pipeline/parse-document.ts';
import { readSources } from '../read-sources.ts';
import { buildSearchIndex } from '../../src/lib/search/index-build.ts';
import { searchParagraphs } from '../../src/lib/search/paragraphs-of.ts';
import { shardedSearch } from '../../src/lib/search/sharded-search.ts';
import { chunkFile, MANIFEST_FILE, searchDocInfo, shardFile, splitSearchIndex } from '../../src/lib/search/shards.ts';
import { generateCorpus } from './generate-corpus.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const NS = sizes.length > 0 ? sizes : [3000];
const QUERIES = ['医保', '家庭医生', '总会计师', '紧密型医共体', '医共体 考核', '旗', '医', 'family doctor'];

const real = readSources().map((s) => parseDocument({ docId: s.docId, fileName: s.fileName, bytes: s.bytes }));
const sources = real.map((d) => ({
  docId: d.docId,
  paragraphs: d.paragraphs.filter((p) => p.kind !== 'table-row').map((p) => p.text),
}));

const brotli = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function measure(label: string, docs: Parameters<typeof searchParagraphs>[0]): Promise<void> {
  const t0 = performance.now();
  const split = splitSearchIndex(buildSearchIndex(searchParagraphs(docs, {})), searchDocInfo([], []));
  const files = new Map<string, Buffer>([[MANIFEST_FILE, Buffer.from(JSON.stringify(split.manifest))]]);
  split.shards.forEach((s, i) => files.set(shardFile(i), Buffer.from(JSON.stringify(s))));
  split.chunks.forEach((c, i) => files.set(chunkFile(i), Buffer.from(JSON.stringify(c))));
  const total = [...files.values()].reduce((n, b) => n + b.length, 0);
  const shardBytes = split.shards.map((s) => JSON.stringify(s).length).sort((a, b) => a - b);
  const largest = [...files].sort((a, b) => b[1].length - a[1].length)[0]!;
  process.stdout.write(
    `\n${label}: ${split.manifest.paragraphs} paragraphs; ${files.size} files, ${(total / 1e6).toFixed(1)} MB in all; ` +
      `${split.shards.length} gram shards (median ${shardBytes[Math.floor(shardBytes.length / 2)]} B), ` +
      `${split.chunks.length} chunks; largest file ${largest[0]} ${largest[1].length} B ` +
      `(${brotli(largest[1])} B brotli); split in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  process.stdout.write(
    `| query | files | raw KB | gzip KB | brotli KB | hits | checked / candidates |\n|---|--:|--:|--:|--:|--:|--:|\n`,
  );
  for (const q of QUERIES) {
    const fetched: string[] = [];
    const engine = shardedSearch((file) => {
      fetched.push(file);
      return Promise.resolve(JSON.parse(files.get(file)!.toString('utf8')) as unknown);
    });
    const r = await engine.query(q, { limit: 101 });
    const bufs = fetched.map((f) => files.get(f)!);
    const kb = (n: number) => (n / 1000).toFixed(1);
    process.stdout.write(
      `| ${q} | ${fetched.length} | ${kb(bufs.reduce((n, b) => n + b.length, 0))} | ${kb(bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0))} | ${kb(bufs.reduce((n, b) => n + brotli(b), 0))} | ${r.hits.length} | ${r.checked} / ${r.candidates} |\n`,
    );
  }
}

await measure('the five plans (no English labels)', real);
for (const n of NS) {
  const plans = generateCorpus(sources, { n, seed: 18 }).map((p) =>
    parseDocument({ docId: p.docId, fileName: p.fileName, bytes: Buffer.from(p.text, 'utf8') }),
  );
  await measure(`${n} generated plans`, plans);
}
