// `npm run data`: read the sources, run the pipeline, validate every row, write public/data/. The only writer.
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATASETS } from '../src/lib/schema/index.ts';
import { columnsOf } from '../src/lib/schema/columns.ts';
import { InputError, runPipeline } from './pipeline/index.ts';
import { csvColumns } from '../src/lib/csv/index.ts';
import { DATASET_PART_BYTES } from '../src/lib/dataset-parts.ts';
import { writeDatasetFiles } from './release/write-dataset-files.ts';
import { writeAtomic, writeIfChanged } from './io/write-atomic.ts';
import { listFiles } from './io/list-files.ts';
import { VOCABULARIES_FILE } from '../src/lib/schema/vocab.ts';
import { readManifest, readRuleFiles, readSources, readVocabularies } from './read-sources.ts';
import { writeRelease, type PublishedSourceFile } from './release/write-release.ts';
import { readSiteSettings } from '../src/lib/site-settings.ts';
import { normalizeBase } from '../src/i18n/ui.ts';
import { buildSearchIndex } from '../src/lib/search/index-build.ts';
import { searchParagraphs } from '../src/lib/search/paragraphs-of.ts';
import { chunkFile, MANIFEST_FILE, searchDocInfo, shardFile, splitSearchIndex } from '../src/lib/search/shards.ts';
import { existsSync, rmSync } from 'node:fs';
import { diskExtractionCache } from './extraction-cache.ts';
import { diskReuseState } from './reuse-state-cache.ts';
import { progressLine } from './progress.ts';
import { diskReleaseCache } from './release/release-cache.ts';
import { DEFLATE_STAMP } from './release/zip.ts';
import { BUILD_REPORT_DIR, BUILD_REPORT_FILE, reportText, splitBuildReport } from './build-report.ts';

// DATA_OUT lets tests build into a temp directory (the determinism test builds twice and compares bytes).
const OUT = process.env['DATA_OUT']
  ? `${resolve(process.env['DATA_OUT'])}/`
  : new URL('../public/data/', import.meta.url).pathname;
const ROOT = new URL('../', import.meta.url).pathname;
// The search index is a site asset, not a dataset: public/search/ (SEARCH_OUT overrides; a DATA_OUT test build without SEARCH_OUT builds it but writes nothing).
const SEARCH_OUT = process.env['SEARCH_OUT']
  ? resolve(process.env['SEARCH_OUT'])
  : process.env['DATA_OUT']
    ? null
    : new URL('../public/search/', import.meta.url).pathname;
// Extractions of unchanged plans are kept here between runs (scripts/extraction-cache.ts); PIPELINE_CACHE=off
// extracts every plan afresh, PIPELINE_CACHE=<dir> keeps them elsewhere. The output is the same bytes either way.
const CACHE_DIR =
  process.env['PIPELINE_CACHE'] === 'off'
    ? null
    : resolve(process.env['PIPELINE_CACHE'] ?? new URL('../.cache/pipeline/', import.meta.url).pathname);
/** Up to this many plans, one line per plan; beyond, a progress line with an ETA every 5 %. */
const LINE_PER_PLAN = 50;
const PART_BYTES = process.env['DATASET_PART_BYTES'] ? Number(process.env['DATASET_PART_BYTES']) : DATASET_PART_BYTES;
if (!Number.isInteger(PART_BYTES) || PART_BYTES < 1024)
  throw new Error(`DATASET_PART_BYTES: ${process.env['DATASET_PART_BYTES']} is not a whole number of bytes >= 1024`);
// The release zip passing this size comes as zips in parts (src/lib/release-zip.ts); ZIP_PART_BYTES overrides it.
const ZIP_PART_BYTES = process.env['ZIP_PART_BYTES'] ? Number(process.env['ZIP_PART_BYTES']) : DATASET_PART_BYTES;
if (!Number.isInteger(ZIP_PART_BYTES) || ZIP_PART_BYTES < 1024)
  throw new Error(`ZIP_PART_BYTES: ${process.env['ZIP_PART_BYTES']} is not a whole number of bytes >= 1024`);

async function main(): Promise<void> {
  const t0 = performance.now();
  const sources = readSources().map((s) => ({ ...s, sourceFile: relative(ROOT, s.path) }));
  if (sources.length === 0) throw new Error('data/raw/ holds no .txt sources');
  const manifest = readManifest();
  const vocab = readVocabularies();
  const cache = CACHE_DIR ? diskExtractionCache(CACHE_DIR, vocab) : null;
  const reuseState = CACHE_DIR ? diskReuseState(CACHE_DIR) : null;
  const tp = performance.now();
  const every = sources.length <= LINE_PER_PLAN ? 1 : Math.ceil(sources.length / 20);
  let done = 0;
  let lastDone = performance.now();
  const {
    datasets: ready,
    report,
    parsed,
    sources: sourceDocs,
    reuseStats,
  } = runPipeline(
    sources,
    manifest,
    vocab,
    (d) => {
      // The pipeline has no clock: a document's time is the interval since the previous one finished.
      const now = performance.now();
      const ms = now - lastDone;
      lastDone = now;
      done++;
      if (every === 1) {
        const counts = Object.entries(d.counts)
          .filter(([n]) => n !== 'documents')
          .map(([n, c]) => `${c} ${n}`)
          .join(', ');
        process.stdout.write(
          `  ${d.docId.padEnd(10)} ${String(d.chars).padStart(6)} chars  ${counts}  ${ms.toFixed(0)} ms${d.cached ? ' (cached)' : ''}${d.complete ? '' : '  [INCOMPLETE]'}\n`,
        );
      } else if (done % every === 0 || done === sources.length) {
        process.stdout.write(`  ${progressLine(done, sources.length, now - tp)}\n`);
      }
    },
    cache,
    reuseState,
  );
  const tPipeline = performance.now();
  if (cache) {
    const pruned = cache.prune();
    process.stdout.write(
      `  extraction cache: ${cache.hits} of ${sources.length} plans unchanged, ${cache.misses} extracted${pruned > 0 ? `, ${pruned} stale entries removed` : ''} (${relative(ROOT, CACHE_DIR ?? '') || CACHE_DIR})\n`,
    );
  }
  const reuseRows = ready['reuse'] ?? [];
  process.stdout.write(
    `  reuse: ${reuseRows.length} shared passages between ${new Set(reuseRows.map((r) => `${String(r['doc_a'])}~${String(r['doc_b'])}`)).size} pairs of plans; ${reuseStats.doc_pairs} pairs aligned${reuseState ? `, ${reuseStats.pairs_reused} taken from the previous run (state: ${reuseState.found})` : ''}\n`,
  );
  // A dataset larger than a part is published in parts (src/lib/dataset-parts.ts); DATASET_PART_BYTES overrides the size.
  const partRows: Record<string, number[]> = {};
  for (const spec of DATASETS) {
    const rows = ready[spec.name] ?? [];
    const parts = writeDatasetFiles(OUT, spec.name, rows, csvColumns(columnsOf(spec)), PART_BYTES);
    if (parts.length > 1) {
      partRows[spec.name] = parts;
      process.stdout.write(`  ${spec.name}: ${rows.length} rows in ${parts.length} parts\n`);
    }
  }
  const tFiles = performance.now();
  // Search index over every paragraph and the English labels of the validated rows; loaded by /search/ only when the reader searches.
  // Split into a manifest, gram shards and paragraph chunks (src/lib/search/shards.ts): a query fetches only its own.
  const split = splitSearchIndex(
    buildSearchIndex(searchParagraphs(parsed, ready)),
    searchDocInfo(ready['documents'] ?? [], ready['sections'] ?? []),
  );
  const searchFiles: [string, string][] = [
    [MANIFEST_FILE, JSON.stringify(split.manifest)],
    ...split.shards.map((s, i): [string, string] => [shardFile(i), JSON.stringify(s)]),
    ...split.chunks.map((c, i): [string, string] => [chunkFile(i), JSON.stringify(c)]),
  ];
  let rewritten = 0;
  if (SEARCH_OUT) {
    // Only files whose bytes changed are written (one changed plan touches few shards); files of an earlier,
    // larger split are removed, so the folder holds exactly this index.
    const keep = new Set(searchFiles.map(([file]) => file));
    if (existsSync(SEARCH_OUT))
      for (const f of listFiles(SEARCH_OUT)) if (!keep.has(f)) rmSync(join(SEARCH_OUT, f), { force: true });
    for (const [file, text] of searchFiles) if (writeIfChanged(join(SEARCH_OUT, file), text)) rewritten++;
  }
  const searchBytes = searchFiles.reduce((n, [, text]) => n + Buffer.byteLength(text), 0);
  process.stdout.write(
    `search index: ${searchBytes} bytes in ${split.shards.length} gram shards and ${split.chunks.length} paragraph chunks${SEARCH_OUT ? ` in ${relative(ROOT, SEARCH_OUT)} (${rewritten} of ${searchFiles.length} files rewritten)` : ' (not written: DATA_OUT without SEARCH_OUT)'}\n`,
  );
  const tSearch = performance.now();
  // The build report: a summary and one file per plan with entries (scripts/build-report.ts); files of plans no
  // longer reported are removed, so the folder holds exactly this report.
  const reported = splitBuildReport(report);
  const reportDir = join(OUT, BUILD_REPORT_DIR);
  if (existsSync(reportDir))
    for (const f of listFiles(reportDir))
      if (!reported.files.has(`${BUILD_REPORT_DIR}/${f}`)) rmSync(join(reportDir, f), { force: true });
  for (const [path, text] of reported.files) writeIfChanged(join(OUT, path), text);
  writeAtomic(join(OUT, BUILD_REPORT_FILE), reportText(reported.summary));
  // What pages link to besides the datasets: the rule files, and every source exactly as it is in data/raw/.
  const rules = readRuleFiles();
  for (const r of rules) writeIfChanged(join(OUT, 'rules', r.fileName), r.bytes);
  // Sources (and the originals `npm run add` kept) join the zip, SHA256SUMS and datapackage.json, so a downloader
  // can check every offset against the very bytes it indexes.
  const sourceFiles: PublishedSourceFile[] = [];
  for (const s of sources) {
    writeIfChanged(join(OUT, 'sources', s.fileName), s.bytes);
    sourceFiles.push({ docId: s.docId, kind: 'text', format: 'txt', path: `sources/${s.fileName}` });
    if (s.originalFile && s.original) {
      writeIfChanged(join(OUT, 'sources', 'originals', s.originalFile.fileName), s.originalFile.bytes);
      sourceFiles.push({
        docId: s.docId,
        kind: 'original',
        format: s.original.format,
        path: `sources/originals/${s.originalFile.fileName}`,
      });
    }
  }
  // The vocabularies as the pipeline reads them (data/vocab/*.json, validated), for the in-browser extractor
  // (/extract/): not the vocab_* datasets, which flatten them for readers. Beside the release, not in SHA256SUMS.
  writeAtomic(join(OUT, VOCABULARIES_FILE), `${JSON.stringify(vocab)}\n`);
  process.stdout.write(
    `rules: ${rules.length} files in ${join(relative(ROOT, OUT), 'rules')}; sources: ${sourceFiles.length} files in ${join(relative(ROOT, OUT), 'sources')}; vocabularies in ${join(relative(ROOT, OUT), VOCABULARIES_FILE)}\n`,
  );
  // SITE_URL (README "Settings") puts the data page's address into CITATION.cff; unset, the file names no host.
  const { siteUrl } = readSiteSettings(process.env);
  const dataUrl = siteUrl
    ? new URL(`${normalizeBase(process.env['SITE_BASE'] ?? '/')}data/`, siteUrl.origin).href
    : null;
  const counts = Object.fromEntries(DATASETS.map((d) => [d.name, (ready[d.name] ?? []).length]));
  const tr = performance.now();
  // Parquet files and zip entries whose input bytes did not change come from .cache/pipeline/release/.
  const releaseCache = CACHE_DIR ? diskReleaseCache(join(CACHE_DIR, 'release'), DEFLATE_STAMP) : null;
  const release = await writeRelease(OUT, ROOT, DATASETS, counts, sourceDocs, {
    sourceFiles,
    dataUrl,
    partRows,
    zipPartBytes: ZIP_PART_BYTES,
    cache: releaseCache,
  });
  const releasePruned = releaseCache?.prune() ?? 0;
  const zips = release.zips.map((z) => `${z.path} (${z.bytes} bytes)`).join(', ');
  process.stdout.write(
    `release ${release.release.version}: parquet, datapackage.json, README-DATA.md, ${zips}, SHA256SUMS in ${(performance.now() - tr).toFixed(0)} ms${releaseCache ? ` (release cache: ${releaseCache.hits} files unchanged, ${releaseCache.misses} made${releasePruned > 0 ? `, ${releasePruned} stale removed` : ''})` : ''}\n`,
  );
  const summary = DATASETS.map((d) => `${d.name} ${(ready[d.name] ?? []).length}`).join(', ');
  process.stdout.write(`wrote ${DATASETS.length} datasets to ${relative(ROOT, OUT)}: ${summary}\n`);
  if (report.length > 0)
    process.stdout.write(
      `build report: ${report.length} entries for ${reported.summary.documents.length} plans in ${join(relative(ROOT, OUT), BUILD_REPORT_FILE)} and ${join(relative(ROOT, OUT), BUILD_REPORT_DIR)}/\n`,
    );
  const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  process.stdout.write(
    `pipeline: ${sources.length} documents in ${(performance.now() - t0).toFixed(0)} ms (read ${s(tp - t0)}, extract and reuse ${s(tPipeline - tp)}, dataset files ${s(tFiles - tPipeline)}, search ${s(tSearch - tFiles)}, release ${s(performance.now() - tr)})\n`,
  );
}

try {
  await main();
} catch (err) {
  const msg = err instanceof InputError || err instanceof Error ? err.message : String(err);
  process.stderr.write(
    `build-data: ${msg}\nNothing was published for this run (files from an earlier run, if any, are unchanged up to the failing dataset).\n`,
  );
  process.exit(1);
}
