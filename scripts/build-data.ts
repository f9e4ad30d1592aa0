// `npm run data`: read the sources, run the pipeline, validate every row, write public/data/. The only writer.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATASETS } from '../src/lib/schema/index.ts';
import { columnsOf } from '../src/lib/schema/columns.ts';
import { InputError } from './pipeline/decode.ts';
import { extractAll, type ReportEntry, type Row } from './pipeline/extract-all.ts';
import { parseDocument } from './pipeline/parse-document.ts';
import { toCsv } from './pipeline/to-csv.ts';
import { validateRows } from './pipeline/validate-rows.ts';
import { readManifest, readSources, readVocabularies } from './read-sources.ts';
import type { SourceDocument } from './release/datapackage.ts';
import { checkForeignKeys, sortByPrimaryKey } from './release/sort-rows.ts';
import { writeRelease } from './release/write-release.ts';
import { findReuse } from './pipeline/find-reuse.ts';
import type { ParsedDocument } from './pipeline/types.ts';
import { buildSearchIndex } from '../src/lib/search/index-build.ts';
import { searchParagraphs } from '../src/lib/search/paragraphs-of.ts';

// DATA_OUT lets tests build into a temp directory (the determinism test builds twice and compares bytes).
const OUT = process.env['DATA_OUT'] ? `${resolve(process.env['DATA_OUT'])}/` : new URL('../public/data/', import.meta.url).pathname;
const ROOT = new URL('../', import.meta.url).pathname;
// The search index is a site asset, not a dataset: public/search/ (SEARCH_OUT overrides; a DATA_OUT test build without SEARCH_OUT builds it but writes nothing).
const SEARCH_OUT = process.env['SEARCH_OUT'] ? resolve(process.env['SEARCH_OUT']) : process.env['DATA_OUT'] ? null : new URL('../public/search/', import.meta.url).pathname;

/** Write to a temporary file and rename, so a failed run never leaves a half-written file. */
function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const manifest = readManifest();
  const vocab = readVocabularies();
  const sources = readSources();
  if (sources.length === 0) throw new Error('data/raw/ holds no .txt sources');
  const all: Record<string, Row[]> = {};
  const report: ReportEntry[] = [];
  const sourceDocs: SourceDocument[] = [];
  const parsed: ParsedDocument[] = [];
  for (const src of sources) {
    const t = performance.now();
    const entry = manifest.find((m) => m.doc_id === src.docId);
    if (!entry) report.push({ doc_id: src.docId, dataset: 'documents', kind: 'no-manifest-entry', message: `${src.fileName} has no entry in data/manifest.json: place fields left empty` });
    const doc = parseDocument({ docId: src.docId, fileName: src.fileName, bytes: src.bytes }, entry);
    parsed.push(doc);
    sourceDocs.push({ docId: src.docId, titleZh: doc.front.titleZh, issuerZh: doc.front.issuerZh, docNumber: doc.front.docNumber, path: relative(ROOT, src.path), sha256: src.sha256 });
    const result = extractAll(doc, { sha256: src.sha256, sourceFile: relative(ROOT, src.path), ...(entry ? { manifest: entry } : {}) }, vocab);
    for (const [name, rows] of Object.entries(result.datasets)) all[name] = (all[name] ?? []).concat(rows);
    report.push(...result.report);
    const counts = Object.entries(result.datasets).filter(([n]) => n !== 'documents').map(([n, r]) => `${r.length} ${n}`).join(', ');
    const flag = doc.front.complete ? '' : '  [INCOMPLETE]';
    process.stdout.write(`  ${src.docId.padEnd(10)} ${String(doc.clean.raw.length).padStart(6)} chars  ${counts}  ${(performance.now() - t).toFixed(0)} ms${flag}\n`);
  }
  // All-documents steps (need every plan at once): text reuse between plans.
  const tReuse = performance.now();
  const reuse = findReuse(parsed);
  all['reuse'] = reuse.rows;
  all['reuse_matrix'] = reuse.matrix;
  report.push(...reuse.report);
  process.stdout.write(`  reuse: ${reuse.rows.length} shared passages between ${new Set(reuse.rows.map((r) => `${r.doc_a}~${r.doc_b}`)).size} pairs of plans in ${(performance.now() - tReuse).toFixed(0)} ms\n`);
  const unregistered = Object.keys(all).filter((n) => !DATASETS.some((d) => d.name === n));
  if (unregistered.length > 0) throw new Error(`datasets without a schema in src/lib/schema/index.ts: ${unregistered.join(', ')}`);
  mkdirSync(OUT, { recursive: true });
  // Validate and sort everything before writing anything; rows go out in primary-key order.
  const ready: Record<string, Row[]> = {};
  for (const spec of DATASETS) ready[spec.name] = sortByPrimaryKey(spec, validateRows(spec, all[spec.name] ?? []));
  checkForeignKeys(DATASETS, ready);
  for (const spec of DATASETS) {
    const rows = ready[spec.name] ?? [];
    const columns = columnsOf(spec);
    writeAtomic(join(OUT, `${spec.name}.csv`), toCsv(rows, columns.map((c) => ({ name: c.name, kind: c.type === 'string' ? 'text' : c.type === 'boolean' ? 'boolean' : 'number' }))));
    writeAtomic(join(OUT, `${spec.name}.json`), `${JSON.stringify(rows, null, 1)}\n`);
  }
  // Search index over every paragraph and the English labels of the validated rows; loaded by /search/ only when the reader searches.
  const searchIndex = JSON.stringify(buildSearchIndex(searchParagraphs(parsed, ready)));
  if (SEARCH_OUT) {
    mkdirSync(SEARCH_OUT, { recursive: true });
    writeAtomic(join(SEARCH_OUT, 'index.json'), searchIndex);
  }
  process.stdout.write(`search index: ${Buffer.byteLength(searchIndex)} bytes${SEARCH_OUT ? ` in ${join(relative(ROOT, SEARCH_OUT), 'index.json')}` : ' (not written: DATA_OUT without SEARCH_OUT)'}\n`);
  writeAtomic(join(OUT, 'build-report.json'), `${JSON.stringify(report, null, 1)}\n`);
  const counts = Object.fromEntries(DATASETS.map((d) => [d.name, (ready[d.name] ?? []).length]));
  const tr = performance.now();
  const release = await writeRelease(OUT, ROOT, DATASETS, counts, sourceDocs);
  process.stdout.write(`release ${release.release.version}: parquet, datapackage.json, README-DATA.md, ${release.zip.path} (${release.zip.bytes} bytes), SHA256SUMS in ${(performance.now() - tr).toFixed(0)} ms\n`);
  const summary = DATASETS.map((d) => `${d.name} ${(all[d.name] ?? []).length}`).join(', ');
  process.stdout.write(`wrote ${DATASETS.length} datasets to ${relative(ROOT, OUT)}: ${summary}\n`);
  if (report.length > 0) process.stdout.write(`build report: ${report.length} entries in public/data/build-report.json\n`);
  process.stdout.write(`pipeline: ${sources.length} documents in ${(performance.now() - t0).toFixed(0)} ms\n`);
}

try {
  await main();
} catch (err) {
  const msg = err instanceof InputError || err instanceof Error ? err.message : String(err);
  process.stderr.write(`build-data: ${msg}\nNothing was published for this run (files from an earlier run, if any, are unchanged up to the failing dataset).\n`);
  process.exit(1);
}
