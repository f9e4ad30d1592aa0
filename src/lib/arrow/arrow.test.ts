// The explorer's tables are Arrow: every value, hostile or not, reaches DuckDB-wasm exactly as in the JSON rows.
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HOSTILE_TEXT } from '../hostile-text.testing.ts';
import type { DatasetSpec } from '../schema/index.ts';
import { datasetArrowIpc } from './dataset.ts';
import { rowsToArrowIpc, type ArrowColumn } from './encode.ts';
import { wasmDuckDb } from './wasm-duckdb.testing.ts';

const columns: ArrowColumn[] = [
  { name: 'id', type: 'integer', nullable: false },
  { name: 'text', type: 'string', nullable: false },
  { name: 'maybe', type: 'string', nullable: true },
  { name: 'n', type: 'number', nullable: true },
  { name: 'ok', type: 'boolean', nullable: true },
  { name: 'end', type: 'integer', nullable: true },
];
// Each hostile text as a value, and in the nullable column both '' and null on different rows.
const rows = HOSTILE_TEXT.map((text, i) => ({
  id: i,
  text,
  maybe: i % 3 === 0 ? null : text,
  n: i % 4 === 0 ? null : i - 10.25,
  ok: i % 5 === 0 ? null : i % 2 === 0,
  end: i === 1 ? 9_007_199_254_740_991 : i % 2 ? null : -i - 1,
}));

describe('rowsToArrowIpc', () => {
  it('keeps every value and its type (apache-arrow reads it back)', () => {
    const table = tableFromIPC(rowsToArrowIpc(rows, columns, 'hostile'));
    expect(table.schema.fields.map((f) => [f.name, String(f.type), f.nullable])).toEqual([
      ['id', 'Int64', false],
      ['text', 'Utf8', false],
      ['maybe', 'Utf8', true],
      ['n', 'Float64', true],
      ['ok', 'Bool', true],
      ['end', 'Int64', true],
    ]);
    const back = table.toArray().map((r: { toJSON(): Record<string, unknown> }) => r.toJSON());
    expect(back.map((r) => r['text'])).toEqual(HOSTILE_TEXT);
    expect(back.map((r) => r['maybe'])).toEqual(rows.map((r) => r.maybe));
    expect(back[1]!['end']).toBe(9_007_199_254_740_991n);
  });

  it('refuses a value that does not fit its column, naming dataset, row and column', () => {
    expect(() => rowsToArrowIpc([{ id: 1.5 }], [columns[0]!], 'targets')).toThrow(
      'targets: row 1, column id: 1.5 is not an integer',
    );
    expect(() => rowsToArrowIpc([{ id: 1 }, { id: null }], [columns[0]!], 'targets')).toThrow(
      'targets: row 2, column id: null in a column that is not nullable',
    );
    expect(() => rowsToArrowIpc([{ text: 7 }], [columns[1]!], 'x')).toThrow('x: row 1, column text: 7 is not a string');
  });

  it('checks rows against the dataset schema first', () => {
    const spec: DatasetSpec = {
      name: 'demo',
      title: 'Demo',
      description: 'd',
      schema: z.object({ id: z.string(), year: z.number().int().nullable() }),
      primaryKey: ['id'],
    };
    expect(() =>
      datasetArrowIpc(spec, [
        { id: 'a', year: 2025 },
        { id: 'b', year: '2025' },
      ]),
    ).toThrow(/^demo: row 2, field year: /);
    expect(tableFromIPC(datasetArrowIpc(spec, [])).numRows).toBe(0);
  });
});

describe('DuckDB-wasm reads the Arrow stream as the explorer does', () => {
  it('gives every hostile value back exactly, null and empty string apart, with the column types', async () => {
    const db = await wasmDuckDb([
      { name: 'hostile', ipc: rowsToArrowIpc(rows, columns, 'hostile') },
      { name: 'empty', ipc: rowsToArrowIpc([], columns, 'empty') },
    ]);
    expect(db.columnTypes('hostile')).toEqual([
      { name: 'id', type: 'BIGINT' },
      { name: 'text', type: 'VARCHAR' },
      { name: 'maybe', type: 'VARCHAR' },
      { name: 'n', type: 'DOUBLE' },
      { name: 'ok', type: 'BOOLEAN' },
      { name: 'end', type: 'BIGINT' },
    ]);
    expect(db.query('SELECT * FROM hostile ORDER BY id')).toEqual(rows);
    expect(db.query("SELECT count(*) AS n FROM hostile WHERE maybe = ''")).toEqual([{ n: 1 }]);
    expect(db.query('SELECT count(*) AS n FROM hostile WHERE maybe IS NULL')).toEqual([
      { n: rows.filter((r) => r.maybe === null).length },
    ]);
    expect(db.query("SELECT id FROM hostile WHERE text = '0755'")).toEqual([{ id: HOSTILE_TEXT.indexOf('0755') }]);
    expect(db.query('SELECT count(*) AS n FROM empty')).toEqual([{ n: 0 }]);
  }, 60_000);
});
