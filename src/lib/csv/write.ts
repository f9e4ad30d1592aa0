// Rows to RFC 4180 CSV for people and spreadsheets: UTF-8 BOM, CRLF after every record, quoted where needed
// (papaparse), text formulas defused. The one writer of every CSV: published files, chart and explorer downloads.
import Papa from 'papaparse';
import { scalarText } from '../text/index.ts';
import { defuseFormula } from './formula.ts';

export type CsvKind = 'text' | 'number' | 'boolean';

export interface CsvColumn {
  name: string;
  /** Free-text columns get formula protection; numeric and boolean columns are written as they are. */
  kind: CsvKind;
}

/** A value as the site holds it in memory: query results and chart rows. */
export type CsvValue = string | number | bigint | boolean | null | undefined;

/** Excel reads UTF-8 only after a byte-order mark; papaparse has no option for it. */
const BOM = '\uFEFF';
const NEWLINE = '\r\n';

/** One cell as text; null and undefined are the empty cell, a non-finite number too. */
function cellText(value: unknown, kind: CsvKind): string {
  if (value === null || value === undefined) return '';
  if (kind === 'number' && typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return kind === 'text' ? defuseFormula(scalarText(value)) : scalarText(value);
}

/** The kind a value has by its type, for rows without a schema (a query result, a chart's rows). */
export function kindOf(value: CsvValue): CsvKind {
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

function unparse(header: string[], records: string[][]): string {
  // Values arrive as finished text: papaparse only quotes (delimiter, quote, CR, LF, BOM, edge spaces).
  const body = Papa.unparse([header, ...records], { newline: NEWLINE, quotes: false, escapeFormulae: false });
  return `${BOM}${body}${NEWLINE}`;
}

/** A dataset's rows in column order, each cell written by its column's kind (the published files). */
export function toCsv(rows: Record<string, unknown>[], columns: CsvColumn[]): string {
  return unparse(
    columns.map((c) => cellText(c.name, 'text')),
    rows.map((row) => columns.map((c) => cellText(row[c.name], c.kind))),
  );
}

/**
 * Each row's record as toCsv writes it (its line and CRLF: toCsv([row]) without the BOM and header), for writers that
 * cut a dataset into parts. One papaparse call for all rows when no cell holds a line break (then every CRLF ends
 * a record); else one call per row.
 */
export function csvRecords(rows: readonly Record<string, unknown>[], columns: CsvColumn[]): string[] {
  const cells = rows.map((row) => columns.map((c) => cellText(row[c.name], c.kind)));
  const options = { newline: NEWLINE, quotes: false, escapeFormulae: false };
  if (cells.length > 0 && !cells.some((r) => r.some((c) => c.includes('\r') || c.includes('\n')))) {
    const lines = Papa.unparse(cells, options).split(NEWLINE);
    if (lines.length === cells.length) return lines.map((l) => `${l}${NEWLINE}`);
  }
  return cells.map((r) => `${Papa.unparse([r], options)}${NEWLINE}`);
}

/** Rows of values without a schema: each cell written by its own type (strings are text, so they are defused). */
export function valuesToCsv(fields: string[], rows: readonly (readonly CsvValue[])[]): string {
  return unparse(
    fields.map((f) => cellText(f, 'text')),
    rows.map((row) => fields.map((_, i) => cellText(row[i], kindOf(row[i])))),
  );
}

/** Row objects without a schema, in the given column order (a missing key is the empty cell). */
export function objectsToCsv(columns: string[], rows: readonly Record<string, CsvValue>[]): string {
  return valuesToCsv(
    columns,
    rows.map((r) => columns.map((c) => r[c])),
  );
}

/** CSV column kinds from a dataset's columns: strings are free text (formula-defused), the rest as they are. */
export function csvColumns(columns: { name: string; type: string }[]): CsvColumn[] {
  return columns.map((c) => ({
    name: c.name,
    kind: c.type === 'string' ? 'text' : c.type === 'boolean' ? 'boolean' : 'number',
  }));
}
