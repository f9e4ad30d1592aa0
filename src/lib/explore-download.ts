// A query result as a CSV file (Excel-readable, formulas defused like the published files) or a JSON file.
import Papa from 'papaparse';
import { defuseFormula } from '../../scripts/pipeline/to-csv.ts';
import { resultToObjects, uniqueNames, type QueryResult } from './explore-format.ts';

export function resultCsv(result: QueryResult): string {
  const fields = uniqueNames(result.columns.map((c) => c.name));
  const data = result.rows.map((row) =>
    row.map((v) => (v === null ? '' : typeof v === 'string' ? defuseFormula(v) : String(v))),
  );
  // Excel reads UTF-8 only with a BOM; papaparse has no option for it.
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}

export function resultJson(result: QueryResult): string {
  return `${JSON.stringify(resultToObjects(result), null, 1)}\n`;
}
