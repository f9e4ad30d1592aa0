// A dataset too large for one file on a static host is published in parts split at row boundaries, the same rows in
// every format: <name>.part-001.csv, <name>.part-001.json, … (layout below). Pure and browser-safe: the build writes
// the parts, the Arrow endpoint and the site's readers find them, the explorer loads them into one table.
//
// Each JSON part is a valid array and each Arrow or Parquet part a complete file. CSV follows the Frictionless
// multipart rule (a resource's `path` is a list of files read as one, concatenated): the first part carries the BOM
// and the header, the later ones rows only, so the parts joined byte for byte are exactly the single CSV file.
// A dataset under the part size stays one file per format, exactly as before.
import { csvRecords, toCsv, type CsvColumn } from './csv/index.ts';

/** Parts are at most this large (under the hosts' 25 MiB cap, src/lib/large-file-layout.ts MAX_FILE_BYTES). */
export const DATASET_PART_BYTES = 20 * 1024 * 1024;

/** `reuse`, 0, `csv` → `reuse.part-001.csv`. */
export function datasetPartName(name: string, index: number, ext: string): string {
  return `${name}.part-${String(index + 1).padStart(3, '0')}.${ext}`;
}

/** `reuse.part-002.arrow` → { name: 'reuse', index: 1, ext: 'arrow' }; null for any other file name. */
export function parseDatasetPartName(file: string): { name: string; index: number; ext: string } | null {
  const m = /^(.+)\.part-(\d{3,})\.([a-z]+)$/.exec(file);
  return m ? { name: m[1]!, index: Number(m[2]) - 1, ext: m[3]! } : null;
}

const utf8 = new TextEncoder();
/** Scratch space for encodeInto: short strings are measured by encoding them into it (no allocation per string). */
let scratch = new Uint8Array(1 << 16);
const SCRATCH_MAX = 1 << 22;

/** UTF-8 length of a string, as TextEncoder encodes it (a lone surrogate is U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  if (s.length * 3 <= SCRATCH_MAX) {
    if (scratch.length < s.length * 3) scratch = new Uint8Array(SCRATCH_MAX);
    return utf8.encodeInto(s, scratch).written;
  }
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The JSON text of rows as published: `JSON.stringify(rows, null, 1)` and a newline. */
export const jsonText = (rows: readonly unknown[]): string => `${JSON.stringify(rows, null, 1)}\n`;

/** Bytes one row adds to the published JSON array (its lines indented by one space, then `,\n`). */
function jsonRowBytes(row: unknown): number {
  const text = JSON.stringify(row, null, 1);
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return utf8Length(text) + lines + 2;
}

/**
 * [start, end) row ranges so that each part's CSV and JSON stay within `partBytes`: one range for a dataset that
 * fits, else as many as needed, cut greedily between rows. A single row larger than a part gets a part of its own
 * (post-build then names the file over the host cap: nothing is dropped).
 */
export function datasetPartRanges(
  rows: readonly Record<string, unknown>[],
  columns: CsvColumn[],
  partBytes = DATASET_PART_BYTES,
): [number, number][] {
  const head = utf8Length(toCsv([], columns));
  return rangesBySize(
    rows.map((r) => utf8Length(toCsv([r], columns)) - head),
    rows.map(jsonRowBytes),
    head,
    partBytes,
  );
}

/** The greedy cut of datasetPartRanges over each row's CSV and JSON bytes. */
function rangesBySize(csvBytes: number[], jsonBytes: number[], head: number, partBytes: number): [number, number][] {
  // `[]\n` is 3 bytes and each row adds exactly jsonRowBytes; the CSV header (with BOM) and each record likewise.
  const JSON_HEAD = 3;
  const ranges: [number, number][] = [];
  let start = 0;
  let csv = head;
  let json = JSON_HEAD;
  for (let i = 0; i < csvBytes.length; i++) {
    const c = csvBytes[i]!;
    const j = jsonBytes[i]!;
    if (i > start && (csv + c > partBytes || json + j > partBytes)) {
      ranges.push([start, i]);
      start = i;
      csv = head;
      json = JSON_HEAD;
    }
    csv += c;
    json += j;
  }
  ranges.push([start, csvBytes.length]);
  return ranges;
}

/** A dataset's published files as text: the row ranges, and each part's CSV and JSON (one of each when it fits). */
export interface DatasetPartTexts {
  ranges: [number, number][];
  /** Part `i`'s texts; each part is asked for once, in any order (a large dataset's rows are let go as they are used). */
  part: (i: number) => { csv: string; json: string };
}

/**
 * The same ranges and texts as datasetPartRanges, csvParts and jsonText, with each row serialised once: a dataset
 * that fits in a part is written whole straight away; a larger one is joined from its rows' CSV records and JSON.
 */
export function datasetPartTexts(
  rows: readonly Record<string, unknown>[],
  columns: CsvColumn[],
  partBytes = DATASET_PART_BYTES,
): DatasetPartTexts {
  // Likely to fit (a sample of rows says so): made whole, and kept when it does fit. A dataset far over the part
  // size is never made whole (its text could pass the longest string the engine holds).
  const sample = rows.slice(0, 200);
  const likely = rows.length === 0 || (utf8Length(jsonText(sample)) / sample.length) * rows.length <= partBytes * 2;
  if (likely) {
    const wholeJson = jsonText(rows);
    const wholeCsv = toCsv(rows as Record<string, unknown>[], columns);
    if (utf8Length(wholeJson) <= partBytes && utf8Length(wholeCsv) <= partBytes)
      return { ranges: [[0, rows.length]], part: () => ({ csv: wholeCsv, json: wholeJson }) };
  }
  const headText = toCsv([], columns);
  // A record is the row's line(s) and CRLF: toCsv([row]) without the BOM and header (papaparse quotes cell by cell).
  const records = csvRecords(rows, columns);
  // A row in the array as JSON.stringify(rows, null, 1) writes it: one space deeper (strings hold no raw newline).
  const objects = rows.map((r) => ` ${JSON.stringify(r, null, 1).replace(/\n/g, '\n ')}`);
  const ranges = rangesBySize(
    records.map(utf8Length),
    objects.map((o) => utf8Length(o) + 2),
    utf8Length(headText),
    partBytes,
  );
  return {
    ranges,
    part: (i) => {
      const [a, b] = ranges[i]!;
      const csv = `${i === 0 ? headText : ''}${records.slice(a, b).join('')}`;
      const json = b > a ? `[\n${objects.slice(a, b).join(',\n')}\n]\n` : '[]\n';
      records.fill('', a, b);
      objects.fill('', a, b);
      return { csv, json };
    },
  };
}

/** The CSV text of each part: the first with BOM and header, the others rows only (joined, they equal toCsv(rows)). */
export function csvParts(
  rows: readonly Record<string, unknown>[],
  columns: CsvColumn[],
  ranges: [number, number][],
): string[] {
  const head = toCsv([], columns);
  return ranges.map(([a, b], i) => {
    const text = toCsv(rows.slice(a, b), columns);
    if (i === 0) return text;
    if (!text.startsWith(head)) throw new Error('csvParts: a part does not start with the header');
    return text.slice(head.length);
  });
}

/** Where a dataset's file in one format is published: `<name>.<ext>` when whole, else one name per part. */
export function datasetFileNames(name: string, ext: string, parts: number): string[] {
  return parts <= 1 ? [`${name}.${ext}`] : Array.from({ length: parts }, (_, i) => datasetPartName(name, i, ext));
}

/** The Arrow parts index (/data/arrow/parts.json): dataset name → its part files, for datasets in parts only. */
export type ArrowPartsIndex = Record<string, string[]>;

export function arrowPartFiles(datasets: { name: string; parts: number }[]): ArrowPartsIndex {
  const out: ArrowPartsIndex = {};
  for (const d of datasets) if (d.parts > 1) out[d.name] = datasetFileNames(d.name, 'arrow', d.parts);
  return out;
}

/** The Arrow files of a table, relative to the arrow/ folder: its parts from the index, else `<name>.arrow`. */
export function arrowFilesOf(name: string, index: ArrowPartsIndex | null): string[] {
  const parts = index?.[name];
  return Array.isArray(parts) && parts.length > 0 ? parts : [`${name}.arrow`];
}

/**
 * A published dataset's rows in the browser: `<name>.json`, or when that is missing (404) its JSON parts in order
 * until the next is missing. `url(file)` gives a file's address; throws naming the file when nothing can be read.
 */
export async function fetchDatasetRows(
  name: string,
  url: (file: string) => string,
  get: (url: string) => Promise<Response> = (u) => fetch(u),
): Promise<unknown[]> {
  const read = async (res: Response, where: string): Promise<unknown[]> => {
    const rows: unknown = await res.json();
    if (!Array.isArray(rows)) throw new Error(`${where}: not an array of rows`);
    return rows as unknown[];
  };
  const whole = url(`${name}.json`);
  const res = await get(whole);
  if (res.ok) return read(res, whole);
  if (res.status !== 404) throw new Error(`${whole}: HTTP ${res.status}`);
  const parts: unknown[][] = [];
  for (let i = 0; ; i++) {
    const where = url(datasetPartName(name, i, 'json'));
    const part = await get(where);
    if (part.status === 404 && i > 0) break;
    if (!part.ok) throw new Error(`${i === 0 ? whole : where}: HTTP ${i === 0 ? 404 : part.status}`);
    parts.push(await read(part, where));
  }
  return parts.flat();
}
