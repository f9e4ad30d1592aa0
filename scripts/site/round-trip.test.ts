// Hostile values (formula starts, quotes, line breaks, '' and null, emoji, U+2028, leading zeros) through every
// format the project publishes — CSV, JSON, Parquet — and through the explorer's Arrow tables in DuckDB-wasm.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { datasetArrowIpc } from '../../src/lib/arrow/dataset.ts';
import { wasmDuckDb } from '../../src/lib/arrow/wasm-duckdb.testing.ts';
import { csvColumns, readCsvRows, toCsv } from '../../src/lib/csv/index.ts';
import { HOSTILE_TEXT } from '../../src/lib/hostile-text.testing.ts';
import { columnsOf } from '../../src/lib/schema/columns.ts';
import type { DatasetSpec } from '../../src/lib/schema/index.ts';
import { readParquet, writeParquet } from '../release/write-parquet.ts';

const spec: DatasetSpec = {
  name: 'hostile',
  title: 'Hostile values',
  description: 'Every value a format could damage',
  schema: z.object({
    row_id: z.string(),
    text: z.string(),
    maybe: z.string().nullable(),
    year: z.number().int().nullable(),
    value: z.number().nullable(),
    flag: z.boolean().nullable(),
  }),
  primaryKey: ['row_id'],
};
const columns = columnsOf(spec);
const rows = HOSTILE_TEXT.map((text, i) => ({
  row_id: `h${String(i).padStart(2, '0')}`,
  text,
  maybe: i % 2 === 0 ? null : text,
  year: i % 3 === 0 ? null : 2000 + i,
  value: i % 4 === 0 ? null : -1.5 * i,
  flag: i % 5 === 0 ? null : i % 2 === 0,
}));

describe('hostile values', () => {
  it("CSV: the typed reader gives every value back; only a nullable text column's '' reads as null", () => {
    const back = readCsvRows(toCsv(rows, csvColumns(columns)), columns, 'hostile.csv');
    expect(back).toEqual(rows.map((r) => ({ ...r, maybe: r.maybe === '' ? null : r.maybe })));
  });

  it('JSON: as written by the build, parsed back unchanged', () => {
    expect(JSON.parse(`${JSON.stringify(rows, null, 1)}\n`)).toEqual(rows);
  });

  it('Parquet: written from the JSON with DuckDB, read back unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'round-trip-'));
    writeFileSync(join(dir, 'hostile.json'), `${JSON.stringify(rows, null, 1)}\n`);
    await writeParquet([{ jsonPath: join(dir, 'hostile.json'), parquetPath: join(dir, 'hostile.parquet'), columns }]);
    expect((await readParquet(join(dir, 'hostile.parquet'))).rows).toEqual(rows);
  });

  it("the explorer: Arrow into DuckDB-wasm gives every value back, null and '' apart", async () => {
    const db = await wasmDuckDb([{ name: 'hostile', ipc: datasetArrowIpc(spec, rows) }]);
    expect(db.query('SELECT * FROM hostile ORDER BY row_id')).toEqual(rows);
    expect(db.query("SELECT row_id FROM hostile WHERE maybe = ''")).toEqual(
      rows.filter((r) => r.maybe === '').map((r) => ({ row_id: r.row_id })),
    );
  }, 60_000);
});
