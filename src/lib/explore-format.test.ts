// Result cells on screen and in downloads: nulls, 64-bit integers, duplicate names, formulas, Chinese.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { resultCsv, resultJson } from './explore-download.ts';
import { formatCell, jsonValue, uniqueNames, type QueryResult } from './explore-format.ts';

const result: QueryResult = {
  columns: [
    { name: 'doc_id', type: 'Utf8' },
    { name: 'n', type: 'Int64' },
    { name: 'n', type: 'Float64' },
    { name: 'quote', type: 'Utf8' },
  ],
  rows: [
    ['guyuan', 5n, 0.1 + 0.2, '县域内就诊率达到90%以上'],
    ['yulin', 9007199254740993n, null, '-1.5, "含逗号"\n第二行'],
  ],
  ms: 3.21,
};

describe('formatCell', () => {
  it.each([
    [null, 'NULL'],
    [5n, '5'],
    [0.1 + 0.2, '0.3'],
    [90, '90'],
    [true, 'true'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ] as const)('%s → %s', (v, text) => expect(formatCell(v)).toBe(text));
});

describe('downloads', () => {
  it('keeps 64-bit integers exact in JSON', () => {
    expect(jsonValue(9007199254740993n)).toBe('9007199254740993');
    expect(jsonValue(5n)).toBe(5);
  });

  it('renames duplicate columns instead of dropping one', () => {
    expect(uniqueNames(['n', 'n', 'm', 'n'])).toEqual(['n', 'n_2', 'm', 'n_3']);
    expect((JSON.parse(resultJson(result)) as unknown[])[0]).toEqual({
      doc_id: 'guyuan',
      n: 5,
      n_2: 0.30000000000000004,
      quote: '县域内就诊率达到90%以上',
    });
  });

  it('writes a BOM, CRLF, defused text and round-trips through papaparse', () => {
    const csv = resultCsv(result);
    expect(csv.startsWith('\uFEFFdoc_id,n,n_2,quote\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['doc_id', 'n', 'n_2', 'quote'],
      ['guyuan', '5', '0.30000000000000004', '县域内就诊率达到90%以上'],
      ['yulin', '9007199254740993', '', '\'-1.5, "含逗号"\n第二行'],
    ]);
  });
});
