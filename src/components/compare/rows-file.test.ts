import { describe, expect, it } from 'vitest';
import { mergeRows, readRowsFile, rowsFilePath } from './rows-file.ts';

describe('rows files', () => {
  it('merges places fetched in any order back into the full query’s order, by rank', () => {
    const yulin = {
      rows: [
        { doc_id: 'yulin', k: 'a' },
        { doc_id: 'yulin', k: 'c' },
      ],
      ranks: [2, 9],
    };
    const guyuan = { rows: [{ doc_id: 'guyuan', k: 'b' }], ranks: [5] };
    expect(mergeRows([yulin, guyuan]).rows.map((r) => r['k'])).toEqual(['a', 'b', 'c']);
    expect(mergeRows([guyuan, yulin]).ranks).toEqual([2, 5, 9]);
  });
  it('refuses a file of another version or plan, naming it', () => {
    const ok = { v: 1, id: 'yulin', place: { en: 'Yulin', zh: '玉林市' }, source: { en: '', zh: '' }, charts: {} };
    expect(readRowsFile(ok, 'yulin').place.zh).toBe('玉林市');
    expect(() => readRowsFile({ ...ok, v: 2 }, 'yulin')).toThrow('compare-rows/yulin.json');
    expect(() => readRowsFile(ok, 'guyuan')).toThrow('compare-rows/guyuan.json');
    expect(rowsFilePath('/sub/compare-rows/', 'yulin')).toBe('/sub/compare-rows/yulin.json');
  });
});
