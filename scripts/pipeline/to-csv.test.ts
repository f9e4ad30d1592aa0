import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defuseFormula, restoreFormula, toCsv, type CsvColumn } from './to-csv.ts';

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
    ['＝1+1', "'＝1+1"], // full-width equals, common in Chinese text input
    ["'already", "''already"], // the apostrophe itself, so restoreFormula is exact
    ['不低于25%', '不低于25%'],
    ['0755', '0755'],
    ['', ''],
  ])('%j → %j and back', (value, cell) => {
    expect(defuseFormula(value)).toBe(cell);
    expect(restoreFormula(defuseFormula(value))).toBe(value);
  });
});

describe('toCsv', () => {
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
});
