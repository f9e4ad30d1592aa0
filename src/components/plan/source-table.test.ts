import { describe, expect, it } from 'vitest';
import { cellRanges, isHeaderRow, sameRow } from './source-table.ts';

describe('cellRanges', () => {
  it('splits a tab-separated line into cells, offsets into the whole text', () => {
    const raw = 'x\n序号\t指标\t2023 年\n';
    const cells = cellRanges(raw, 2, raw.length - 1).map((c) => raw.slice(c.start, c.end));
    expect(cells).toEqual(['序号', '指标', '2023 年']);
  });
  it('keeps empty cells', () => {
    const raw = '8\t创建省级重点专科\t\t2—3 个';
    expect(cellRanges(raw, 0, raw.length).map((c) => raw.slice(c.start, c.end))).toEqual([
      '8',
      '创建省级重点专科',
      '',
      '2—3 个',
    ]);
  });
});

describe('isHeaderRow', () => {
  it.each([
    [['序号', '工作任务', '牵头部门', '完成时限'], true], // guyuan's task table
    [['序号', '指标', '2023 年', '2025 年', '考核对象'], true], // jieshou's target table
    [['1', '制定《固原市全面开展县（区）域综合医改实施方案》', '市医改办', '2020年11月底前'], false],
    [['1', '县域内就诊率', '≥86%', '≥90%', '市卫生健康委'], false],
    [['组长', ''], false],
    [['单列一格'], false],
  ])('%j → %s', (cells, header) => expect(isHeaderRow(cells)).toBe(header));
});

describe('sameRow', () => {
  it('finds a header repeated after a page break, whatever the width of its characters', () => {
    expect(sameRow(['序号', '2023 年'], ['序号', '2023年'])).toBe(true);
    expect(sameRow(['序号', '2023 年'], ['序号', '2025 年'])).toBe(false);
  });
});
