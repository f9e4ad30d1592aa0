// Shared types of the pipeline. Every offset named `start`/`end` is a raw offset: an index into the
// raw file decoded from UTF-8 as a JavaScript string (UTF-16 code units). `clean*` offsets index
// `CleanText.text` and are never published.
import type { ManifestEntry } from '../../src/lib/schema/manifest.ts';

/** Facts a text lacks, kept by hand in data/manifest.json (schema: src/lib/schema/manifest.ts). */
export type { ManifestEntry };

/** A problem or remark about the input, reported with file and line. */
export interface Note {
  /** `error` stops the one-file CLI; `warning` marks the document; `info` is reported only. */
  severity: 'error' | 'warning' | 'info';
  /** Machine-readable code, e.g. `page-break-join`, `truncated`, `extraction-residue`. */
  code: string;
  /** `<file>:<line>` of the raw file (1-based line). */
  where: string;
  message: string;
  start?: number;
  end?: number;
}

/** Normalised text for matching, with a map back to raw offsets. */
export interface CleanText {
  /** The decoded raw file; all published offsets index this string. */
  raw: string;
  /**
   * Text for matching: full-width ASCII (U+FF01–FF5E) folded to ASCII, U+3000/NBSP/other spaces to ' ',
   * Markdown marks (`#`, `**`, list `- `) removed, paragraphs split by page breaks rejoined, stray spaces
   * inside Chinese prose and around digits removed, extraction residue (` and ` for 和) left in place but
   * noted. Line breaks are kept as '\n'; paragraphs are separated by '\n'.
   */
  text: string;
  /** toRaw[i] is the raw offset of text[i]; toRaw[text.length] === raw.length. */
  toRaw: Int32Array;
}

/** A raw span with its verbatim quote: `raw.slice(start, end) === quote`. */
export interface RawSpan {
  start: number;
  end: number;
  quote: string;
}

/** Depth in the heading tree: 0 cover/preamble/attachment list, 1 the widest headings of the plan and annexes, … */
export type SectionLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface Section {
  docId: string;
  /**
   * Stable id from the label path: `s2` (二、), `s2.1` (（一） under 二、), `s2.1.3` (3. under it),
   * `s2.1.3.1` (（1）), `a1` (annex 1), `cover` (the notice before the plan), `preamble` (plan text
   * before the first heading; all of the body when the plan has no heading), `attachments` (the list of attachments
   * after the body). Chapters and articles number the same way (`s2.3` = 第三条 under 第二章); a Markdown heading
   * without a label takes its place among its siblings. A repeated label under one parent gets a suffix `-2`.
   */
  sectionId: string;
  parentId: string | null;
  /**
   * Depth in the heading tree: 0 for cover/preamble, 1 for the widest headings the plan uses (一、 in most plans; 第一章,
   * or （一） or 1. when the plan has nothing wider) and annexes, 2 for the headings under them, and so on.
   */
  level: SectionLevel;
  /**
   * By label: 一、 part, （一） subsection, 1. item, （1）/1）/① subitem; by depth for 章/节/条 and unlabelled Markdown
   * headings (1 part, 2 subsection, 3 item, deeper subitem). The label says what was written.
   */
  kind: 'cover' | 'preamble' | 'attachments' | 'part' | 'subsection' | 'item' | 'subitem' | 'annex';
  /** The label as written in the raw text (`一、`, `（二）`, `3.`, `附件1`); '' for cover/preamble. */
  label: string;
  /** Heading text without label or Markdown marks; for run-in headings, the text up to the first 。 */
  headingZh: string;
  /** Raw span of the whole section, children included. */
  start: number;
  end: number;
  /** Raw span of the heading (label + heading text); equal to start/start for cover/preamble. */
  headingStart: number;
  headingEnd: number;
  /** Clean offsets of the whole section. */
  cleanStart: number;
  cleanEnd: number;
}

/** One paragraph (one line of the clean text). */
export interface Paragraph {
  index: number;
  kind: 'heading' | 'body' | 'table-row' | 'list-item';
  /** Deepest section containing the paragraph. */
  sectionId: string;
  /** Clean text of the paragraph (no trailing newline). */
  text: string;
  cleanStart: number;
  cleanEnd: number;
  /** Raw span of the paragraph. */
  start: number;
  end: number;
  /** 1-based raw line where the paragraph starts. */
  line: number;
  /** Items enumerated inside the paragraph (`一是…二是…`, `①…②…`, `（1）…（2）…`), when it has them. */
  items?: ParagraphItem[];
}

/** One item of an enumeration inside a paragraph: from its label to the next label or the paragraph's end. */
export interface ParagraphItem {
  /** The label as written (`二是`, `②`, `（2）`). */
  label: string;
  number: number;
  cleanStart: number;
  cleanEnd: number;
  start: number;
  end: number;
}

export interface TableCell {
  /** Clean text of the cell, trimmed. */
  text: string;
  cleanStart: number;
  cleanEnd: number;
  start: number;
  end: number;
}

/**
 * A table: tab-separated rows, or `|` rows (Markdown pipes, a table flattened into one line); a header repeated after a
 * page break is merged into one table. Every row has the header's cells, in order, unless it could not be aligned
 * (see `aligned` and the `table-row-shifted` note). Offsets of every cell index the raw text; an empty cell the row did
 * not write has start === end where it would stand.
 */
export interface Table {
  tableId: string;
  sectionId: string;
  header: TableCell[];
  rows: TableCell[][];
  start: number;
  end: number;
  /** How the rows are written: `tsv` (tabs) or `pipe` (`|` or `｜`). */
  layout?: 'tsv' | 'pipe';
  /** The line just before the table naming it (`表1 主要指标`, `专栏2 …`), when there is one. */
  caption?: TableCell;
  /** Rows spanning the table (`一、健康水平`): each labels the rows from `rows[beforeRow]` on. */
  groups?: { beforeRow: number; cell: TableCell }[];
  /** Notes right after the table (`注：2020年为基期值。`, `说明：…`), one cell per line. */
  footnotes?: TableCell[];
  /** Rows with fewer cells than the header, aligned to it (a missing 序号, an empty unit): the cells as written. */
  aligned?: { row: number; written: TableCell[] }[];
}

export interface Attachment {
  /** As written, e.g. `附件1 玉林医疗联合体体系结构图.doc`. */
  labelZh: string;
  titleZh: string;
  /** Present when an annex section with this number or title exists in the text. */
  present: boolean;
  start: number;
  end: number;
}

export interface FrontMatter {
  titleZh: string | null;
  /** Where the title came from: `text` or `manifest`. */
  titleOrigin: 'text' | 'manifest' | 'page-metadata' | 'none';
  docNumber: string | null;
  issuerZh: string | null;
  issuerOrigin: 'text' | 'manifest' | 'page-metadata' | 'none';
  /** ISO date `YYYY-MM-DD`. */
  issueDate: string | null;
  recipientsZh: string | null;
  /** Raw span of the cover notice (印发通知), if any. */
  notice: { start: number; end: number } | null;
  /** Raw offset where the plan body (its title, else its first paragraph) starts. */
  bodyStart: number;
  attachments: Attachment[];
  /** Other documents cited in the text (`（宁医改发〔2020〕3号）`). */
  citations: { docNumber: string; titleZh: string | null; start: number; end: number }[];
  complete: boolean;
  completenessNote: string;
  /** The metadata of a web page's chrome kept before the text (文号, 发布机构, 成文日期, …), origin `page-metadata`. */
  pageFacts: PageFact[];
}

/** A field of a web page's metadata block as written (`文号：柳府办发〔2023〕31号`); shaped like the converters' entries. */
export interface PageFact {
  /** `index_number`, `issuer`, `doc_number`, `written_date`, `publish_date`, `effective_date`, `topic`, `title`. */
  field: string;
  label: string;
  value: string;
  isoDate?: string;
  origin: 'page-metadata';
}

/** The file a raw text was converted from (.docx, .pdf, .html, or text in another encoding). */
export interface OriginalFile {
  format: 'txt' | 'md' | 'html' | 'docx' | 'pdf';
  sha256: string;
}

export interface ParsedDocument {
  docId: string;
  fileName: string;
  /** The place the plan governs, from the manifest (a fact the text may not state); null for an unseen file. */
  place: { placeZh: string; placeEn: string; level: ManifestEntry['level'] } | null;
  clean: CleanText;
  front: FrontMatter;
  sections: Section[];
  paragraphs: Paragraph[];
  tables: Table[];
  notes: Note[];
}

/** A source as the data package cites it: front-matter facts and the repository copy's path and checksum. */
export interface SourceDocument {
  docId: string;
  titleZh: string | null;
  issuerZh: string | null;
  docNumber: string | null;
  /** Repository path of the raw copy, e.g. data/raw/guyuan.txt. */
  path: string;
  sha256: string;
}
