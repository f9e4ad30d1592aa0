// SQL over the published datasets at build time (@duckdb/node-api, offline): the tables the explorer builds in the
// browser from /data/arrow/<name>.arrow, built here from the same published JSON rows with the same column types
// (the zod schema's: VARCHAR, BIGINT, DOUBLE, BOOLEAN). A table is loaded the first time a query names it.
// Server side only.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { columnsOf } from '../schema/columns.ts';
import { DATASETS } from '../schema/index.ts';
import { OFFLINE_SETTINGS, SQL_TYPES } from '../explore-sql.ts';
import { plainCell, type SqlResult } from '../sql-result.ts';
import { sqlIdent, sqlString } from '../text/index.ts';
import { datasetJsonFiles } from './published.ts';

const DATA_DIR = join(process.cwd(), 'public', 'data');

let database: Promise<DuckDBInstance> | undefined;
const loaded = new Set<string>();
/** One query at a time (tables load on first use). */
let queue: Promise<unknown> = Promise.resolve();

async function open(): Promise<DuckDBInstance> {
  // One thread: results in a stable order, as in the browser's single-threaded engine.
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await instance.connect();
  for (const s of OFFLINE_SETTINGS) await con.run(s);
  con.closeSync();
  return instance;
}

/** The CREATE TABLE statement of a dataset from its published JSON (an empty table when not built yet). */
export function loadTableSql(name: string, dataDir = DATA_DIR): string {
  const spec = DATASETS.find((d) => d.name === name);
  if (!spec) throw new Error(`${name}: not a published dataset`);
  const cols = columnsOf(spec);
  const files = datasetJsonFiles(name, dataDir);
  if (files.length === 0)
    return `CREATE TABLE ${sqlIdent(name)} (${cols.map((c) => `${sqlIdent(c.name)} ${SQL_TYPES[c.type]}`).join(', ')})`;
  const types = cols.map((c) => `${sqlString(c.name)}: ${sqlString(SQL_TYPES[c.type])}`).join(', ');
  return `CREATE TABLE ${sqlIdent(name)} AS SELECT ${cols.map((c) => sqlIdent(c.name)).join(', ')} FROM read_json(${files.length === 1 ? sqlString(files[0]!) : `[${files.map(sqlString).join(', ')}]`}, format = 'array', columns = {${types}}, maximum_object_size = 134217728)`;
}

/** Datasets a query names (a word match: a name in a comment loads a table for nothing, which is harmless). */
function tablesNamed(sql: string): string[] {
  return DATASETS.map((d) => d.name).filter((n) => new RegExp(`\\b${n}\\b`, 'i').test(sql));
}

async function run(setup: string[], sql: string): Promise<SqlResult> {
  database ??= open();
  // A connection per query: variables (the filters) belong to a connection, so none outlives its query.
  const con = await (await database).connect();
  try {
    for (const s of OFFLINE_SETTINGS) await con.run(s);
    for (const name of tablesNamed(sql))
      if (!loaded.has(name)) {
        await con.run(loadTableSql(name));
        loaded.add(name);
      }
    for (const s of setup) await con.run(s);
    const reader = await con.runAndReadAll(sql);
    const names = reader.columnNames();
    const types = reader.columnTypes().map((t) => t.toString());
    const rows = reader.getRows().map((r) => Object.fromEntries(names.map((n, i) => [n, plainCell(r[i])])));
    return { columns: names.map((name, i) => ({ name, type: types[i]! })), rows };
  } finally {
    con.closeSync();
  }
}

/**
 * Run `setup` (SET VARIABLE … for a chart's filters) then `sql`; the result with DuckDB's type names.
 * Errors name the query's first line.
 */
export function runPublishedSql(sql: string, setup: string[] = []): Promise<SqlResult> {
  const next = queue.then(() => run(setup, sql));
  queue = next.catch(() => {});
  return next.catch((e: unknown) => {
    throw new Error(`SQL failed (${sql.trim().split('\n')[0]}…): ${(e as Error).message}`, { cause: e });
  });
}
