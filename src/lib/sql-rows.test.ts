// A reader's own rows as SQL: they come back from DuckDB exactly as they went in, and bad rows are refused by name.
import { describe, expect, it } from 'vitest';
import { wasmDuckDb } from './arrow/wasm-duckdb.testing.ts';
import { createTableSql, insertRowsSql, sqlValue, type RowColumn } from './sql-rows.ts';

const COLUMNS: RowColumn[] = [
  { name: 'doc_id', type: 'string', nullable: false },
  { name: 'end', type: 'integer', nullable: false },
  { name: 'value', type: 'number', nullable: true },
  { name: 'ok', type: 'boolean', nullable: true },
  { name: 'quote', type: 'string', nullable: true },
];

const ROWS = [
  {
    doc_id: 'new',
    end: 9007199254740991,
    value: 0.1 + 0.2,
    ok: true,
    quote: '它\'s "引号"\n第二行 -- not a comment; DROP TABLE x',
  },
  { doc_id: 'new', end: 0, value: -1e-7, ok: false, quote: '' },
  { doc_id: 'new', end: 3, value: null, ok: null, quote: null },
];

describe('rows as SQL', () => {
  it('round-trips text, exact doubles, 2^53 − 1, booleans, NULL apart from empty text, a reserved column name', async () => {
    const db = await wasmDuckDb([]);
    db.query('CREATE SCHEMA plan');
    db.query(createTableSql('plan', 'targets', COLUMNS));
    for (const sql of insertRowsSql('plan', 'targets', COLUMNS, ROWS, 2)) db.query(sql);
    expect(db.query('SELECT * FROM plan.targets ORDER BY "end" DESC')).toEqual([ROWS[0], ROWS[2], ROWS[1]]);
    expect(db.columnTypes('targets').map((c) => c.type)).toEqual(['VARCHAR', 'BIGINT', 'DOUBLE', 'BOOLEAN', 'VARCHAR']);
  }, 60_000);

  it('batches the inserts', () => {
    expect(insertRowsSql('main', 't', COLUMNS, ROWS, 2)).toHaveLength(2);
    expect(insertRowsSql('main', 't', COLUMNS, [], 2)).toEqual([]);
  });

  it('refuses a value of the wrong type or a missing required one, naming table, row and column', () => {
    expect(() => insertRowsSql('main', 't', COLUMNS, [{ ...ROWS[0], end: 1.5 }])).toThrow(
      't: row 1, column end: 1.5 is not an integer',
    );
    expect(() => insertRowsSql('main', 't', COLUMNS, [ROWS[1]!, { ...ROWS[0], doc_id: null }])).toThrow(
      't: row 2, column doc_id: empty in a column that may not be',
    );
    expect(() => sqlValue(Number.NaN, COLUMNS[2]!, 'x')).toThrow('NaN');
    expect(() => createTableSql('main', 't', [])).toThrow(/at least one column/);
  });
});
