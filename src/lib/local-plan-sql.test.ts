// The local plan's tables in the explorer's engine (DuckDB-wasm, Node build), created after the database is locked
// as the explorer does: every value comes back exactly, with the published column types.
import { describe, expect, it } from 'vitest';
import { wasmDuckDb } from './arrow/wasm-duckdb.testing.ts';
import { HOSTILE_TEXT } from './hostile-text.testing.ts';
import { localPlanSql } from './local-plan-sql.ts';
import type { LocalTable } from './local-plan-store.ts';

const table: LocalTable = {
  name: 'targets',
  columns: [
    { name: 'target_id', type: 'string' },
    { name: 'value', type: 'number' },
    { name: 'end', type: 'integer' },
    { name: 'conflict', type: 'string' },
    { name: 'aspirational', type: 'boolean' },
  ],
  rows: HOSTILE_TEXT.filter((t) => !t.includes('\u0000')).map((t, i) => ({
    target_id: `t${String(i).padStart(2, '0')}`,
    value: i === 0 ? 0.1 : i === 1 ? 1e-7 : i * 12.5,
    end: i === 2 ? 9_007_199_254_740_991 : i,
    conflict: i === 3 ? null : t,
    aspirational: i % 2 === 0,
  })),
};

describe('localPlanSql', () => {
  it('creates mine.<dataset> with the published types and every value exact, after the lock', async () => {
    const db = await wasmDuckDb([]);
    for (const s of localPlanSql([table, { ...table, name: 'phases', rows: [] }], 'mine')) db.query(s);
    expect(
      db
        .query(
          `SELECT data_type FROM information_schema.columns WHERE table_schema = 'mine' AND table_name = 'targets' ORDER BY ordinal_position`,
        )
        .map((r) => r['data_type']),
    ).toEqual(['VARCHAR', 'DOUBLE', 'BIGINT', 'VARCHAR', 'BOOLEAN']);
    const rows = db.query(
      'SELECT target_id, value, "end", conflict, aspirational FROM mine.targets ORDER BY target_id',
    );
    expect(rows).toEqual(
      table.rows.map((r) => ({ ...r, end: r['end'] === 9_007_199_254_740_991 ? 9_007_199_254_740_991 : r['end'] })),
    );
    expect(db.query('SELECT count(*) AS n FROM mine.phases')).toEqual([{ n: 0 }]);
    // Starting DuckDB-wasm takes seconds on a loaded machine: no test here is about time.
  }, 60_000);

  it('writes one INSERT per 200 rows', () => {
    const many = { ...table, rows: Array.from({ length: 450 }, () => table.rows[0]!) };
    expect(localPlanSql([many], 'mine').filter((s) => s.startsWith('INSERT'))).toHaveLength(3);
  });

  it('refuses a value that does not fit its column, naming table, row and column', () => {
    const bad = { ...table, rows: [{ ...table.rows[0]!, value: 'x' }] };
    expect(() => localPlanSql([bad], 'mine')).toThrow(/targets: row 1, column value: "x" is not a number/);
  });
});
