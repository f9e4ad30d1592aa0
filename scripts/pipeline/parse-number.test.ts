// Number parsing: real wordings from the corpus (source named) and forms the genre uses elsewhere.
import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../../src/lib/text/index.ts';
import { parseNumberAt, parseRangeAt, parseRatioAt } from './parse-number.ts';

describe('parseNumberAt', () => {
  it.each([
    ['65%', 65, true, 3], // guyuan 达到65%以上
    ['９０％', 90, true, 3], // full-width, as in foundation-county-a
    ['2.8人', 2.8, false, 3], // decimal
    ['百分之六十五', 65, true, 6],
    ['两家', 2, false, 1], // hangjin 力争有两家
    ['一年以上', 1, false, 1], // yulin 至少一年以上
    ['十二名', 12, false, 2],
    ['二十', 20, false, 2],
    ['一百零五', 105, false, 4],
    ['三点五', 3.5, false, 3],
    ['12万人次', 120000, false, 3],
    ['1.5亿人次', 150000000, false, 4], // 亿 scales like 万
    ['３．５％', 3.5, true, 4], // full-width decimal point and percent
    ['65﹪', 65, true, 3], // the small percent sign U+FE6A
    ['0.850', 0.85, false, 5], // the decimal as written, no rounding
  ])('%s', (s, value, percent, end) => {
    const m = parseNumberAt(s, 0);
    expect(m).not.toBeNull();
    expect(m?.value).toBe(value);
    expect(m?.percent).toBe(percent);
    expect(m?.end).toBe(end);
  });

  it.each(['百姓', '千县工程', '点评', '万元', '统', ''])('%s is not a number', (s) => {
    expect(parseNumberAt(s, 0)).toBeNull();
  });

  it('malformed Chinese numerals are NaN', () => {
    expect(chineseNumeral('五五')).toBeNaN();
    expect(chineseNumeral('点')).toBeNaN();
    expect(chineseNumeral('十')).toBe(10);
  });
});

describe('parseRangeAt', () => {
  it.each([
    ['35%-50%', 35, 50, true], // guyuan 调控在 35%-50%
    ['2—3个', 2, 3, false], // jieshou 2—3个省级重点专科
    ['1-2名', 1, 2, false], // hangjin 每月选派1-2名
    ['1—3个', 1, 3, false], // henan 组建1—3个
    ['２５％～３０％', 25, 30, true],
    ['三至五个', 3, 5, false],
    ['35-50%', 35, 50, true],
  ])('%s', (s, value, max, percent) => {
    const r = parseRangeAt(s, 0);
    expect(r?.value).toBe(value);
    expect(r?.valueMax).toBe(max);
    expect(r?.percent).toBe(percent);
  });

  it('a descending pair is not a range (a date span like 12-1)', () => {
    expect(parseRangeAt('12-1', 0)?.valueMax).toBeNull();
  });
});

describe('parseRatioAt', () => {
  const sep = /^(?::|∶)/;
  it.each([
    ['1:1.6', 1.6, 5], // 床人比
    ['1∶1.25', 1.25, 6], // the ratio sign U+2236
    ['2:3', 1.5, 3], // A:B is read as 1:(B/A)
  ])('%s → %s', (s, value, end) => expect(parseRatioAt(s, 0, sep)).toEqual({ value, start: 0, end }));

  it.each(['1.6', '1:', '90%:1', '一:二', '0:5'])('%j is no ratio', (s) => expect(parseRatioAt(s, 0, sep)).toBeNull());
});
