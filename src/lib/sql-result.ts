// A query result as charts use it, the same in Node (@duckdb/node-api) and in the browser (DuckDB-wasm): column
// names with DuckDB's type names, and rows of plain values (integers as numbers). Pure and browser-safe.

/** One value of a result: BIGINT and other integers as numbers (as text beyond 2^53), anything else as text. */
export type SqlCell = string | number | boolean | null;
export type SqlRow = Record<string, SqlCell>;

export interface SqlColumn {
  name: string;
  /** DuckDB's name of the column's type: VARCHAR, BIGINT, DOUBLE, BOOLEAN, INTEGER, DATE, … */
  type: string;
}

export interface SqlResult {
  columns: SqlColumn[];
  rows: SqlRow[];
}

/** The kinds of column a chart can ask for. */
export type ColumnKind = 'text' | 'integer' | 'number' | 'boolean';

const INTEGER_TYPES = new Set([
  'TINYINT',
  'SMALLINT',
  'INTEGER',
  'BIGINT',
  'HUGEINT',
  'UTINYINT',
  'USMALLINT',
  'UINTEGER',
  'UBIGINT',
  'UHUGEINT',
]);

/** The kind of a DuckDB type, or null when a chart cannot use it (dates, lists, structs…). */
export function kindOfType(type: string): ColumnKind | null {
  const t = type.toUpperCase();
  if (t === 'VARCHAR') return 'text';
  if (t === 'BOOLEAN') return 'boolean';
  if (INTEGER_TYPES.has(t)) return 'integer';
  if (t === 'DOUBLE' || t === 'FLOAT' || t.startsWith('DECIMAL')) return 'number';
  return null;
}

/** Arrow's names (as DuckDB-wasm returns results) to DuckDB's, so both sides name types alike. */
const ARROW_TO_DUCKDB: Record<string, string> = {
  Utf8: 'VARCHAR',
  LargeUtf8: 'VARCHAR',
  Bool: 'BOOLEAN',
  Int8: 'TINYINT',
  Int16: 'SMALLINT',
  Int32: 'INTEGER',
  Int64: 'BIGINT',
  Uint8: 'UTINYINT',
  Uint16: 'USMALLINT',
  Uint32: 'UINTEGER',
  Uint64: 'UBIGINT',
  Float32: 'FLOAT',
  Float64: 'DOUBLE',
};

export function duckdbTypeOfArrow(arrowType: string): string {
  return ARROW_TO_DUCKDB[arrowType] ?? arrowType;
}

/** A value from either engine as a plain cell: bigint to number when exact, dates and nested values as text. */
export function plainCell(value: unknown): SqlCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  const withJson = value as { toJSON?: () => unknown };
  const plain = typeof withJson.toJSON === 'function' ? withJson.toJSON() : value;
  if (typeof plain === 'string') return plain;
  return JSON.stringify(plain, (_k, v: unknown) => (typeof v === 'bigint' ? plainCell(v) : v));
}
