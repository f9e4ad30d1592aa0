// A converted file through the pipeline: its canonical text parsed and extracted, converter notes kept with the
// document's notes, the original file's format and hash in the documents row, page metadata filling what the
// text does not state. Shared by the CLI and the in-browser extractor; hashes come from the shell.
import { extractAll, type DocumentExtraction, type Vocabularies } from '../extract-all.ts';
import { parseDocument } from '../parse-document.ts';
import type { ManifestEntry, ParsedDocument } from '../types.ts';
import { canonicalBytes } from './canonical.ts';
import { applyPageMetadata, type DocumentFacts } from './page-metadata.ts';
import type { ConvertResult, PageMetadataEntry } from './types.ts';

export interface ConvertedMeta {
  docId: string;
  /** Name used in notes and errors (the file as given). */
  fileName: string;
  /** Path shown as documents.source_file. */
  sourceFile: string;
  /** documents.sha256: of the raw file — a text file itself (as in data/raw), else the canonical text's UTF-8. */
  sha256: string;
  /** SHA-256 of the file as received. */
  originalSha256: string;
  manifest?: ManifestEntry;
}

export interface ConvertedExtraction extends DocumentExtraction {
  doc: ParsedDocument;
  pageMetadata: PageMetadataEntry[];
  /** documents fields filled from the page metadata (the text said nothing). */
  filledFromPage: string[];
}

export function extractConverted(
  converted: ConvertResult,
  meta: ConvertedMeta,
  vocab: Vocabularies,
): ConvertedExtraction {
  const doc = parseDocument(
    { docId: meta.docId, fileName: meta.fileName, bytes: canonicalBytes(converted) },
    meta.manifest,
  );
  doc.notes.unshift(...converted.notes);
  const result = extractAll(
    doc,
    {
      sha256: meta.sha256,
      sourceFile: meta.sourceFile,
      ...(meta.manifest ? { manifest: meta.manifest } : {}),
      original: { format: converted.format, sha256: meta.originalSha256 },
    },
    vocab,
  );
  const row = result.datasets['documents']?.[0] as DocumentFacts | undefined;
  const filledFromPage = row ? applyPageMetadata(row, converted.pageMetadata) : [];
  return { ...result, doc, pageMetadata: converted.pageMetadata, filledFromPage };
}
