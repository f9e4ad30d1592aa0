// One plan from bytes to rows in one call: what the one-file CLI runs, and what a Web Worker will run in the browser.
import type { DocumentRow } from '../../src/lib/schema/documents.ts';
import { extractAll } from './extract-all.ts';
import type { ReportEntry, Row, Vocabularies } from './extractor-types.ts';
import { parseDocument } from './parse-document.ts';
import type { ManifestEntry, ParsedDocument } from './types.ts';

export interface PlanInput {
  /** File name as given (`yulin.txt`): names the file in messages and finds the manifest entry. */
  fileName: string;
  bytes: Uint8Array;
  /** Defaults to the file name without .txt, lower-cased (docIdOf). */
  docId?: string;
  /** SHA-256 of the bytes (hex), published in documents.sha256; the caller computes it ('' when unknown). */
  sha256?: string;
  /** Path published in documents.source_file; defaults to the file name. */
  sourceFile?: string;
}

export interface PlanExtraction {
  parsed: ParsedDocument;
  /** Every per-document dataset (documents, sections, …, targets, target_mentions), rows in extraction order. */
  datasets: Record<string, Row[]>;
  report: ReportEntry[];
}

/** A doc id from a file name: `Yulin Plan.txt` → `yulin-plan`, `plan.md` → `plan-md`. */
export function docIdOf(fileName: string): string {
  return fileName
    .replace(/\.txt$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-');
}

/** Parse and extract one plan. Throws InputError (naming file and line) for input that cannot be a plan. */
export function extractPlan(
  input: PlanInput,
  vocab: Vocabularies,
  manifest: readonly ManifestEntry[] = [],
): PlanExtraction {
  const entry = manifest.find((m) => m.file === input.fileName);
  const docId = input.docId ?? docIdOf(input.fileName);
  const parsed = parseDocument({ docId, fileName: input.fileName, bytes: input.bytes }, entry);
  const { datasets, report } = extractAll(
    parsed,
    {
      sha256: input.sha256 ?? '',
      sourceFile: input.sourceFile ?? input.fileName,
      ...(entry ? { manifest: entry } : {}),
    },
    vocab,
  );
  return { parsed, datasets, report };
}

/** The one-plan JSON the CLI prints: `{document, <datasets…>, report}`. */
export function planJson(
  plan: PlanExtraction,
): { document: DocumentRow | null; report: ReportEntry[] } & Record<string, unknown> {
  const { documents, ...rest } = plan.datasets;
  return { document: (documents?.[0] as DocumentRow | undefined) ?? null, ...rest, report: plan.report };
}
