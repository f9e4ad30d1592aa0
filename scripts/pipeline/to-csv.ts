// Rows to RFC 4180 CSV for people and spreadsheets: UTF-8 BOM, CRLF, quoted where needed, formulas defused.
export interface CsvColumn {
  name: string;
  /** Free-text columns get formula protection; numeric and boolean columns are written as they are. */
  kind: 'text' | 'number' | 'boolean';
}

/** A text cell starting with = + - @ (or tab/CR) would run as a formula in a spreadsheet: prefix a quote mark. */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
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
