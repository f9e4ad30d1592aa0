// Browser-only: one DuckDB-wasm instance per page, created on first use, one table per published dataset,
// inserted from its Arrow file (data/arrow/<name>.arrow): values exactly as in the JSON files, no extension needed.
// Import this module only through `await import()` from a client script the reader triggers.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { LOCK_SETTINGS, OFFLINE_SETTINGS } from './explore-sql.ts';
import type { Cell, QueryResult } from './explore-format.ts';
import { joinedUrl } from './large-file.ts';

export const LOAD_TIMEOUT_MS = 20_000;

export type LoadStage = 'engine' | 'tables' | 'ready';
export interface LoadProgress {
  stage: LoadStage;
  bytesLoaded?: number;
  bytesTotal?: number;
}

interface Db {
  db: duckdb.AsyncDuckDB;
  worker: Worker;
  conn: duckdb.AsyncDuckDBConnection;
}

export class LoadError extends Error {
  override name = 'LoadError';
  timedOut: boolean;
  constructor(message: string, timedOut: boolean) {
    super(message);
    this.timedOut = timedOut;
  }
}

let db: Promise<Db> | undefined;
let current: { worker?: Worker; db?: duckdb.AsyncDuckDB } = {};

async function create(tables: string[], dataBase: string, onProgress: (p: LoadProgress) => void): Promise<Db> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  if (!bundle.mainWorker) throw new Error('no DuckDB worker for this browser');
  // Marks let the benchmark split the cold start into engine, tables and query.
  performance.mark('duckdb:start');
  // The Arrow files download in parallel while the engine loads.
  const files = Promise.all(
    tables.map(async (name) => {
      const url = new URL(`${dataBase}arrow/${name}.arrow`, location.href).href;
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    }),
  );
  files.catch(() => {}); // awaited below; this only keeps an early failure from being reported as unhandled
  // The wasm is published in parts on hosts that cap file size (scripts/site/split-large-files.ts).
  onProgress({ stage: 'engine' });
  const mainModule = await joinedUrl(bundle.mainModule, (loaded, total) =>
    onProgress({ stage: 'engine', bytesLoaded: loaded, bytesTotal: total }),
  );
  const worker = new Worker(bundle.mainWorker);
  const instance = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  current = { worker, db: instance };
  onProgress({ stage: 'engine' });
  // duckdb-wasm does not reject when the worker fails to compile the module (CSP, aborted download): listen.
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'the DuckDB worker failed')), { once: true }),
  );
  failed.catch(() => {});
  await Promise.race([
    failed,
    instance.instantiate(mainModule, bundle.pthreadWorker, (p) =>
      onProgress({ stage: 'engine', bytesLoaded: p.bytesLoaded, bytesTotal: p.bytesTotal }),
    ),
  ]);
  if (mainModule.startsWith('blob:')) URL.revokeObjectURL(mainModule);
  await instance.open({ query: { castDecimalToDouble: true } });
  performance.mark('duckdb:engine');
  const conn = await instance.connect();
  for (const s of OFFLINE_SETTINGS) await conn.query(s);
  onProgress({ stage: 'tables' });
  for (const [i, bytes] of (await files).entries())
    await conn.insertArrowFromIPCStream(bytes, { name: tables[i]!, create: true });
  for (const s of LOCK_SETTINGS) await conn.query(s);
  performance.mark('duckdb:tables');
  onProgress({ stage: 'ready' });
  return { db: instance, worker, conn };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new LoadError(`DuckDB did not load within ${ms / 1000} s`, true)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(new LoadError(e instanceof Error ? e.message : String(e), false));
      },
    );
  });
}

/** The page's one instance, created on first call; after a failure or timeout the next call starts afresh. */
export function getDb(
  tables: string[],
  dataBase: string,
  onProgress: (p: LoadProgress) => void = () => {},
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<Db> {
  db ??= withTimeout(create(tables, dataBase, onProgress), timeoutMs).catch((e: unknown) => {
    db = undefined;
    void current.db?.terminate().catch(() => {});
    current.worker?.terminate();
    current = {};
    throw e;
  });
  return db;
}

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

export async function runQuery(conn: duckdb.AsyncDuckDBConnection, sql: string): Promise<QueryResult> {
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
