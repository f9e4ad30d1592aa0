// Rows to RFC 4180 CSV for people and spreadsheets: UTF-8 BOM, CRLF, quoted where needed, formulas defused.
export interface CsvColumn {
  name: string;
  /** Free-text columns get formula protection; numeric and boolean columns are written as they are. */
  kind: 'text' | 'number' | 'boolean';
}

/** Text cells that a spreadsheet could run as a formula: = + - @ (ASCII or full-width), TAB, CR, LF, NUL; and ' itself so the rule can be undone. */
export const FORMULA_START = /^[=+\-@\t\r\n\0'＝＋－＠]/;

/** A text cell matching FORMULA_START gets one leading apostrophe (CSV only; JSON and Parquet keep the value). */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of defuseFormula, for readers of the CSV: drop the one apostrophe the writer added. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function cell(value: unknown, kind: CsvColumn['kind']): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (kind === 'number') s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  else if (kind === 'boolean') s = value ? 'true' : 'false';
  else s = defuseFormula(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: Record<string, unknown>[], columns: CsvColumn[]): string {
  const lines = [columns.map((c) => cell(c.name, 'text')).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c.name], c.kind)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** CSV column kinds from a dataset's columns: strings are free text (formula-defused), the rest as they are. */
export function csvColumns(columns: { name: string; type: string }[]): CsvColumn[] {
  return columns.map((c) => ({
    name: c.name,
    kind: c.type === 'string' ? 'text' : c.type === 'boolean' ? 'boolean' : 'number',
  }));
}
