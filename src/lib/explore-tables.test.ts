// Which published tables a query needs: the explorer loads those only.
import { describe, expect, it } from 'vitest';
import { sqlIdentifiers, tablesInSql } from './explore-tables.ts';

const KNOWN = ['documents', 'sections', 'targets', 'target_mentions', 'vocab_indicators', 'reuse'];
const need = (sql: string) => tablesInSql(sql, KNOWN);

describe('tablesInSql', () => {
  it('a query on documents needs documents only', () => {
    expect(need('SELECT doc_id, place_en FROM documents ORDER BY issue_year')).toEqual({
      tables: ['documents'],
      all: false,
    });
  });

  it('finds joined, aliased, quoted, qualified and differently-cased names', () => {
    const sql = `SELECT d.place_en, t.value FROM Targets AS t JOIN "documents" d USING (doc_id)
      JOIN main.target_mentions m ON m.target_id = t.target_id`;
    expect(need(sql).tables).toEqual(['documents', 'targets', 'target_mentions']);
  });

  it('ignores names inside strings, comments and quoted text, and column names that are not tables', () => {
    const sql = `-- FROM sections
      SELECT 'reuse' AS label, 'it''s sections' AS x, $$targets$$ AS y /* FROM vocab_indicators */
      FROM documents WHERE title_zh LIKE '%sections%'`;
    expect(need(sql)).toEqual({ tables: ['documents'], all: false });
  });

  it('a name as part of a longer word is not the table', () => {
    expect(need('SELECT * FROM documents_backup, sections2, xtargets').tables).toEqual([]);
  });

  it('catalog queries need every table', () => {
    for (const sql of [
      'SELECT table_name FROM information_schema.tables',
      'SHOW TABLES',
      'show all tables',
      'SELECT * FROM duckdb_tables()',
      "SELECT * FROM duckdb_columns() WHERE table_name = 'targets'",
      'DESCRIBE',
      "PRAGMA table_info('targets')",
    ])
      expect(need(sql).all, sql).toBe(true);
    expect(need('DESCRIBE targets')).toEqual({ tables: ['targets'], all: false });
  });

  it('an empty or unfinished query needs nothing and does not throw', () => {
    expect(need('')).toEqual({ tables: [], all: false });
    expect(need("SELECT 'unclosed FROM documents").tables).toEqual([]);
    expect(need('SELECT "unclosed FROM documents').tables).toEqual([]);
    expect(need('/* open comment FROM targets').tables).toEqual([]);
  });
});

describe('sqlIdentifiers', () => {
  it('reads quoted identifiers with doubled quotes, Chinese identifiers, and skips numbers', () => {
    expect(sqlIdentifiers('SELECT "a""b", 名称, 1e3, x1 FROM t')).toEqual(['select', 'a"b', '名称', 'x1', 'from', 't']);
  });
});
