// The one CSV policy: the writer's bytes, the formula rule both ways, and lossless round trips of hostile text.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  csvRecords,
  defuseFormula,
  parseCsv,
  readCsvRows,
  restoreFormula,
  toCsv,
  valuesToCsv,
  type CsvColumn,
  type TypedColumn,
} from './index.ts';
import { HOSTILE_TEXT } from '../hostile-text.testing.ts';

const columns: CsvColumn[] = [
  { name: 'code', kind: 'text' },
  { name: 'value', kind: 'number' },
  { name: 'ok', kind: 'boolean' },
  { name: 'quote', kind: 'text' },
];
const parse = (csv: string) => Papa.parse<string[]>(csv, { header: false, skipEmptyLines: true }).data;

describe('defuseFormula / restoreFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+86 10 1234', "'+86 10 1234"],
    ['-1.5', "'-1.5"], // in a text column; number columns never pass through here
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\nx', "'\nx"],
    ['＝1+1', "'＝1+1"], // full-width equals, common in Chinese text input
    ['＠x', "'＠x"],
    ["'already", "''already"], // the apostrophe itself, so restoreFormula is exact
    ['不低于25%', '不低于25%'],
    ['0755', '0755'],
    ['', ''],
  ])('%j → %j and back', (value, cell) => {
    expect(defuseFormula(value)).toBe(cell);
    expect(restoreFormula(defuseFormula(value))).toBe(value);
  });

  it('leaves a lone apostrophe before harmless text alone (the writer never adds one there)', () => {
    expect(restoreFormula("'abc")).toBe("'abc");
  });
});

describe('toCsv (the published files)', () => {
  // Row shapes from targets: a rate with its quote (jieshou), a negative change (made up) and an empty row.
  const rows = [
    { code: '0755', value: -1.5, ok: true, quote: '县域内就诊率达到90%,基层就诊率达到65%' },
    { code: '=1+1', value: 0, ok: false, quote: '他说"好"\n第二行' },
    { code: null, value: null, ok: null, quote: '' },
  ];
  const csv = toCsv(rows, columns);

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFcode,value,ok,quote\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes numbers as numbers: a negative number is not defused', () => {
    expect(csv).toContain('\r\n0755,-1.5,true,');
  });

  it('parses back (papaparse, no dynamic typing) to the strings written, leading zeros kept', () => {
    const [header, ...data] = parse(csv);
    expect(header).toEqual(['code', 'value', 'ok', 'quote']);
    expect(data).toEqual([
      ['0755', '-1.5', 'true', '县域内就诊率达到90%,基层就诊率达到65%'],
      ["'=1+1", '0', 'false', '他说"好"\n第二行'],
      ['', '', '', ''],
    ]);
    expect(restoreFormula(data[1]![0]!)).toBe('=1+1');
  });

  it('writes exactly these bytes (quoting only where RFC 4180 needs it)', () => {
    expect(toCsv([{ code: 'a,b', value: 2, ok: true, quote: 'x' }], columns)).toBe(
      '\uFEFFcode,value,ok,quote\r\n"a,b",2,true,x\r\n',
    );
    expect(toCsv([], columns)).toBe('\uFEFFcode,value,ok,quote\r\n');
  });
});

describe('csvRecords (a dataset cut into parts)', () => {
  const head = toCsv([], columns);
  const recordsOf = (rows: Record<string, unknown>[]) => rows.map((r) => toCsv([r], columns).slice(head.length));
  it('gives each row the record toCsv writes for it, with one call for all rows or one per row', () => {
    const plain = HOSTILE_TEXT.filter((t) => !/[\r\n]/.test(t)).map((t, i) => ({
      code: t,
      value: i,
      ok: true,
      quote: ` ${t}`,
    }));
    const broken = HOSTILE_TEXT.map((t, i) => ({ code: t, value: -i / 3, ok: i % 2 === 0, quote: `${t}\r\n"行"` }));
    expect(plain.length).toBeGreaterThan(3);
    for (const rows of [plain, broken, [...plain, ...broken], [{ code: null, value: null, ok: null, quote: '' }], []])
      expect(csvRecords(rows, columns)).toEqual(recordsOf(rows));
    expect(csvRecords(plain, columns).join('')).toBe(toCsv(plain, columns).slice(head.length));
  });
});

describe('round trips of hostile text', () => {
  const typed: TypedColumn[] = [
    { name: 'id', type: 'integer', nullable: false },
    { name: 'text', type: 'string', nullable: false },
    { name: 'maybe', type: 'string', nullable: true },
    { name: 'n', type: 'number', nullable: true },
    { name: 'ok', type: 'boolean', nullable: true },
  ];
  const kinds: CsvColumn[] = [
    { name: 'id', kind: 'number' },
    { name: 'text', kind: 'text' },
    { name: 'maybe', kind: 'text' },
    { name: 'n', kind: 'number' },
    { name: 'ok', kind: 'boolean' },
  ];
  const rows = HOSTILE_TEXT.map((text, i) => ({
    id: i,
    text,
    maybe: i % 3 === 0 ? null : text,
    n: i % 4 === 0 ? null : i - 10.25,
    ok: i % 5 === 0 ? null : i % 2 === 0,
  }));

  it('typed: every value comes back exactly from a dataset file', () => {
    // A nullable text column cannot hold '' apart from null in CSV: the typed reader gives null for it.
    const want = rows.map((r) => ({ ...r, maybe: r.maybe === '' ? null : r.maybe }));
    expect(readCsvRows(toCsv(rows, kinds), typed, 'hostile.csv')).toEqual(want);
  });

  it('untyped: every text cell comes back exactly from a query download', () => {
    const csv = valuesToCsv(
      ['text', '=name'],
      HOSTILE_TEXT.map((t) => [t, 1n]),
    );
    const back = parseCsv(csv);
    expect(back.fields).toEqual(['text', '=name']);
    expect(back.rows.map((r) => r[0])).toEqual(HOSTILE_TEXT);
    expect(back.rows.every((r) => r[1] === '1')).toBe(true);
  });

  it('a one-column file keeps an empty value as a row', () => {
    expect(parseCsv(valuesToCsv(['x'], [[''], ['a'], [null]])).rows).toEqual([[''], ['a'], ['']]);
  });
});

describe('bad input', () => {
  const cols: TypedColumn[] = [
    { name: 'id', type: 'string', nullable: false },
    { name: 'n', type: 'integer', nullable: false },
  ];
  it('names the file, row and column of a value that does not fit its type', () => {
    expect(() => readCsvRows('\uFEFFid,n\r\na,1\r\nb,x\r\n', cols, 'targets.csv')).toThrow(
      'targets.csv: row 3, column n: "x" is not a valid integer',
    );
    expect(() => readCsvRows('\uFEFFid,n\r\na,\r\n', cols, 'targets.csv')).toThrow(/row 2, column n/);
  });
  it('refuses a header that is not the columns', () => {
    expect(() => readCsvRows('id,value\r\na,1\r\n', cols, 'x.csv')).toThrow('x.csv: header id,value is not id,n');
  });
  it('refuses a ragged row and an unclosed quote', () => {
    expect(() => parseCsv('a,b\r\n1\r\n', 'r.csv')).toThrow('r.csv: row 2 has 1 cells, the header 2');
    expect(() => parseCsv('a\r\n"open\r\n', 'q.csv')).toThrow(/q\.csv: row/);
  });
});
