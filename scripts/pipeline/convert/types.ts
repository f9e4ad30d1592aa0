// The converter contract: one input file (bytes + name) to the canonical text every offset points into.
import type { Note } from '../types.ts';

/** Formats a plan may arrive in. `txt` covers .txt; `md` is Markdown text, read as text. */
export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

/** A field of a government page's metadata table (索引号, 发布机构, 发布日期, 文号, 主题分类, …). */
export type PageMetadataField =
  'index_number' | 'title' | 'issuer' | 'doc_number' | 'written_date' | 'publish_date' | 'effective_date' | 'topic';

export interface PageMetadataEntry {
  field: PageMetadataField;
  /** The label as written on the page, e.g. 发文机关. */
  label: string;
  /** The value as written, trimmed. */
  value: string;
  /** ISO date `YYYY-MM-DD` for date fields whose value reads as a date; absent otherwise. */
  isoDate?: string;
  origin: 'page-metadata';
}

export interface ConvertInput {
  /** File name as the reader gave it (used in messages and to pick the format by extension). */
  fileName: string;
  bytes: Uint8Array;
}

export interface ConvertResult {
  /**
   * The canonical text: UTF-8 when written out, one paragraph per line, table rows as tab-separated cells.
   * For UTF-8 .txt/.md it is the file decoded as is (a BOM kept as U+FEFF), so its UTF-8 bytes equal the file.
   */
  text: string;
  format: SourceFormat;
  /** What the conversion did or doubted: transcoded-gb18030, pdf-header-removed, radicals-folded, … */
  notes: Note[];
  /** The page's metadata table (HTML only; empty otherwise). */
  pageMetadata: PageMetadataEntry[];
}

/** A file that cannot be converted. The message reads `<file>: <problem>` (or `<file>:<line>: …` for text). */
export class ConvertError extends Error {
  readonly fileName: string;
  constructor(fileName: string, problem: string, line?: number) {
    super(`${fileName}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'ConvertError';
    this.fileName = fileName;
  }
}

/** Note helper: a note about the whole file (no line, no offsets). */
export function fileNote(fileName: string, severity: Note['severity'], code: string, message: string): Note {
  return { severity, code, where: fileName, message };
}
