// DuckDB's errors as the explorer shows them: said once, with the hint that helps. Messages as DuckDB-wasm 1.32
// words them (the last test asks the engine itself).
import { describe, expect, it } from 'vitest';
import { rowsToArrowIpc } from './arrow/encode.ts';
import { wasmDuckDb } from './arrow/wasm-duckdb.testing.ts';
import { editDistance, explainError } from './explore-errors.ts';

const CONTEXT = { reservedColumns: ['end'], tables: ['documents', 'sections', 'targets', 'target_mentions'] };

describe('explainError', () => {
  it('the parser repeats its "LINE 1" block: shown once, with the "end" hint', () => {
    const raw =
      'Parser Error: syntax error at or near "end"\n\nLINE 1: SELECT start, end FROM sections\n                      ^\n\nLINE 1: SELECT start, end FROM sections\n                      ^';
    const x = explainError(raw, CONTEXT);
    expect(x.message).toBe(
      'Parser Error: syntax error at or near "end"\n\nLINE 1: SELECT start, end FROM sections\n                      ^',
    );
    expect(x.message.match(/LINE 1/g)).toHaveLength(1);
    expect(x.reserved).toBe('end');
    expect(x.extension).toBe(false);
  });

  it('no "end" hint when the error is elsewhere', () => {
    const x = explainError('Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^', CONTEXT);
    expect(x.reserved).toBeNull();
    expect(explainError('Parser Error: syntax error at or near "END"', CONTEXT).reserved).toBe('end');
  });

  it('an extension function: the fact kept, the INSTALL/LOAD advice (impossible offline) dropped', () => {
    const raw =
      'Catalog Error: Table Function with name "read_parquet" is not in the catalog, but it exists in the parquet extension.\n\nPlease try installing and loading the parquet extension by running:\nINSTALL parquet;\nLOAD parquet;\n\nAlternatively, consider enabling auto-install and auto-load by running:\nSET autoinstall_known_extensions=1;\nSET autoload_known_extensions=1;';
    const x = explainError(raw, CONTEXT);
    expect(x.extension).toBe(true);
    expect(x.message).toBe(
      'Catalog Error: Table Function with name "read_parquet" is not in the catalog, but it exists in the parquet extension.',
    );
  });

  it("a missing table: DuckDB's guess among loaded tables (pg_enum) replaced by the closest published table", () => {
    const raw =
      'Catalog Error: Table with name targts does not exist!\nDid you mean "pg_enum"?\n\nLINE 1: SELECT * FROM targts\n                      ^';
    const x = explainError(raw, CONTEXT);
    expect(x.message).toBe(
      'Catalog Error: Table with name targts does not exist!\n\nLINE 1: SELECT * FROM targts\n                      ^',
    );
    expect(x.missingTable).toEqual({ name: 'targts', suggestion: 'targets' });
    expect(explainError('Catalog Error: Table with name zzz does not exist!', CONTEXT).missingTable).toEqual({
      name: 'zzz',
      suggestion: null,
    });
  });

  it('other messages pass unchanged', () => {
    const raw = 'Binder Error: Referenced column "nope" not found in FROM clause!\nCandidate bindings: "end"';
    expect(explainError(raw, CONTEXT)).toEqual({ message: raw, reserved: null, extension: false, missingTable: null });
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('targts', 'targets')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe("on the explorer's own engine", () => {
  it('the messages it words are the ones explainError reads', async () => {
    const ipc = rowsToArrowIpc(
      [{ start: 1, end: 2 }],
      [
        { name: 'start', type: 'integer', nullable: false },
        { name: 'end', type: 'integer', nullable: false },
      ],
      'sections',
    );
    const db = await wasmDuckDb([{ name: 'sections', ipc }]);
    const explain = (sql: string) => {
      try {
        db.query(sql);
      } catch (e) {
        return explainError((e as Error).message, CONTEXT);
      }
      throw new Error(`${sql} did not fail`);
    };
    const reserved = explain('SELECT start, end FROM sections');
    expect(reserved.reserved).toBe('end');
    expect(reserved.message.match(/LINE 1/g)).toHaveLength(1);
    expect(explain("SELECT * FROM read_parquet('x.parquet')").extension).toBe(true);
    expect(explain('SELECT * FROM targts').missingTable).toEqual({ name: 'targts', suggestion: 'targets' });
    expect(db.query('SELECT s."end" FROM sections s')).toEqual([{ end: 2 }]);
  }, 60_000);
});
