// For tests: the explorer's own engine (DuckDB-wasm, its Node build) with tables inserted from Arrow IPC streams
// exactly as the browser inserts them. Results come back as plain rows (BIGINT as number when safe).
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { LOCK_SETTINGS, OFFLINE_SETTINGS } from '../explore-sql.ts';

const dist = createRequire(import.meta.url)
  .resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')
  .replace(/duckdb-eh\.wasm$/, '');

export type Row = Record<string, unknown>;

export interface WasmDb {
  query(sql: string): Row[];
  /** DuckDB's type of each column of a table, in order. */
  columnTypes(table: string): { name: string; type: string }[];
}

const plain = (v: unknown): unknown =>
  typeof v === 'bigint' ? (Number.isSafeInteger(Number(v)) ? Number(v) : String(v)) : v;

/** One in-memory DuckDB-wasm with a table per Arrow stream, offline and locked like the explorer's. */
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
  for (const t of tables) conn.insertArrowFromIPCStream(t.ipc, { name: t.name, create: true });
  for (const s of LOCK_SETTINGS) conn.query(s);
  const query = (sql: string): Row[] =>
    conn
      .query(sql)
      .toArray()
      .map((r: { toJSON(): Row }) => Object.fromEntries(Object.entries(r.toJSON()).map(([k, v]) => [k, plain(v)])));
  return {
    query,
    columnTypes: (table) =>
      query(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
      ).map((r) => ({ name: String(r['column_name']), type: String(r['data_type']) })),
  };
}
