// For tests: the explorer's own engine (DuckDB-wasm, its Node build) with tables inserted from Arrow IPC streams
// exactly as the browser inserts them. Results come back as plain rows (BIGINT as number when safe).
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { LOCK_SETTINGS, OFFLINE_SETTINGS } from '../explore-sql.ts';
import { duckdbTypeOfArrow, plainCell, type SqlResult } from '../sql-result.ts';

const dist = createRequire(import.meta.url)
  .resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')
  .replace(/duckdb-eh\.wasm$/, '');

export type Row = Record<string, unknown>;

export interface WasmDb {
  query(sql: string): Row[];
  /** DuckDB's type of each column of a table, in order. */
  columnTypes(table: string): { name: string; type: string }[];
  /** `setup` statements, then `sql`: the result as the browser reads it (Arrow types named as DuckDB's). */
  result(sql: string, setup?: string[]): SqlResult;
}

const plain = (v: unknown): unknown =>
  typeof v === 'bigint' ? (Number.isSafeInteger(Number(v)) ? Number(v) : String(v)) : v;

/** One in-memory DuckDB-wasm with a table per Arrow stream (streams of one name: one table, in order), offline and locked like the explorer's. */
export async function wasmDuckDb(tables: { name: string; ipc: Uint8Array }[]): Promise<WasmDb> {
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: `${dist}duckdb-mvp.wasm`, mainWorker: `${dist}duckdb-node-mvp.worker.cjs` },
      eh: { mainModule: `${dist}duckdb-eh.wasm`, mainWorker: `${dist}duckdb-node-eh.worker.cjs` },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castDecimalToDouble: true } });
  const conn = db.connect();
  for (const s of OFFLINE_SETTINGS) conn.query(s);
  // A name given again appends to its table, as the explorer loads a table published in parts.
  const created = new Set<string>();
  for (const t of tables) {
    conn.insertArrowFromIPCStream(t.ipc, { name: t.name, create: !created.has(t.name) });
    created.add(t.name);
  }
  for (const s of LOCK_SETTINGS) conn.query(s);
  const query = (sql: string): Row[] =>
    conn
      .query(sql)
      .toArray()
      .map((r: { toJSON(): Row }) => Object.fromEntries(Object.entries(r.toJSON()).map(([k, v]) => [k, plain(v)])));
  return {
    query,
    result: (sql, setup = []) => {
      for (const s of setup) conn.query(s);
      const table = conn.query(sql);
      const fields = table.schema.fields;
      const columns = fields.map((f) => ({ name: f.name, type: duckdbTypeOfArrow(String(f.type)) }));
      const vectors = fields.map((_, i) => table.getChildAt(i));
      const rows = Array.from({ length: table.numRows }, (_, r) =>
        Object.fromEntries(fields.map((f, i) => [f.name, plainCell(vectors[i]?.get(r))])),
      );
      return { columns, rows };
    },
    columnTypes: (table) =>
      query(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
      ).map((r) => ({ name: String(r['column_name']), type: String(r['data_type']) })),
  };
}
