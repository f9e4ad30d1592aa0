// A chart's query in the browser: the page's one DuckDB-wasm (src/lib/duckdb.ts, the explorer's engine and tables),
// the filters set as variables, the result read batch by batch and stopped past the row limit, as a SqlResult with
// DuckDB's type names (the same shape as the build's). Browser only; imported lazily with the editor.
import { getDb, type LoadProgress } from '../../../lib/duckdb.ts';
import { duckdbTypeOfArrow, plainCell, type SqlResult, type SqlRow } from '../../../lib/sql-result.ts';
import { ROW_LIMIT } from './contract.ts';

export interface BrowserRun {
  result: SqlResult;
  /** True when the query returned more than `limit` rows (only limit + 1 were read). */
  over: boolean;
  ms: number;
}

export interface EngineOptions {
  /** Every published dataset's name: tables the reader's query may use. */
  tables: string[];
  /** Where data/arrow/<name>.arrow is served ('/data/', base included). */
  dataBase: string;
  onProgress?: (p: LoadProgress) => void;
}

/** Start loading the engine and tables (on the reader's intent); resolves when ready, rejects on failure. */
export async function loadEngine(options: EngineOptions): Promise<void> {
  await getDb(options.tables, options.dataBase, options.onProgress);
}

let queue: Promise<unknown> = Promise.resolve();

async function run(sql: string, setup: string[], options: EngineOptions, limit: number): Promise<BrowserRun> {
  const { conn } = await getDb(options.tables, options.dataBase, options.onProgress);
  for (const s of setup) await conn.query(s);
  const t0 = performance.now();
  const reader = await conn.send(sql, true);
  let columns: SqlResult['columns'] | null = null;
  const rows: SqlRow[] = [];
  let over = false;
  for await (const batch of reader) {
    const fields = batch.schema.fields;
    columns ??= fields.map((f) => ({ name: f.name, type: duckdbTypeOfArrow(String(f.type)) }));
    const vectors = fields.map((_, i) => batch.getChildAt(i));
    for (let r = 0; r < batch.numRows; r++) {
      const row: SqlRow = {};
      fields.forEach((f, i) => {
        row[f.name] = plainCell(vectors[i]?.get(r));
      });
      rows.push(row);
      if (rows.length > limit) {
        over = true;
        break;
      }
    }
    if (over) break;
  }
  if (over) await conn.cancelSent().catch(() => false);
  // A result without batches still has a schema.
  columns ??= reader.schema.fields.map((f) => ({ name: f.name, type: duckdbTypeOfArrow(String(f.type)) }));
  return { result: { columns, rows }, over, ms: Math.round(performance.now() - t0) };
}

/** Run `setup` (the filters as variables) then `sql`; one query at a time on the page's connection. */
export function runInBrowser(
  sql: string,
  setup: string[],
  options: EngineOptions,
  limit = ROW_LIMIT,
): Promise<BrowserRun> {
  const next = queue.then(() => run(sql, setup, options, limit));
  queue = next.catch(() => {});
  return next;
}
