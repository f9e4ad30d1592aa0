// Browser: a DuckDB query result as plain cells (what the explorer shows and downloads, what charts draw).
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Cell, QueryResult } from './explore-format.ts';

/** Arrow values to plain cells: dates and timestamps as ISO text, nested values as JSON text. */
function toCell(value: unknown, type: string): Cell {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'bigint' ||
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean'
  ) {
    if (type.startsWith('Date') && typeof value !== 'boolean')
      return new Date(Number(value)).toISOString().slice(0, 10);
    if (type.startsWith('Timestamp') && typeof value !== 'boolean')
      return new Date(Number(value))
        .toISOString()
        .replace('T', ' ')
        .replace(/\.000Z$|Z$/, '');
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Array.from(value, (b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
  const plain =
    typeof (value as { toJSON?: () => unknown }).toJSON === 'function'
      ? (value as { toJSON: () => unknown }).toJSON()
      : value;
  return JSON.stringify(plain, (_k, v: unknown) =>
    typeof v === 'bigint' ? (Number.isSafeInteger(Number(v)) ? Number(v) : String(v)) : v,
  );
}

/** Runs one statement; `ms` is the query's time, not the engine's loading. */
export async function runQuery(conn: AsyncDuckDBConnection, sql: string): Promise<QueryResult> {
  const t0 = performance.now();
  const table = await conn.query(sql);
  const ms = performance.now() - t0;
  const fields = table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
  // Read by column position: two result columns may share a name.
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const rows: Cell[][] = [];
  for (let r = 0; r < table.numRows; r++) rows.push(fields.map((f, i) => toCell(vectors[i]?.get(r), f.type)));
  return { columns: fields, rows, ms };
}
