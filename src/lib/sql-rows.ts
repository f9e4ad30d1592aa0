// Rows of the reader's own as SQL for the explorer's DuckDB (local-plan-sql.ts: /extract/'s plan): CREATE TABLE with
// the columns' types, then INSERT … VALUES in batches. Plain SQL text because building Arrow in the page needs
// apache-arrow's code generation, which the site's CSP (no 'unsafe-eval') forbids. Values keep exactly what they
// are: text quoted, numbers written so DuckDB reads back the same double, null and '' apart. Pure.
import type { ColumnType } from './schema/columns.ts';
import { sqlIdent, sqlString } from './text/sql.ts';

export interface RowColumn {
  name: string;
  type: ColumnType;
  nullable: boolean;
}

const SQL_TYPE: Record<ColumnType, string> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
};

export function qualified(schema: string, name: string): string {
  return `${sqlIdent(schema)}.${sqlIdent(name)}`;
}

export function createTableSql(schema: string, name: string, columns: RowColumn[]): string {
  if (columns.length === 0) throw new Error(`${name}: a table needs at least one column`);
  const cols = columns.map((c) => `${sqlIdent(c.name)} ${SQL_TYPE[c.type]}${c.nullable ? '' : ' NOT NULL'}`);
  return `CREATE TABLE ${qualified(schema, name)} (${cols.join(', ')})`;
}

/** One value as an SQL literal; throws naming the row (1-based) and column when it does not fit the type. */
export function sqlValue(value: unknown, col: RowColumn, where: string): string {
  if (value === null || value === undefined) {
    if (col.nullable) return 'NULL';
    throw new Error(`${where}, column ${col.name}: empty in a column that may not be`);
  }
  const ok =
    (col.type === 'string' && typeof value === 'string') ||
    (col.type === 'boolean' && typeof value === 'boolean') ||
    (col.type === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
    (col.type === 'integer' && typeof value === 'number' && Number.isSafeInteger(value));
  if (!ok) {
    const shown = typeof value === 'number' ? String(value) : JSON.stringify(value);
    throw new Error(`${where}, column ${col.name}: ${shown} is not ${col.type === 'integer' ? 'an' : 'a'} ${col.type}`);
  }
  if (typeof value === 'string') return sqlString(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // A double through text: JavaScript writes the shortest digits that read back as the same double.
  return col.type === 'integer' ? String(value) : `CAST(${sqlString(String(value))} AS DOUBLE)`;
}

/** INSERT statements, `batch` rows each. */
export function insertRowsSql(
  schema: string,
  name: string,
  columns: RowColumn[],
  rows: Record<string, unknown>[],
  batch = 500,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += batch) {
    const values = rows
      .slice(i, i + batch)
      .map((row, j) => `(${columns.map((c) => sqlValue(row[c.name], c, `${name}: row ${i + j + 1}`)).join(', ')})`);
    out.push(`INSERT INTO ${qualified(schema, name)} VALUES ${values.join(', ')}`);
  }
  return out;
}
