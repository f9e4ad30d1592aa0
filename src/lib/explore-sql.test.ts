// The explorer's SQL facts checked on its own engine (DuckDB-wasm): reserved words, offline and locked settings.
import { describe, expect, it } from 'vitest';
import { rowsToArrowIpc } from './arrow/encode.ts';
import { wasmDuckDb } from './arrow/wasm-duckdb.testing.ts';
import { columnInSql, RESERVED } from './explore-sql.ts';

describe('explorer SQL', () => {
  it('knows exactly the reserved words of the DuckDB the explorer runs', async () => {
    const db = await wasmDuckDb([]);
    const rows = db.query("SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category = 'reserved'");
    expect(new Set(rows.map((r) => r['keyword_name']))).toEqual(RESERVED);
    expect(columnInSql('end')).toBe('"end"');
    expect(columnInSql('group')).toBe('"group"');
    expect(columnInSql('start')).toBe('start');
  }, 60_000);

  it('locks external access once the tables exist', async () => {
    const ipc = rowsToArrowIpc([{ a: 'x' }], [{ name: 'a', type: 'string', nullable: false }], 't');
    const db = await wasmDuckDb([{ name: 't', ipc }]);
    expect(db.query('SELECT a FROM t')).toEqual([{ a: 'x' }]);
    expect(() => db.query("SELECT * FROM read_csv('/etc/hostname')")).toThrow(/disabled|Permission/i);
    expect(() => db.query('SET enable_external_access = true')).toThrow();
  }, 60_000);
});
