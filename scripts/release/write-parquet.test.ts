import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Column } from '../../src/lib/schema/columns.ts';
import { copySql, readParquet, writeParquet } from './write-parquet.ts';

const columns: Column[] = [
  { name: 'doc_id', type: 'string', nullable: false, description: 'Document id' },
  { name: 'code', type: 'string', nullable: true, description: 'A code with leading zeros' },
  { name: 'year', type: 'integer', nullable: true, description: 'Target year' },
  { name: 'value', type: 'number', nullable: true, description: 'Target value' },
  { name: 'complete', type: 'boolean', nullable: false, description: 'Complete copy' },
  { name: 'quote', type: 'string', nullable: false, description: 'Quote' },
];
// Values in the shape of targets rows (jieshou: 县域内就诊率 90%); code and the = quote are made up to stress the writer.
const rows = [
  { doc_id: 'jieshou', code: '0755', year: 2025, value: 90, complete: true, quote: '县域内就诊率达到90%' },
  { doc_id: 'henan', code: null, year: null, value: -1.5, complete: false, quote: '=HYPERLINK("x") \'quoted\'' },
];

describe('writeParquet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parquet-'));
  const json = join(dir, 't.json');
  writeFileSync(json, JSON.stringify(rows));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes typed columns and reads back the same rows, leading zeros and nulls intact', async () => {
    await writeParquet([{ jsonPath: json, parquetPath: join(dir, 'a.parquet'), columns }]);
    const back = await readParquet(join(dir, 'a.parquet'));
    expect(back.types).toEqual({
      doc_id: 'VARCHAR',
      code: 'VARCHAR',
      year: 'BIGINT',
      value: 'DOUBLE',
      complete: 'BOOLEAN',
      quote: 'VARCHAR',
    });
    expect(back.rows).toEqual(rows);
  });

  it('is byte-reproducible (threads=1, one row group, no timestamps in the file)', async () => {
    await writeParquet([{ jsonPath: json, parquetPath: join(dir, 'b.parquet'), columns }]);
    await writeParquet([{ jsonPath: json, parquetPath: join(dir, 'c.parquet'), columns }]);
    expect(readFileSync(join(dir, 'b.parquet')).equals(readFileSync(join(dir, 'c.parquet')))).toBe(true);
  });

  it('writes an empty dataset with its columns', async () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '[]\n');
    await writeParquet([{ jsonPath: empty, parquetPath: join(dir, 'e.parquet'), columns }]);
    const back = await readParquet(join(dir, 'e.parquet'));
    expect(back.rows).toEqual([]);
    expect(Object.keys(back.types)).toEqual(columns.map((c) => c.name));
  });

  it('fails loudly, naming the file, when a value does not fit its type', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ ...rows[0], year: '二〇二五' }]));
    await expect(writeParquet([{ jsonPath: bad, parquetPath: join(dir, 'bad.parquet'), columns }])).rejects.toThrow(
      /bad\.parquet/,
    );
  });

  it('quotes names and paths in SQL', () => {
    const sql = copySql({
      jsonPath: "/tmp/o'brien.json",
      parquetPath: '/tmp/x.parquet',
      columns: [{ name: 'a"b', type: 'string', nullable: false, description: 'd' }],
    });
    expect(sql).toContain("'/tmp/o''brien.json'");
    expect(sql).toContain('"a""b"');
  });
});
