// The SQL that puts a locally extracted plan (local-plan-store.ts) into the explorer's DuckDB as `<schema>.<dataset>`
// tables with the published column types. Plain SQL on purpose: building Arrow in the page needs `new Function`
// (apache-arrow's null check), which the site's CSP forbids; SQL literals keep every value exact.
import type { LocalTable } from './local-plan-store.ts';
import { SQL_TYPES } from './explore-sql.ts';
import { sqlIdent, sqlString } from './text/index.ts';

/** Rows per INSERT statement. */
const BATCH = 200;

/** A value as a SQL literal of its column's type; throws naming table, row and column when it does not fit. */
function literal(value: unknown, type: string, where: () => string): string {
  if (value === null || value === undefined) return 'NULL';
  if (type === 'string' && typeof value === 'string') return sqlString(value);
  if (type === 'boolean' && typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (type === 'integer' && typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  // A double's shortest round-trip text reads back as the same double.
  if (type === 'number' && typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new Error(`${where()}: ${JSON.stringify(value)} is not a ${type}`);
}

/** CREATE SCHEMA, then per table CREATE TABLE and INSERTs in batches. */
export function localPlanSql(tables: LocalTable[], schema: string): string[] {
  const out = [`CREATE SCHEMA IF NOT EXISTS ${sqlIdent(schema)}`];
  for (const t of tables) {
    const name = `${sqlIdent(schema)}.${sqlIdent(t.name)}`;
    out.push(
      `CREATE OR REPLACE TABLE ${name} (${t.columns.map((c) => `${sqlIdent(c.name)} ${SQL_TYPES[c.type]}`).join(', ')})`,
    );
    for (let i = 0; i < t.rows.length; i += BATCH) {
      const values = t.rows
        .slice(i, i + BATCH)
        .map(
          (row, k) =>
            `(${t.columns.map((c) => literal(row[c.name], c.type, () => `${t.name}: row ${i + k + 1}, column ${c.name}`)).join(', ')})`,
        );
      out.push(`INSERT INTO ${name} VALUES ${values.join(',\n')}`);
    }
  }
  return out;
}
