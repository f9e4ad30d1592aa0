// What every extractor shares: its signature, its result and the build-report entry. Extractors import this
// module, never the registry (extract-all.ts), so the registry can import them without a cycle.
import type { Vocabularies } from '../../src/lib/schema/vocab.ts';
import type { ParsedDocument } from './types.ts';

export type { Vocabularies };

/** A published row: its dataset's schema types it; the registry keeps rows of any dataset. */
export type Row = Record<string, unknown>;

/** Something the build report lists: an unknown indicator, a skipped candidate, with its reason. */
export interface ReportEntry {
  doc_id: string;
  dataset: string;
  kind: string;
  message: string;
  quote?: string;
  start?: number;
  end?: number;
}

export interface ExtractorResult {
  datasets: Record<string, Row[]>;
  report?: ReportEntry[];
}

/** An extractor adds rows to one or more datasets, from one document and the vocabularies. */
export type Extractor = (doc: ParsedDocument, vocab: Vocabularies) => ExtractorResult;
