import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  chineseOrdinal,
  digitByDigit,
  escapeAttr,
  escapeMarkup,
  escapeHtml,
  foldKey,
  foldWidth,
  foldWidthChar,
  foldWidthCode,
  lineAt,
  lineOf,
  lineStarts,
  scalarText,
  scaleOf,
  sqlIdent,
  sqlString,
} from './index.ts';

describe('foldWidth', () => {
  it.each([
    ['６５％', '65%'],
    ['（一）', '(一)'],
    ['县\u3000医院', '县 医院'],
    ['ＡＢ：ｃ', 'AB:c'],
    ['市卫健委', '市卫健委'],
  ])('%s → %s', (a, b) => expect(foldWidth(a)).toBe(b));
  it('keeps the length, so offsets stay valid', () =>
    expect(foldWidth('（２０２５年）').length).toBe('（２０２５年）'.length));
  it('foldKey drops white space', () => expect(foldKey('县（区） 人民医院')).toBe('县(区)人民医院'));
  it('foldWidthCode folds every code unit as foldWidthChar does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(foldWidthCode(c), `U+${c.toString(16)}`).toBe(foldWidthChar(ch).charCodeAt(0));
    }
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['十二', 12],
    ['一千五百', 1500],
    ['三点五', 3.5],
    ['两', 2],
    ['二十', 20],
    ['一百零五', 105],
    ['五十二万', 520000],
    ['两万', 20000],
    ['三亿', 3e8],
    ['一亿二千万', 1.2e8],
    ['十万', 100000],
  ])('%s → %d', (s, n) => expect(chineseNumeral(s)).toBe(n));
  it.each(['', '点', '一二', '三点', 'abc'])('%j is not a numeral', (s) => expect(chineseNumeral(s)).toBeNaN());
});

describe('chineseOrdinal and digitByDigit', () => {
  it.each([
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['一十', 10],
    ['二十', 20],
    ['九十九', 99],
  ])('%s → %d', (s, n) => expect(chineseOrdinal(s)).toBe(n));
  it.each(['两', '一百', '十十', '十一十', '二二', '一一', '零', '廿', ''])('%j is not an ordinal', (s) =>
    expect(chineseOrdinal(s)).toBeNaN(),
  );
  it.each([
    ['二〇二五', 2025],
    ['二零二三', 2023],
    ['2025', 2025],
  ])('%s → %d', (s, n) => expect(digitByDigit(s)).toBe(n));
  it('digitByDigit refuses place-value numerals', () => expect(digitByDigit('二十')).toBeNaN());
  it('scaleOf', () => {
    expect(scaleOf('万')).toBe(1e4);
    expect(scaleOf('亿')).toBe(1e8);
    expect(scaleOf('元')).toBeNull();
  });
});

describe('html and sql', () => {
  it('escapes markup and attributes', () => {
    expect(escapeHtml('<b>&"\'</b>')).not.toMatch(/[<>]/);
    expect(escapeAttr('a"b&c')).toBe('a&quot;b&amp;c');
    expect(escapeMarkup(`<a href="x">'县'&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;县&apos;&amp;&lt;/a&gt;');
  });
  it('quotes literals and reserved identifiers', () => {
    expect(sqlString("it's")).toBe("'it''s'");
    expect(sqlIdent('end')).toBe('"end"');
    expect(sqlIdent('doc_id')).toBe('doc_id');
    expect(sqlIdent('Odd name')).toBe('"Odd name"');
  });
});

describe('lines', () => {
  const text = 'a\nbb\n\nccc';
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [5, 3],
    [6, 4],
    [9, 4],
  ])('offset %d is on line %d', (o, l) => {
    expect(lineAt(lineStarts(text), o)).toBe(l);
    expect(lineOf(text, o)).toBe(l);
  });
});

describe('scalarText', () => {
  it.each([
    ['县医院', '县医院'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [0.1, '0.1'],
    [12n, '12'],
    [false, 'false'],
    [{ a: 1 }, '{"a":1}'],
    [['x', 2], '["x",2]'],
  ])('%o → %j', (value, text) => {
    expect(scalarText(value)).toBe(text);
  });
});
