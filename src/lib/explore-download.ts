// A query result as a CSV file (the one CSV writer: Excel-readable, formulas defused like the published files) or JSON.
import { valuesToCsv } from './csv/write.ts';
import { resultToObjects, uniqueNames, type QueryResult } from './explore-format.ts';

export function resultCsv(result: QueryResult): string {
  return valuesToCsv(uniqueNames(result.columns.map((c) => c.name)), result.rows);
}

export function resultJson(result: QueryResult): string {
  return `${JSON.stringify(resultToObjects(result), null, 1)}\n`;
}
