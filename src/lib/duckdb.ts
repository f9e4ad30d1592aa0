// Browser-only: the page's one DuckDB-wasm, created on first use and shared by everything on the page (the SQL
// explorer, charts that run their SQL). Import this module only through `await import()` from a client script.
//
// Public API (stable; other pages call it):
//   prefetchEngine()                       start downloading and compiling the engine now (reader's intent); no-op
//                                          when started; never throws (a failure shows on the next getDb()).
//   prefetchTables(names)                  fetch the bytes of published tables ahead (no engine needed).
//   getDb(tables?, dataBase?, onProgress?, stallMs?) → { db, worker, conn }: the engine, with these published
//                                          tables loaded (each fetched once per page, only when first asked for).
//   tablesInSql(sql, known)                the published tables an SQL text names (to pass to getDb).
//   runQuery(conn, sql) → QueryResult      rows as plain cells.
//   onLoadProgress(listener) → unsubscribe engine download (bytes of the total), start, tables, ready.
// A failed load rejects with LoadError; calling again resumes the download where it stopped.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import engineWorker from './duckdb-engine-worker.ts?worker&url';
import { StallError } from './explore-stall.ts';
import { LOCK_SETTINGS, OFFLINE_SETTINGS } from './explore-sql.ts';
import { arrowFilesOf, type ArrowPartsIndex } from './dataset-parts.ts';
import { fetchBytes, largeFile } from './large-file.ts';

export { runQuery } from './duckdb-result.ts';
export { tablesInSql } from './explore-tables.ts';

/** A download fails when nothing has arrived for this long (never for taking long in total). */
export const STALL_MS = 15_000;
/**
 * From the last byte of the engine to a ready database (compile, start, open): no bytes flow then, so this is a fixed
 * limit. It catches a host whose CSP header forbids WebAssembly: instantiation then hangs without an error.
 */
export const START_TIMEOUT_MS = 60_000;

export type LoadStage = 'engine' | 'tables' | 'ready';
export interface LoadProgress {
  stage: LoadStage;
  /** While the engine downloads: bytes so far and in all (as decoded; the wire carries fewer when compressed). */
  bytesLoaded?: number;
  bytesTotal?: number;
  /** How the host compresses the engine ('br', 'gzip', 'identity') and the bytes on the wire in that encoding. */
  encoding?: string;
  transferTotal?: number | undefined;
  /** The engine has arrived and is being compiled and started. */
  starting?: boolean;
  /** The tables being loaded. */
  tables?: string[];
}

export interface Db {
  db: duckdb.AsyncDuckDB;
  worker: Worker;
  conn: duckdb.AsyncDuckDBConnection;
}

export class LoadError extends Error {
  override name = 'LoadError';
  /** Nothing arrived for the stall time, or the engine did not start in START_TIMEOUT_MS. */
  readonly timedOut: boolean;
  /** What had arrived of the engine when it failed (a retry continues from there). */
  readonly bytesKept: number;
  constructor(message: string, timedOut: boolean, bytesKept: number) {
    super(message);
    this.timedOut = timedOut;
    this.bytesKept = bytesKept;
  }
}

const ENGINE = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};
const config = { dataBase: '', stallMs: STALL_MS };
let engine: Promise<Db> | undefined;
let engineUrl: string | undefined;
/** Tables created in the current engine, and table bytes fetched ahead of it. */
const loaded = new Map<string, Promise<void>>();
const fetched = new Map<string, Promise<Uint8Array[]>>();
let inserts: Promise<unknown> = Promise.resolve();
/** Inserts run one at a time (a failed one does not stop the next). */
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = inserts.catch(() => {}).then(task);
  inserts = run;
  return run;
}

const listeners = new Set<(p: LoadProgress) => void>();
let last: LoadProgress = { stage: 'engine' };
function emit(p: LoadProgress): void {
  last = p;
  for (const l of listeners) l(p);
}

/** Follow the loading (the latest state is sent at once). Returns the function that stops it. */
export function onLoadProgress(listener: (p: LoadProgress) => void): () => void {
  listeners.add(listener);
  listener(last);
  return () => listeners.delete(listener);
}

function dataBase(): string {
  const base = config.dataBase || `${(import.meta.env.BASE_URL || '/').replace(/\/?$/, '/')}data/`;
  return new URL(base, location.href).href;
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

async function createEngine(): Promise<Db> {
  performance.mark('duckdb:start');
  const bundle = await duckdb.selectBundle(ENGINE);
  if (!bundle.mainWorker) throw new Error('no DuckDB worker for this browser');
  engineUrl = new URL(bundle.mainModule, location.href).href;
  const file = largeFile(engineUrl);
  // DuckDB's worker behind ours (duckdb-engine-worker.ts), which compiles the wasm as it streams in. The worker
  // scripts download and start while the wasm downloads.
  const worker = new Worker(
    `${engineWorker}?duckdb=${encodeURIComponent(new URL(bundle.mainWorker, location.href).href)}`,
  );
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  // duckdb-wasm does not reject when its worker fails (script missing, blocked, wasm damaged): listen.
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'the DuckDB worker failed')), { once: true }),
  );
  failed.catch(() => {});
  try {
    let url = engineUrl;
    const manifest = await Promise.race([failed, file.partsManifest(config.stallMs)]);
    if (manifest) {
      // Published in parts: stream them into the worker in order, what arrived before first.
      worker.postMessage({ type: 'duckdb-wasm', begin: true });
      await Promise.race([
        failed,
        file.download({
          stallMs: config.stallMs,
          onProgress: (p) =>
            emit({
              stage: 'engine',
              bytesLoaded: p.loaded,
              bytesTotal: p.total,
              encoding: p.encoding,
              transferTotal: p.transferTotal,
            }),
          onBytes: (chunk) => worker.postMessage({ type: 'duckdb-wasm', chunk }),
        }),
      ]);
      worker.postMessage({ type: 'duckdb-wasm', end: true });
      // DuckDB still fetches the URL it is given; the worker ignores the body. The manifest is small and cached.
      url = `${engineUrl}.parts.json`;
    }
    performance.mark('duckdb:downloaded');
    emit({ ...last, stage: 'engine', starting: true });
    await withTimeout(
      Promise.race([failed, db.instantiate(url, bundle.pthreadWorker)]),
      START_TIMEOUT_MS,
      `the engine arrived but did not start within ${START_TIMEOUT_MS / 1000} s (does the site's CSP allow 'wasm-unsafe-eval'?)`,
    );
    performance.mark('duckdb:instantiated');
    file.release();
    await db.open({ query: { castDecimalToDouble: true } });
    performance.mark('duckdb:opened');
    const conn = await db.connect();
    // Offline (no extension downloads) and locked (no file or URL access) before any table exists: tables come in
    // as Arrow bytes, which needs neither.
    for (const s of [...OFFLINE_SETTINGS, ...LOCK_SETTINGS]) await conn.query(s);
    performance.mark('duckdb:engine');
    return { db, worker, conn };
  } catch (e) {
    // The bytes that arrived stay with the file: the next attempt (a new worker) gets them first.
    file.abort();
    void db.terminate().catch(() => {});
    worker.terminate();
    throw e;
  }
}

function startEngine(): Promise<Db> {
  engine ??= createEngine().catch((e: unknown) => {
    engine = undefined;
    loaded.clear();
    throw e;
  });
  return engine;
}

function loadError(e: unknown): LoadError {
  if (e instanceof LoadError) return e;
  const kept = engineUrl ? largeFile(engineUrl).progress().loaded : 0;
  const timedOut = e instanceof StallError || (e instanceof Error && /did not start within/.test(e.message));
  return new LoadError(e instanceof Error ? e.message : String(e), timedOut, kept);
}

/** Start downloading and compiling the engine now, e.g. when the reader shows the intent to run a query. */
export function prefetchEngine(): void {
  startEngine().catch(() => {});
}

let partsIndex: Promise<ArrowPartsIndex | null> | undefined;
/** /data/arrow/parts.json (datasets published in parts); null when missing or unreadable: every table is then one file. */
function arrowParts(): Promise<ArrowPartsIndex | null> {
  partsIndex ??= fetch(new URL('arrow/parts.json', dataBase()).href)
    .then((r) => (r.ok ? (r.json() as Promise<ArrowPartsIndex>) : null))
    .catch(() => null);
  return partsIndex;
}

/** The bytes of a table's Arrow file, or of each of its parts in order. */
function tableBytes(name: string): Promise<Uint8Array[]> {
  let p = fetched.get(name);
  if (!p) {
    p = arrowParts().then((index) =>
      Promise.all(
        arrowFilesOf(name, index).map((f) =>
          fetchBytes(new URL(`arrow/${encodeURIComponent(f)}`, dataBase()).href, config.stallMs),
        ),
      ),
    );
    fetched.set(name, p);
    p.catch(() => fetched.delete(name));
  }
  return p;
}

/** Fetch published tables' bytes ahead (they are inserted when a query first needs them). */
export function prefetchTables(names: readonly string[]): void {
  for (const n of names) if (!loaded.has(n)) tableBytes(n).catch(() => {});
}

function ensureTable(conn: duckdb.AsyncDuckDBConnection, name: string): Promise<void> {
  const known = loaded.get(name);
  if (known) return known;
  // Fetched in parallel, inserted one at a time; the bytes are dropped once inserted. A table in parts: the first
  // part creates it, the next ones append, in order.
  const done = tableBytes(name)
    .then((parts) =>
      serially(async () => {
        for (const [i, b] of parts.entries()) await conn.insertArrowFromIPCStream(b, { name, create: i === 0 });
      }),
    )
    .then(() => void fetched.delete(name));
  loaded.set(name, done);
  done.catch(() => loaded.delete(name));
  return done;
}

/**
 * The page's one engine with `tables` (published dataset names) loaded. `dataBase`: URL of the data folder (default
 * `<site base>data/`); `onProgress` follows this call's loading; `stallMs` overrides STALL_MS.
 */
export async function getDb(
  tables: readonly string[] = [],
  dataBase?: string,
  onProgress?: (p: LoadProgress) => void,
  stallMs?: number,
): Promise<Db> {
  if (dataBase) config.dataBase = dataBase;
  if (stallMs) config.stallMs = stallMs;
  const stop = onProgress ? onLoadProgress(onProgress) : () => {};
  // The tables' bytes come while the engine does.
  prefetchTables(tables);
  try {
    const db = await startEngine();
    const missing = tables.filter((t) => !loaded.has(t));
    if (missing.length > 0) emit({ stage: 'tables', tables: missing });
    await Promise.all(tables.map((t) => ensureTable(db.conn, t)));
    if (missing.length > 0) performance.mark('duckdb:tables');
    emit({ stage: 'ready' });
    return db;
  } catch (e) {
    throw loadError(e);
  } finally {
    stop();
  }
}
