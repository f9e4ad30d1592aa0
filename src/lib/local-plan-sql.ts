// The SQL that puts a locally extracted plan (local-plan-store.ts) into the explorer's DuckDB as `<schema>.<dataset>`
// tables with the published column types. Plain SQL on purpose: building Arrow in the page needs `new Function`
// (apache-arrow's null check), which the site's CSP forbids; SQL literals (sql-rows.ts) keep every value exact.
import type { LocalTable } from './local-plan-store.ts';
import { SQL_TYPES } from './explore-sql.ts';
import { insertRowsSql, qualified } from './sql-rows.ts';
import { sqlIdent } from './text/index.ts';

/** Rows per INSERT statement. */
const BATCH = 200;

/** CREATE SCHEMA, then per table CREATE TABLE and INSERTs in batches. */
export function localPlanSql(tables: LocalTable[], schema: string): string[] {
  const out = [`CREATE SCHEMA IF NOT EXISTS ${sqlIdent(schema)}`];
  for (const t of tables) {
    const name = qualified(schema, t.name);
    const columns = t.columns.map((c) => ({ ...c, nullable: true }));
    out.push(
      `CREATE OR REPLACE TABLE ${name} (${t.columns.map((c) => `${sqlIdent(c.name)} ${SQL_TYPES[c.type]}`).join(', ')})`,
    );
    for (const insert of insertRowsSql(schema, t.name, columns, t.rows, BATCH)) out.push(insert);
  }
  return out;
}
