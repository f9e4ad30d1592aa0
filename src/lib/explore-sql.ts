// SQL that turns a published CSV file back into a typed table with the values of the JSON file.
import type { ColumnType } from './schema/columns.ts';

export interface TableColumn {
  name: string;
  type: ColumnType;
  nullable: boolean;
}

export interface TableSpec {
  name: string;
  columns: TableColumn[];
}

export const SQL_TYPES: Record<ColumnType, string> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
};

/** Identifiers are ASCII snake_case by house rule (anything else is refused); quoted because `end` is reserved. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a snake_case identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * One output expression per column. The CSV writer (scripts/pipeline/to-csv.ts) prefixes ' to text
 * starting with = + - @ TAB CR and writes null and '' alike, so text is un-defused here and a
 * non-nullable text column gets '' back for an empty cell.
 */
export function columnExpression(col: TableColumn): string {
  const c = ident(col.name);
  if (col.type !== 'string') return c;
  const undefused = `CASE WHEN regexp_matches(${c}, '^''[-=+@\\t\\r]') THEN substr(${c}, 2) ELSE ${c} END`;
  return `${col.nullable ? undefused : `coalesce(${undefused}, '')`} AS ${c}`;
}

/** `CREATE TABLE name AS SELECT … FROM read_csv(file, explicit types)`: no sniffing, no extension. */
export function createTableSql(table: TableSpec, file: string): string {
  const columns = table.columns.map((c) => `${sqlString(c.name)}: '${SQL_TYPES[c.type]}'`).join(', ');
  const source = `read_csv(${sqlString(file)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}})`;
  return `CREATE OR REPLACE TABLE ${ident(table.name)} AS SELECT ${table.columns.map(columnExpression).join(', ')} FROM ${source}`;
}

/** Settings run before anything else: no extension is fetched from DuckDB's extension host. */
export const OFFLINE_SETTINGS = ['SET autoload_known_extensions = false', 'SET autoinstall_known_extensions = false'];

/** Run after the tables exist: no further file, URL or extension access, and it cannot be switched back on. */
export const LOCK_SETTINGS = ['SET enable_external_access = false'];

/** DuckDB's reserved keywords (duckdb_keywords(), category 'reserved'; a test keeps the list in step). */
export const RESERVED = new Set(
  'all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create default deferrable desc describe distinct do else end except false fetch for foreign from group having in initially intersect into lambda lateral leading limit not null offset on only or order pivot pivot_longer pivot_wider placing primary qualify references returning select show some summarize symmetric table then to trailing true union unique unpivot using variadic when where window with'.split(
    ' ',
  ),
);

/** How a reader must write a column name in SQL: reserved words need double quotes. */
export function columnInSql(name: string): string {
  return RESERVED.has(name) ? `"${name}"` : name;
}
