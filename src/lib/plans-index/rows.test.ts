import { describe, expect, it } from 'vitest';
import {
  facets,
  filterRows,
  fromIndexFile,
  INITIAL_STATE,
  pageOf,
  planIndexRow,
  sortRows,
  stateFromQuery,
  stateToQuery,
  toIndexFile,
  type PlanIndexSource,
  type PlansIndexFile,
} from './rows.ts';

// Hand-written plans (not the corpus).
const doc = (o: Partial<PlanIndexSource> & { doc_id: string }): PlanIndexSource => ({
  place_en: '',
  place_zh: '',
  province_en: 'Anhui',
  province_zh: '安徽省',
  level: 'county',
  issue_year: 2020,
  complete: true,
  attachments_missing: 0,
  ...o,
});
const rows = [
  planIndexRow(
    doc({
      doc_id: 'yulin',
      place_en: 'Yulin',
      place_zh: '玉林市',
      province_en: 'Guangxi',
      province_zh: '广西壮族自治区',
      level: 'prefecture',
      issue_year: 2019,
    }),
    12,
  ),
  planIndexRow(doc({ doc_id: 'c10', place_en: 'County No. 10', place_zh: '第10号县', issue_year: null }), 0),
  planIndexRow(
    doc({ doc_id: 'c2', place_en: 'County No. 2', place_zh: '第2号县', complete: false, attachments_missing: 1 }),
    3,
  ),
  planIndexRow(
    doc({
      doc_id: 'henan',
      place_en: 'Henan',
      place_zh: '河南省',
      province_en: 'Henan',
      province_zh: '河南省',
      level: 'province',
      attachments_missing: 2,
    }),
    30,
  ),
];
const ids = (rs: { id: string }[]) => rs.map((r) => r.id);

describe('plans index rows', () => {
  it('states completeness once: incomplete wins over missing attachments', () => {
    expect(Object.fromEntries(rows.map((r) => [r.id, r.completeness]))).toEqual({
      yulin: 'complete',
      c10: 'complete',
      c2: 'incomplete',
      henan: 'attachments',
    });
  });

  it('round-trips through the compact published file', () => {
    expect(fromIndexFile(JSON.parse(JSON.stringify(toIndexFile(rows))) as PlansIndexFile)).toEqual(rows);
    expect(() => fromIndexFile({ v: 2 } as never)).toThrow('plans-index.json');
  });

  it('sorts names with numbers as numbers, and by pinyin in Chinese', () => {
    expect(ids(sortRows(rows, 'place', 'asc', 'en'))).toEqual(['c2', 'c10', 'henan', 'yulin']);
    // 第 (dì) < 河 (hé) < 玉 (yù)
    expect(ids(sortRows(rows, 'place', 'asc', 'zh'))).toEqual(['c2', 'c10', 'henan', 'yulin']);
    expect(ids(sortRows(rows, 'place', 'desc', 'en'))).toEqual(['yulin', 'henan', 'c10', 'c2']);
  });

  it('sorts by targets, level and completeness; a missing year last either way', () => {
    expect(ids(sortRows(rows, 'targets', 'desc', 'en'))).toEqual(['henan', 'yulin', 'c2', 'c10']);
    expect(ids(sortRows(rows, 'level', 'asc', 'en'))).toEqual(['henan', 'yulin', 'c2', 'c10']);
    expect(ids(sortRows(rows, 'completeness', 'asc', 'en'))).toEqual(['c10', 'yulin', 'henan', 'c2']);
    expect(ids(sortRows(rows, 'year', 'asc', 'en')).at(-1)).toBe('c10');
    expect(ids(sortRows(rows, 'year', 'desc', 'en')).at(-1)).toBe('c10');
    expect(ids(sortRows(rows, 'year', 'desc', 'en'))[0]).not.toBe('yulin');
  });

  it.each([
    ['玉林', ['yulin']],
    ['Yulin', ['yulin']],
    ['yulin', ['yulin']],
    ['ＹＵＬＩＮ', ['yulin']],
    ['河南', ['henan']],
    ['county no. 1', ['c10']],
    ['安徽', ['c10', 'c2']],
    ['北京', []],
  ])('text %s finds %j', (text, expected) => {
    expect(ids(filterRows(rows, { ...INITIAL_STATE, text })).sort()).toEqual([...expected].sort());
  });

  it('filters by province, level, year and completeness together', () => {
    expect(ids(filterRows(rows, { ...INITIAL_STATE, province: 'Anhui' }))).toEqual(['c10', 'c2']);
    expect(ids(filterRows(rows, { ...INITIAL_STATE, province: 'Anhui', completeness: 'incomplete' }))).toEqual(['c2']);
    expect(ids(filterRows(rows, { ...INITIAL_STATE, level: 'province' }))).toEqual(['henan']);
    expect(ids(filterRows(rows, { ...INITIAL_STATE, year: '2019' }))).toEqual(['yulin']);
  });

  it('filters by the number of targets, in bands', () => {
    expect(ids(filterRows(rows, { ...INITIAL_STATE, targets: '0' }))).toEqual(['c10']);
    expect(ids(filterRows(rows, { ...INITIAL_STATE, targets: '1-9' }))).toEqual(['c2']);
    expect(ids(filterRows(rows, { ...INITIAL_STATE, targets: '10-29' }))).toEqual(['yulin']);
    expect(ids(filterRows(rows, { ...INITIAL_STATE, targets: '30+' }))).toEqual(['henan']);
  });

  it('keeps the view in the URL: only what differs from the start, pages from 1, round trip', () => {
    expect(stateToQuery(INITIAL_STATE)).toBe('');
    const view = { ...INITIAL_STATE, text: '玉林', targets: '10-29', sort: 'targets' as const, dir: 'desc' as const };
    const query = stateToQuery({ ...view, page: 2 });
    expect(query).toBe('?q=%E7%8E%89%E6%9E%97&targets=10-29&sort=targets&dir=desc&page=3');
    expect(stateFromQuery(query)).toEqual({ ...view, page: 2 });
    expect(stateFromQuery('')).toEqual(INITIAL_STATE);
  });

  it('reads a stale or hand-edited query as the initial state, field by field, without throwing', () => {
    expect(stateFromQuery('?sort=drop%20table&dir=up&page=-4&targets=7&year=20x5&province=Anhui')).toEqual({
      ...INITIAL_STATE,
      province: 'Anhui',
    });
    expect(stateFromQuery('?page=abc&q=%E0%A4%A')).toMatchObject({ page: 0 });
  });

  it('pages, clamping past the end', () => {
    const many = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(many, 0, 50)).toMatchObject({ page: 0, pages: 3 });
    expect(pageOf(many, 9, 50).rows).toEqual(many.slice(100));
    expect(pageOf([], 0, 50)).toEqual({ rows: [], page: 0, pages: 1 });
  });

  it('offers the provinces, levels and years present', () => {
    const f = facets(rows, 'zh');
    expect(f.provinces.map(([en]) => en).sort()).toEqual(['Anhui', 'Guangxi', 'Henan']);
    expect(f.provinces.find(([en]) => en === 'Guangxi')?.[1]).toBe('广西壮族自治区');
    expect(f.levels).toEqual(['province', 'prefecture', 'county']);
    expect(f.years).toEqual([2020, 2019]);
  });
});
