// Any accepted file to its canonical text: the one entry point for the CLI, `npm run add` and the browser.
// Pure: heavy libraries (mammoth, pdf.js) come from loaders the shell injects, called only for their format.
import { decodeText } from './decode-text.ts';
import { detectFormat } from './detect-format.ts';
import { docxToText, type DocxEngine } from './docx-to-text.ts';
import { htmlToText } from './html-to-text.ts';
import type { PdfEngine } from './pdf-engine.ts';
import { pdfToText } from './pdf-to-text.ts';
import { foldRadicals } from './radicals.ts';
import { fileNote, type ConvertInput, type ConvertResult } from './types.ts';

export { ConvertError } from './types.ts';
export type { ConvertInput, ConvertResult, PageMetadataEntry, PageMetadataField, SourceFormat } from './types.ts';
export { ACCEPTED_EXTENSIONS, MAX_INPUT_BYTES, checkSize, detectFormat, extensionOf } from './detect-format.ts';
export { docxEngineFromMammoth, type DocxEngine, type MammothLike } from './docx-to-text.ts';
export { pdfEngineFromPdfjs, type PdfEngine, type PdfjsLike, type PdfjsOptions } from './pdf-engine.ts';
export { applyPageMetadata } from './page-metadata.ts';
export { canonicalBytes } from './canonical.ts';
export { docIdFromFileName, isDocId } from './doc-id.ts';
export { extractConverted, type ConvertedExtraction, type ConvertedMeta } from './extract-converted.ts';

/** Engines for the heavy formats, loaded on first use (Node: scripts/convert-loaders.ts; browser: a Web Worker). */
export interface ConvertLoaders {
  docx(): Promise<DocxEngine>;
  pdf(): Promise<PdfEngine>;
}

export interface ConvertOptions {
  /** Pages read so far (PDF only), for progress on long files. */
  onProgress?: (done: number, total: number) => void;
}

/** Text as given: the file decoded, nothing folded (a warning when it holds radical code points from a PDF). */
function textToText(input: ConvertInput, format: 'txt' | 'md'): ConvertResult {
  const decoded = decodeText(input.fileName, input.bytes);
  const notes = [...decoded.notes];
  const radicals = foldRadicals(decoded.text).folded;
  if (radicals > 0) {
    notes.push(
      fileNote(
        input.fileName,
        'warning',
        'radicals-in-text',
        `${radicals} radical code point(s) (e.g. ⼈ for 人) in the text, probably copied from a PDF: patterns will not match them — convert the PDF itself instead`,
      ),
    );
  }
  return { text: decoded.text, format, notes, pageMetadata: [] };
}

/**
 * Convert one file. Throws ConvertError (`<file>: <problem>`) for anything that is not a readable plan file:
 * over MAX_INPUT_BYTES, unsupported extension, legacy or encrypted Word, a zip renamed .docx, a scanned or
 * password-protected PDF, empty or binary text.
 */
export async function convertFile(
  input: ConvertInput,
  loaders: ConvertLoaders,
  options: ConvertOptions = {},
): Promise<ConvertResult> {
  const format = detectFormat(input.fileName, input.bytes);
  switch (format) {
    case 'txt':
    case 'md':
      return textToText(input, format);
    case 'html':
      return htmlToText(input.fileName, input.bytes);
    case 'docx':
      return docxToText(input.fileName, input.bytes, await loaders.docx());
    case 'pdf':
      return pdfToText(input.fileName, input.bytes, await loaders.pdf(), options.onProgress);
  }
}
