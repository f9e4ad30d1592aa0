// The explorer's tables (Arrow files made from the published rows, inserted into DuckDB-wasm) hold exactly the
// JSON files' values, and every example query teaches something true on the corpus.
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetArrowIpc } from '../../src/lib/arrow/dataset.ts';
import { wasmDuckDb, type WasmDb } from '../../src/lib/arrow/wasm-duckdb.testing.ts';
import { EXAMPLES } from '../../src/lib/explore-examples.ts';
import { SQL_TYPES } from '../../src/lib/explore-sql.ts';
import { columnsOf } from '../../src/lib/schema/columns.ts';
import { DATASETS } from '../../src/lib/schema/index.ts';
import { buildDataRelease, readJsonRows } from './published-data.testing.ts';

let dir: string;
let db: WasmDb;
beforeAll(async () => {
  dir = buildDataRelease();
  db = await wasmDuckDb(
    DATASETS.map((spec) => ({ name: spec.name, ipc: datasetArrowIpc(spec, readJsonRows(dir, spec.name)) })),
  );
}, 120_000);

describe.each(DATASETS.map((d) => [d.name, d] as const))('%s', (name, spec) => {
  it('is a table with the schema types and exactly the rows of its JSON file', () => {
    const columns = columnsOf(spec);
    expect(db.columnTypes(name)).toEqual(columns.map((c) => ({ name: c.name, type: SQL_TYPES[c.type] })));
    // Compared in the JSON file's order: DuckDB's ORDER BY collates text differently from the release's sort.
    const keyOf = (r: Record<string, unknown>) => JSON.stringify(spec.primaryKey.map((k) => r[k]));
    const want = readJsonRows(dir, name).map((r) =>
      Object.fromEntries(columns.map((c) => [c.name, r[c.name] ?? null])),
    );
    const got = new Map(db.query(`SELECT * FROM ${name}`).map((r) => [keyOf(r), r]));
    expect(got.size).toBe(want.length);
    expect(want.map((r) => got.get(keyOf(r)))).toEqual(want);
  });
});

describe('example gallery', () => {
  it('has unique ids and both languages', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) expect(e.title_en && e.title_zh && e.sql).toBeTruthy();
  });

  // An example that errors or returns nothing would teach the reader the wrong thing.
  it.each(EXAMPLES.map((e) => [e.id, e.sql] as const))('%s runs on the corpus and returns rows', (_id, sql) => {
    expect(db.query(sql).length).toBeGreaterThan(0);
  });

  // Sources: guyuan 县（区）域内就诊率达到90%以上; hangjin 力争患者在旗域内就诊率达到90%; henan 力争县域就诊率达到90%;
  // jieshou 县域内就诊率达到90%以上 (its 86% step is below the bar).
  it('finds the plans that aim for at least 90% in-county visits, each with a year', () => {
    const rows = db.query(EXAMPLES.find((e) => e.id === 'county-visit-90')!.sql);
    expect(rows.map((r) => r['doc_id']).sort()).toEqual(['guyuan', 'hangjin', 'henan', 'jieshou']);
    expect(rows.every((r) => Number(r['value']) >= 90 && r['target_year'] !== null)).toBe(true);
  });
});
