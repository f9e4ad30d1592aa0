// The contract an edited query's result must meet, the filters as DuckDB variables, and results named alike on
// both engines: hand-written results, bad ones included.
import { describe, expect, it } from 'vitest';
import { duckdbTypeOfArrow, kindOfType, plainCell, type SqlResult } from '../../../lib/sql-result.ts';
import { checkResult, problemText, ROW_LIMIT, type ColumnContract } from './contract.ts';
import { paramCondition, variablePrelude, variableStatements } from './params.ts';
import { codeSpans } from './code-spans.ts';

const contract: ColumnContract[] = [
  { name: 'doc_id', kind: 'text', use: { en: '', zh: '' } },
  { name: 'value', kind: 'number', use: { en: '', zh: '' } },
  { name: 'target_year', kind: 'integer', nullable: true, use: { en: '', zh: '' } },
  { name: 'goal_value', kind: 'number', nullable: true, optional: true, use: { en: '', zh: '' } },
];
const good: SqlResult = {
  columns: [
    { name: 'doc_id', type: 'VARCHAR' },
    { name: 'value', type: 'DOUBLE' },
    { name: 'target_year', type: 'BIGINT' },
    { name: 'extra', type: 'DATE' },
  ],
  rows: [
    { doc_id: 'guyuan', value: 65, target_year: 2021, extra: '2021-01-01' },
    { doc_id: 'jieshou', value: 86, target_year: null, extra: null },
  ],
};

describe('checkResult', () => {
  it('accepts a result with every needed column, ignoring extra ones and optional ones that are absent', () => {
    expect(checkResult(good, contract)).toEqual({ ok: true });
  });

  it('accepts an integer where a number is needed (90 written without a decimal point)', () => {
    const r = { ...good, columns: good.columns.map((c) => (c.name === 'value' ? { ...c, type: 'INTEGER' } : c)) };
    expect(checkResult(r, contract)).toEqual({ ok: true });
  });

  it.each([
    [
      'a missing column',
      { ...good, columns: good.columns.filter((c) => c.name !== 'value') },
      { kind: 'missing', column: 'value' },
    ],
    [
      'a number given as text',
      { ...good, columns: good.columns.map((c) => (c.name === 'value' ? { ...c, type: 'VARCHAR' } : c)) },
      { kind: 'type', column: 'value', expected: 'number', got: 'VARCHAR' },
    ],
    [
      'a year given as a number with decimals',
      { ...good, columns: good.columns.map((c) => (c.name === 'target_year' ? { ...c, type: 'DOUBLE' } : c)) },
      { kind: 'type', column: 'target_year', expected: 'integer', got: 'DOUBLE' },
    ],
    [
      'an optional column present with the wrong type',
      { ...good, columns: [...good.columns, { name: 'goal_value', type: 'VARCHAR' }] },
      { kind: 'type', column: 'goal_value', expected: 'number', got: 'VARCHAR' },
    ],
    [
      'a null where none is allowed',
      { ...good, rows: [good.rows[0]!, { ...good.rows[1]!, doc_id: null }] },
      { kind: 'null', column: 'doc_id', row: 2 },
    ],
    [
      'an integer too large to place exactly',
      { ...good, rows: [{ ...good.rows[0]!, target_year: '9007199254740993' }] },
      { kind: 'value', column: 'target_year', row: 1, value: '9007199254740993' },
    ],
  ] as [string, SqlResult, unknown][])('refuses %s, naming the column', (_what, result, problem) => {
    expect(checkResult(result, contract)).toEqual({ ok: false, problem });
  });

  it('refuses more rows than the limit, which is 5,000', () => {
    expect(ROW_LIMIT).toBe(5000);
    const rows = Array.from({ length: 3 }, () => good.rows[0]!);
    expect(checkResult({ ...good, rows }, contract, 2)).toEqual({ ok: false, problem: { kind: 'too-many', rows: 3 } });
  });

  it('says what is wrong in plain words, in both languages, naming the column', () => {
    expect(problemText({ kind: 'missing', column: 'place_zh' }, 'en')).toContain('no column “place_zh”');
    expect(problemText({ kind: 'missing', column: 'place_zh' }, 'zh')).toContain('“place_zh”');
    const type = problemText({ kind: 'type', column: 'value', expected: 'number', got: 'VARCHAR' }, 'en');
    expect(type).toContain('“value” is VARCHAR');
    expect(type).toContain('CAST(… AS DOUBLE) AS value');
    expect(problemText({ kind: 'too-many', rows: 5001 }, 'en')).toContain('5,000');
  });
});

describe('filters as variables', () => {
  it('sets each picked filter as a list and resets the others, quoting what must be quoted', () => {
    expect(variableStatements({ place: ['guyuan', "o'brien"], group: [] })).toEqual([
      "SET VARIABLE place = ['guyuan', 'o''brien']",
      'RESET VARIABLE "group"',
      'RESET VARIABLE indicator',
    ]);
    expect(variablePrelude({ place: ['guyuan'] })).toBe("SET VARIABLE place = ['guyuan'];\n");
    expect(variablePrelude({})).toBe('');
  });

  it('writes the condition every published query uses for a filter', () => {
    expect(paramCondition('place', 't.doc_id')).toBe(
      "(getvariable('place') IS NULL OR list_contains(getvariable('place'), t.doc_id))",
    );
  });
});

describe('results named alike on both engines', () => {
  it.each([
    ['Utf8', 'VARCHAR', 'text'],
    ['Int64', 'BIGINT', 'integer'],
    ['Int32', 'INTEGER', 'integer'],
    ['Float64', 'DOUBLE', 'number'],
    ['Bool', 'BOOLEAN', 'boolean'],
    ['Date32<DAY>', 'Date32<DAY>', null],
  ])('Arrow %s is DuckDB %s, a %s column', (arrow, duck, kind) => {
    expect(duckdbTypeOfArrow(arrow)).toBe(duck);
    expect(kindOfType(duck)).toBe(kind);
  });

  it('reads BIGINT as a number while exact, as text beyond', () => {
    expect(plainCell(2021n)).toBe(2021);
    expect(plainCell(9007199254740993n)).toBe('9007199254740993');
    expect(plainCell(null)).toBeNull();
    expect(plainCell(['a', 'b'])).toBe('["a","b"]');
  });
});

describe('codeSpans', () => {
  it('sets literals, type names, NULL and getvariable calls apart from the prose around them', () => {
    const text = "'lead'、'responsible'、'partner'：颜色；文本（VARCHAR）；getvariable('place') 未选时为 NULL。";
    const spans = codeSpans(text);
    expect(spans.filter((s) => s.code).map((s) => s.text)).toEqual([
      "'lead'",
      "'responsible'",
      "'partner'",
      'VARCHAR',
      "getvariable('place')",
      'NULL',
    ]);
    expect(spans.map((s) => s.text).join('')).toBe(text);
  });

  it('leaves prose alone: an apostrophe in English is not a literal, a capitalised word is not a type', () => {
    expect(codeSpans('the plan’s lead institution')).toEqual([{ text: 'the plan’s lead institution', code: false }]);
    expect(codeSpans('Integers only')).toEqual([{ text: 'Integers only', code: false }]);
    expect(codeSpans('')).toEqual([]);
  });
});
