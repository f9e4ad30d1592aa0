// JSON rows → typed Parquet with DuckDB (node-api, offline). The one impure release step: it takes file paths.
import { DuckDBInstance } from '@duckdb/node-api';
import type { Column, ColumnType } from '../../src/lib/schema/columns.ts';
import { sqlIdent, sqlString } from '../../src/lib/text/index.ts';

export const DUCKDB_TYPE: Record<ColumnType, string> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
};

export interface ParquetJob {
  /** A JSON array of row objects (as written by the build). */
  jsonPath: string;
  parquetPath: string;
  columns: Column[];
}

/** A DuckDB JSON value as text: strings as they are, anything else as JSON. */
const jsonText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** The COPY statement for one job: explicit column types (no sniffing), one thread, one row group, zstd. */
export function copySql(job: ParquetJob): string {
  if (job.columns.length === 0) throw new Error(`${job.jsonPath}: no columns`);
  const cols = job.columns.map((c) => `${sqlString(c.name)}: ${sqlString(DUCKDB_TYPE[c.type])}`).join(', ');
  const select = job.columns.map((c) => sqlIdent(c.name)).join(', ');
  return `COPY (SELECT ${select} FROM read_json(${sqlString(job.jsonPath)}, format = 'array', columns = {${cols}}, maximum_object_size = 134217728)) TO ${sqlString(job.parquetPath)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000, PRESERVE_ORDER true)`;
}

/** Write every job with one in-memory DuckDB; threads=1 keeps row order and bytes reproducible. */
export async function writeParquet(jobs: ParquetJob[]): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await instance.connect();
  try {
    for (const job of jobs) {
      try {
        await con.run(copySql(job));
      } catch (err) {
        throw new Error(`parquet ${job.parquetPath}: ${(err as Error).message}`, { cause: err });
      }
    }
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

/** Read a Parquet file back as JSON-like rows (BIGINT → number) and its column types; for tests and checks. */
export async function readParquet(
  path: string,
): Promise<{ types: Record<string, string>; rows: Record<string, unknown>[] }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await instance.connect();
  try {
    const d = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlString(path)})`);
    const types = Object.fromEntries(
      d.getRowObjectsJson().map((r) => [jsonText(r['column_name']), jsonText(r['column_type'])]),
    );
    const r = await con.runAndReadAll(`SELECT * FROM read_parquet(${sqlString(path)})`);
    const rows = r
      .getRowObjects()
      .map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
      );
    return { types, rows };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}
