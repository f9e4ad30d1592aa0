// The inverse of write.ts: CSV text back to cells, the formula apostrophe removed, typed by a dataset's columns.
// CSV cannot tell null from '' in a text column: typed reading gives null when the column is nullable.
import Papa from 'papaparse';
import { restoreFormula } from './formula.ts';

export interface CsvTable {
  fields: string[];
  /** Cells as text, formula apostrophes removed (numbers are never defused, so this is exact for them too). */
  rows: string[][];
}

export interface TypedColumn {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  nullable: boolean;
}

export type TypedValue = string | number | boolean | null;

/** Parse CSV as this module writes it (a BOM, CRLF, quotes); throws naming `source` and the first problem. */
export function parseCsv(text: string, source = 'CSV'): CsvTable {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    newline: '\r\n',
    quoteChar: '"',
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const first = parsed.errors[0];
  if (first) throw new Error(`${source}: row ${(first.row ?? 0) + 1}: ${first.message}`);
  const records = parsed.data;
  // The CRLF after the last record leaves one empty record behind; an empty line elsewhere is a one-cell row.
  const last = records[records.length - 1];
  if (last && last.length === 1 && last[0] === '') records.pop();
  const [header, ...body] = records;
  if (!header) throw new Error(`${source}: no header row`);
  const fields = header.map(restoreFormula);
  body.forEach((r, i) => {
    if (r.length !== fields.length)
      throw new Error(`${source}: row ${i + 2} has ${r.length} cells, the header ${fields.length}`);
  });
  return { fields, rows: body.map((r) => r.map(restoreFormula)) };
}

function typed(cell: string, col: TypedColumn, where: string): TypedValue {
  if (cell === '') {
    if (col.nullable) return null;
    if (col.type === 'string') return '';
    return fail();
  }
  if (col.type === 'string') return cell;
  if (col.type === 'boolean') {
    if (cell === 'true' || cell === 'false') return cell === 'true';
    return fail();
  }
  const n = Number(cell);
  if (!Number.isFinite(n) || (col.type === 'integer' && !Number.isSafeInteger(n))) return fail();
  return n;
  function fail(): never {
    throw new Error(`${where}: ${JSON.stringify(cell)} is not a valid ${col.nullable ? 'nullable ' : ''}${col.type}`);
  }
}

/** Rows of a published dataset's CSV as objects with the types of its columns (the header must match them). */
export function readCsvRows(text: string, columns: TypedColumn[], source = 'CSV'): Record<string, TypedValue>[] {
  const { fields, rows } = parseCsv(text, source);
  const names = columns.map((c) => c.name);
  if (fields.join(',') !== names.join(','))
    throw new Error(`${source}: header ${fields.join(',')} is not ${names.join(',')}`);
  return rows.map((r, i) =>
    Object.fromEntries(columns.map((c, j) => [c.name, typed(r[j]!, c, `${source}: row ${i + 2}, column ${c.name}`)])),
  );
}
