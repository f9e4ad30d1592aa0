// The explorer's tables come from the published CSV files; they must hold exactly the JSON files' values.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { Row } from '../../scripts/pipeline/extract-all.ts';
import { runPipeline } from '../../scripts/pipeline/run-pipeline.ts';
import { csvColumns, toCsv } from '../../scripts/pipeline/to-csv.ts';
import { readManifest, readSources, readVocabularies } from '../../scripts/read-sources.ts';
import { columnsOf } from './schema/columns.ts';
import { DATASETS } from './schema/index.ts';
import {
  columnInSql,
  createTableSql,
  ident,
  LOCK_SETTINGS,
  RESERVED,
  OFFLINE_SETTINGS,
  sqlString,
  type TableSpec,
} from './explore-sql.ts';
import { EXAMPLES } from './explore-examples.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const tables: TableSpec[] = DATASETS.map((d) => ({
  name: d.name,
  columns: columnsOf(d).map(({ name, type, nullable }) => ({ name, type, nullable })),
}));

/** The corpus datasets as build-data writes them (CSV via toCsv, JSON rows), in a temp folder: no build needed first. */
function buildCorpus(): { dir: string; json: Record<string, Row[]> } {
  const sources = readSources().map((s) => ({ ...s, sourceFile: relative(ROOT, s.path) }));
  const { datasets } = runPipeline(sources, readManifest(), readVocabularies());
  const dir = mkdtempSync('/tmp/explore-corpus-');
  const json: Record<string, Row[]> = {};
  for (const spec of DATASETS) {
    const rows = datasets[spec.name] ?? [];
    writeFileSync(`${dir}/${spec.name}.csv`, toCsv(rows, csvColumns(columnsOf(spec))));
    json[spec.name] = JSON.parse(JSON.stringify(rows)) as Row[];
  }
  return { dir, json };
}
const corpus = buildCorpus();
const DATA = `${corpus.dir}/`;

async function load(file: string, table: TableSpec) {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  for (const s of OFFLINE_SETTINGS) await conn.run(s);
  await conn.run(createTableSql(table, file));
  return conn;
}

async function rowsOf(conn: Awaited<ReturnType<typeof load>>, sql: string) {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS();
}

function normalise(v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}

describe('createTableSql', () => {
  it('refuses a column name that is not snake_case rather than quoting it', () => {
    expect(() => ident('place name')).toThrow(/snake_case/);
    expect(() => ident('doc_id; DROP TABLE x')).toThrow();
    expect(ident('target_year')).toBe('"target_year"');
    expect(ident('end')).toBe('"end"');
  });

  it('knows exactly the reserved words of DuckDB', async () => {
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = await rowsOf(conn, "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category = 'reserved'");
    expect(new Set(rows.map((r) => r['keyword_name']))).toEqual(RESERVED);
    expect(columnInSql('end')).toBe('"end"');
    expect(columnInSql('start')).toBe('start');
  });

  it('quotes a file name with an apostrophe', () => {
    expect(sqlString("o'neil.csv")).toBe("'o''neil.csv'");
  });

  it('reads explicit types and no BOM into the first column name', () => {
    const sql = createTableSql(
      {
        name: 'documents',
        columns: [
          { name: 'doc_id', type: 'string', nullable: false },
          { name: 'issue_year', type: 'integer', nullable: true },
        ],
      },
      'documents.csv',
    );
    expect(sql).toContain("columns = {'doc_id': 'VARCHAR', 'issue_year': 'BIGINT'}");
    expect(sql).toContain('auto_detect = false');
  });

  // Hand-written CSV in the writer's own dialect (BOM, CRLF, defused formulas, empty = null).
  it('undoes formula defusing, keeps nulls and empty strings apart by schema, survives the BOM', async () => {
    const dir = mkdtempSync('/tmp/explore-sql-');
    const file = `${dir}/t.csv`;
    writeFileSync(
      file,
      '\uFEFFid,note,maybe,n,ok\r\na,\'-1.5,,3,true\r\nb,,,,false\r\nc,"\'=SUM(A1)\r\n2",x,-2,true\r\nd,"引号""内""",,0.5,false\r\n',
    );
    const conn = await load(file, {
      name: 't',
      columns: [
        { name: 'id', type: 'string', nullable: false },
        { name: 'note', type: 'string', nullable: false },
        { name: 'maybe', type: 'string', nullable: true },
        { name: 'n', type: 'number', nullable: true },
        { name: 'ok', type: 'boolean', nullable: false },
      ],
    });
    expect(await rowsOf(conn, 'SELECT * FROM t ORDER BY id')).toEqual([
      { id: 'a', note: '-1.5', maybe: null, n: 3, ok: true },
      { id: 'b', note: '', maybe: null, n: null, ok: false },
      { id: 'c', note: '=SUM(A1)\r\n2', maybe: 'x', n: -2, ok: true },
      { id: 'd', note: '引号"内"', maybe: null, n: 0.5, ok: false },
    ]);
    const names = await rowsOf(
      conn,
      "SELECT column_name FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position",
    );
    expect(names.map((r) => r['column_name'])).toEqual(['id', 'note', 'maybe', 'n', 'ok']);
  });

  it('locks external access once the tables exist', async () => {
    const conn = await load(`${DATA}documents.csv`, tables[0]!);
    for (const s of LOCK_SETTINGS) await conn.run(s);
    await expect(conn.run(`SELECT * FROM read_csv(${sqlString(`${DATA}documents.csv`)})`)).rejects.toThrow(
      /disabled|Permission/i,
    );
    await expect(conn.run('SET enable_external_access = true')).rejects.toThrow();
  });

  // Every published dataset: the table built from its CSV equals its JSON file row for row.
  it.each(tables.map((t) => [t.name, t] as const))('%s: CSV table equals the JSON file', async (name, table) => {
    const expected = corpus.json[name] ?? [];
    const conn = await load(`${DATA}${name}.csv`, table);
    const got = (await rowsOf(conn, `SELECT * FROM ${name}`)).map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, normalise(v)])),
    );
    expect(got.length).toBe(expected.length);
    expect(got).toEqual(expected.map((r) => Object.fromEntries(table.columns.map((c) => [c.name, r[c.name] ?? null]))));
  });
});

describe('example gallery', () => {
  async function allTables() {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    for (const s of OFFLINE_SETTINGS) await conn.run(s);
    for (const t of tables) await conn.run(createTableSql(t, `${DATA}${t.name}.csv`));
    for (const s of LOCK_SETTINGS) await conn.run(s);
    return conn;
  }

  it('has unique ids and both languages', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) expect(e.title_en && e.title_zh && e.sql).toBeTruthy();
  });

  // An example that errors or returns nothing would teach the reader the wrong thing.
  it.each(EXAMPLES.map((e) => [e.id, e.sql] as const))('%s runs on the corpus and returns rows', async (_id, sql) => {
    const conn = await allTables();
    const rows = await rowsOf(conn, sql);
    expect(rows.length).toBeGreaterThan(0);
  });

  // Sources: guyuan 县（区）域内就诊率达到90%以上; hangjin 力争患者在旗域内就诊率达到90%; henan 力争县域就诊率达到90%;
  // jieshou 县域内就诊率达到90%以上 (its 86% step is below the bar).
  it('finds the plans that aim for at least 90% in-county visits, each with a year', async () => {
    const conn = await allTables();
    const rows = await rowsOf(conn, EXAMPLES.find((e) => e.id === 'county-visit-90')!.sql);
    expect(rows.map((r) => r['doc_id']).sort()).toEqual(['guyuan', 'hangjin', 'henan', 'jieshou']);
    expect(rows.every((r) => Number(r['value']) >= 90 && r['target_year'] !== null)).toBe(true);
  });
});
