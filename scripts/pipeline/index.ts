// The pipeline's one public entry: what the shells (build, CLI) and a browser Web Worker import.
// Everything here is pure and browser-safe: bytes and vocabularies in, rows and a report out; no disk, no clock.
export { InputError } from './decode.ts';
export { parseDocument, type DocumentInput } from './parse-document.ts';
export { extractAll, type DocumentExtraction } from './extract-all.ts';
export { explainExtraction } from './explain.ts';
export { docIdOf, extractPlan, planJson, type PlanExtraction, type PlanInput } from './extract-plan.ts';
export {
  runPipeline,
  type DocumentSummary,
  type ExtractionCache,
  type PipelineResult,
  type PipelineSource,
} from './run-pipeline.ts';
export type { ReuseState, ReuseStateStore } from './find-reuse-state.ts';
export { RowError, validateRows } from './validate-rows.ts';
export { KeyError, sortByPrimaryKey } from './sort-rows.ts';
export type { Extractor, ExtractorResult, ReportEntry, Row, Vocabularies } from './extractor-types.ts';
export type {
  Attachment,
  CleanText,
  FrontMatter,
  ManifestEntry,
  Note,
  Paragraph,
  ParsedDocument,
  RawSpan,
  Section,
  SourceDocument,
  Table,
  TableCell,
} from './types.ts';
export type { OriginalFile } from './types.ts';
// File formats (.txt/.md/.html/.docx/.pdf) to canonical text; heavy engines come from loaders the shell injects.
export {
  ACCEPTED_EXTENSIONS,
  MAX_INPUT_BYTES,
  ConvertError,
  applyPageMetadata,
  canonicalBytes,
  checkSize,
  convertFile,
  detectFormat,
  docIdFromFileName,
  docxEngineFromMammoth,
  extractConverted,
  isDocId,
  pdfEngineFromPdfjs,
  type ConvertLoaders,
  type ConvertOptions,
  type ConvertResult,
  type ConvertedExtraction,
  type MammothLike,
  type PdfjsLike,
  type PageMetadataEntry,
  type SourceFormat,
} from './convert/index.ts';
