// The SQL side of the explorer: DuckDB types of the dataset columns, how a column is written in a query, and the
// settings that keep DuckDB offline and lock it once the tables are loaded (from Arrow files: src/lib/arrow/).
import type { ColumnType } from './schema/columns.ts';
import { RESERVED, sqlIdent } from './text/index.ts';

export { RESERVED };

/** The DuckDB type each column type has in the explorer's tables (Arrow Utf8, Int64, Float64, Bool). */
export const SQL_TYPES: Record<ColumnType, string> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
};

/** Settings run before anything else: no extension is fetched from DuckDB's extension host. */
export const OFFLINE_SETTINGS = ['SET autoload_known_extensions = false', 'SET autoinstall_known_extensions = false'];

/** Run after the tables exist: no further file, URL or extension access, and it cannot be switched back on. */
export const LOCK_SETTINGS = ['SET enable_external_access = false'];

/** How a reader must write a column name in SQL: reserved words (`end`, `group`) need double quotes. */
export function columnInSql(name: string): string {
  return sqlIdent(name);
}
