// One plan file through the same pipeline as the build and the CLI (scripts/pipeline/index.ts): converted to its
// canonical text, parsed, extracted, and its rows shaped as the release shapes them (validated against the dataset
// schemas, columns in schema order, sorted by primary key). Runs in the /extract/ Web Worker; no DOM, no disk.
import {
  canonicalBytes,
  checkSize,
  ConvertError,
  convertFile,
  docIdFromFileName,
  extractConverted,
  InputError,
  sortByPrimaryKey,
  validateRows,
  type ConvertLoaders,
  type PageMetadataEntry,
  type ReportEntry,
  type Row,
  type SourceFormat,
  type Vocabularies,
} from '../../../scripts/pipeline/index.ts';
import { DATASETS, type DatasetSpec } from '../../lib/schema/index.ts';

/** The plan's datasets: every published dataset that holds rows of one document (those with a doc_id column). */
export const PLAN_DATASETS: DatasetSpec[] = DATASETS.filter((spec) => 'doc_id' in spec.schema.shape);

export interface ExtractInput {
  /** File name as given (`plan.docx`); pasted text comes as `pasted.txt`. */
  fileName: string;
  bytes: Uint8Array;
  /** The file's size when it was not read because it is over the limit (bytes is then empty). */
  size?: number;
}

export interface PlanResult {
  docId: string;
  fileName: string;
  format: SourceFormat;
  /** The canonical text every offset indexes (`raw.slice(start, end) === quote`). */
  raw: string;
  /** Rows of each of PLAN_DATASETS, as the release publishes them. */
  datasets: Record<string, Row[]>;
  report: ReportEntry[];
  pageMetadata: PageMetadataEntry[];
}

/** A file the page cannot read: the message names the file and the problem (`plan.pdf: no text layer …`). */
export class RefusedFile extends Error {
  override name = 'RefusedFile';
}

export type Stage = 'converting' | 'pages' | 'extracting';

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A copy: the input may be a view into a larger buffer (a Node Buffer from the pool).
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes).buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A plan is in Chinese: a text without one Han character is refused before it is parsed. */
export function hasChineseText(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** The id the CLI gives the same file (`npm run extract -- <file>`): the file name without extension, or `plan`. */
export const planDocId = (fileName: string): string => docIdFromFileName(fileName) ?? 'plan';

/**
 * Convert and extract one file. Throws RefusedFile for every file the converters or the parser refuse (their
 * message: `<file>: <problem>`), and for text without Chinese; anything else is a bug and propagates.
 */
export async function runExtraction(
  input: ExtractInput,
  loaders: ConvertLoaders,
  vocab: Vocabularies,
  onStage: (stage: Stage, done?: number, total?: number) => void = () => {},
): Promise<PlanResult> {
  const { fileName, bytes } = input;
  try {
    checkSize(fileName, input.size ?? bytes.length);
    onStage('converting');
    const converted = await convertFile({ fileName, bytes }, loaders, {
      onProgress: (done, total) => onStage('pages', done, total),
    });
    if (!hasChineseText(converted.text))
      throw new RefusedFile(`${fileName}: no Chinese text — this page reads plans written in Chinese`);
    onStage('extracting');
    const docId = planDocId(fileName);
    // The same hashes as the CLI: a text file is its own raw file; a converted file's raw file is its canonical text.
    const text = converted.format === 'txt' || converted.format === 'md';
    const result = extractConverted(
      converted,
      {
        docId,
        fileName,
        sourceFile: fileName,
        sha256: await sha256Hex(text ? bytes : canonicalBytes(converted)),
        originalSha256: await sha256Hex(bytes),
      },
      vocab,
    );
    const datasets: Record<string, Row[]> = {};
    for (const spec of PLAN_DATASETS)
      datasets[spec.name] = sortByPrimaryKey(spec, validateRows(spec, result.datasets[spec.name] ?? []));
    return {
      docId,
      fileName,
      format: converted.format,
      raw: result.doc.clean.raw,
      datasets,
      report: result.report,
      pageMetadata: result.pageMetadata,
    };
  } catch (err) {
    if (err instanceof ConvertError || err instanceof InputError) throw new RefusedFile(err.message);
    throw err;
  }
}
