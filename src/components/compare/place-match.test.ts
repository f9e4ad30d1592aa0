import { describe, expect, it } from 'vitest';
import type { PlanIndexRow } from '../../lib/plans-index/rows.ts';
import { matchPlaces } from './place-match.ts';

const row = (
  id: string,
  placeZh: string,
  placeEn: string,
  provinceZh: string,
  provinceEn: string,
  level: PlanIndexRow['level'],
): PlanIndexRow => ({
  id,
  placeZh,
  placeEn,
  provinceZh,
  provinceEn,
  level,
  year: 2020,
  targets: 1,
  completeness: 'complete',
  missing: 0,
});

const rows = [
  row('guyuan', '固原市', 'Guyuan', '宁夏回族自治区', 'Ningxia Hui Autonomous Region', 'prefecture'),
  row('yulin', '玉林市', 'Yulin', '广西壮族自治区', 'Guangxi Zhuang Autonomous Region', 'prefecture'),
  row('yulin-sx', '榆林市', 'Yulin', '陕西省', 'Shaanxi Province', 'prefecture'),
  row('rongxian', '容县', 'Rong County', '广西壮族自治区', 'Guangxi Zhuang Autonomous Region', 'county'),
  row('henan', '河南省', 'Henan', '河南省', 'Henan Province', 'province'),
];
const ids = (xs: PlanIndexRow[]) => xs.map((r) => r.id);

describe('matchPlaces', () => {
  it('finds 玉林 by its Chinese name, and both Yulins by pinyin, in any case or width', () => {
    expect(ids(matchPlaces(rows, '玉林', '', ''))).toEqual(['yulin']);
    expect(ids(matchPlaces(rows, 'yulin', '', ''))).toEqual(['yulin', 'yulin-sx']);
    expect(ids(matchPlaces(rows, 'ＹＵＬＩＮ', '', ''))).toEqual(['yulin', 'yulin-sx']);
  });
  it('puts names starting with the query before names containing it, then places in a matching province', () => {
    expect(ids(matchPlaces(rows, '河南', '', ''))).toEqual(['henan']);
    expect(ids(matchPlaces(rows, '广西', '', ''))).toEqual(['rongxian', 'yulin']);
    expect(ids(matchPlaces(rows, 'county', '', ''))).toEqual(['rongxian']);
  });
  it('narrows by province and level, with or without a query', () => {
    expect(ids(matchPlaces(rows, '', '广西壮族自治区', ''))).toEqual(['rongxian', 'yulin']);
    expect(ids(matchPlaces(rows, '', '广西壮族自治区', 'county'))).toEqual(['rongxian']);
    expect(ids(matchPlaces(rows, 'yulin', '陕西省', ''))).toEqual(['yulin-sx']);
    expect(matchPlaces(rows, '玉林', '陕西省', '')).toEqual([]);
  });
});
