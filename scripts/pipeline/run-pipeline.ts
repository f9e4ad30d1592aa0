// The whole pipeline over a set of sources, without touching disk: parse, extract, cross-document steps,
// then validate, sort and check keys. build-data.ts writes what this returns; tests call it directly.
import { DATASETS } from '../../src/lib/schema/index.ts';
import { checkForeignKeys, sortByPrimaryKey } from './sort-rows.ts';
import type { Vocabularies } from '../../src/lib/schema/vocab.ts';
import { extractAll, type DocumentExtraction } from './extract-all.ts';
import type { ReportEntry, Row } from './extractor-types.ts';
import { findReuse, type ReuseStats } from './find-reuse.ts';
import type { ReuseStateStore } from './find-reuse-state.ts';
import { parseDocument } from './parse-document.ts';
import type { ManifestEntry, OriginalFile, ParsedDocument, SourceDocument } from './types.ts';
import { validateRows } from './validate-rows.ts';
import { vocabularyRows } from './vocab-rows.ts';

export interface PipelineSource {
  docId: string;
  fileName: string;
  /** Path of the raw file as published in documents.source_file. */
  sourceFile: string;
  bytes: Uint8Array;
  sha256: string;
  /** The file the raw text was converted from, when it is not the raw text itself. */
  original?: OriginalFile;
}

export interface DocumentSummary {
  docId: string;
  chars: number;
  complete: boolean;
  counts: Record<string, number>;
  /** The rows came from the extraction cache (inputs unchanged since they were made). */
  cached: boolean;
}

/**
 * Extractions kept from earlier runs, for the shell to look up and store (the pipeline never touches disk). The
 * shell keys them by everything an extraction depends on: the source, its manifest entry, the vocabularies and
 * the pipeline's code; a hit must be exactly what extractAll would return.
 */
export interface ExtractionCache {
  get(source: PipelineSource, entry: ManifestEntry | undefined): DocumentExtraction | undefined;
  set(source: PipelineSource, entry: ManifestEntry | undefined, extraction: DocumentExtraction): void;
}

export interface PipelineResult {
  /** Every dataset of DATASETS: validated, sorted by primary key, foreign keys checked. */
  datasets: Record<string, Row[]>;
  report: ReportEntry[];
  parsed: ParsedDocument[];
  sources: SourceDocument[];
  /** What text reuse cost: pairs aligned, pairs taken over from the previous run's state. */
  reuseStats: ReuseStats;
}

export function runPipeline(
  sources: PipelineSource[],
  manifest: ManifestEntry[],
  vocab: Vocabularies,
  /** Called after each document (the shell times documents by the interval between calls). */
  onDocument: (s: DocumentSummary) => void = () => {},
  /** Where unchanged plans' extractions are found; parsing still runs (text reuse and search need every plan). */
  cache: ExtractionCache | null = null,
  /** Text reuse of the previous run, so only the pairs of plans whose inputs changed are aligned again. */
  reuseState: ReuseStateStore | null = null,
): PipelineResult {
  const all: Record<string, Row[]> = {};
  const report: ReportEntry[] = [];
  const parsed: ParsedDocument[] = [];
  const sourceDocs: SourceDocument[] = [];
  const entries = new Map(manifest.map((m) => [m.doc_id, m]));
  for (const src of sources) {
    const entry = entries.get(src.docId);
    if (!entry)
      report.push({
        doc_id: src.docId,
        dataset: 'documents',
        kind: 'no-manifest-entry',
        message: `${src.fileName} has no entry in data/manifest.json: place fields left empty`,
      });
    const doc = parseDocument({ docId: src.docId, fileName: src.fileName, bytes: src.bytes }, entry);
    parsed.push(doc);
    sourceDocs.push({
      docId: src.docId,
      titleZh: doc.front.titleZh,
      issuerZh: doc.front.issuerZh,
      docNumber: doc.front.docNumber,
      path: src.sourceFile,
      sha256: src.sha256,
    });
    const hit = cache?.get(src, entry);
    const result =
      hit ??
      extractAll(
        doc,
        {
          sha256: src.sha256,
          sourceFile: src.sourceFile,
          ...(entry ? { manifest: entry } : {}),
          ...(src.original ? { original: src.original } : {}),
        },
        vocab,
      );
    if (!hit) cache?.set(src, entry, result);
    // Appended in place: concat per document would copy every row so far (quadratic), and push(...rows) spreads
    // an unbounded array into one call (a stack overflow at ~1,500 plans).
    for (const [name, rows] of Object.entries(result.datasets)) appendAll((all[name] ??= []), rows);
    appendAll(report, result.report);
    const counts = Object.fromEntries(Object.entries(result.datasets).map(([n, r]) => [n, r.length]));
    onDocument({
      docId: src.docId,
      chars: doc.clean.raw.length,
      complete: doc.front.complete,
      counts,
      cached: hit !== undefined,
    });
  }
  // All-documents steps (need every plan at once): text reuse between plans, incremental given the last run's state.
  const reuse = findReuse(parsed, {}, reuseState?.get() ?? null);
  reuseState?.set(reuse.state);
  all['reuse'] = reuse.rows;
  all['reuse_matrix'] = reuse.matrix;
  appendAll(report, reuse.report);
  // The vocabularies themselves, so pages and readers use the names, definitions and goals the pipeline used.
  Object.assign(all, vocabularyRows(vocab));
  const unregistered = Object.keys(all).filter((n) => !DATASETS.some((d) => d.name === n));
  if (unregistered.length > 0)
    throw new Error(`datasets without a schema in src/lib/schema/index.ts: ${unregistered.join(', ')}`);
  // Validate and sort everything before anything is written; rows go out in primary-key order.
  const datasets: Record<string, Row[]> = {};
  for (const spec of DATASETS) datasets[spec.name] = sortByPrimaryKey(spec, validateRows(spec, all[spec.name] ?? []));
  checkForeignKeys(DATASETS, datasets);
  return { datasets, report, parsed, sources: sourceDocs, reuseStats: reuse.stats };
}

/** Append every item of `items` to `into` without spreading them into one call (no argument-count limit). */
function appendAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
