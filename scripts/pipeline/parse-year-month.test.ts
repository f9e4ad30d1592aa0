// Dates as the plans write them (sources named per case).
import { describe, expect, it } from 'vitest';
import { parseYearMonthSpan } from './parse-year-month.ts';

describe('parseYearMonthSpan', () => {
  it.each([
    ['2020年11月', '2020-11', '2020-11', 'month'], // guyuan 准备阶段
    ['2020年12月—2021年11月', '2020-12', '2021-11', 'month_range'], // guyuan 实施阶段
    ['2023年4月—2024年12月', '2023-04', '2024-12', 'month_range'], // jieshou
    ['2025年', '2025-01', '2025-12', 'year'], // jieshou 巩固提升阶段
    ['2023年4月底前', null, '2023-04', 'by_month_end'], // jieshou 启动部署阶段
    ['2021年3月底前', null, '2021-03', 'by_month_end'], // guyuan annex
    ['2025年底', null, '2025-12', 'by_year_end'], // jieshou 2025年底实现
    ['2020年前', null, '2020-12', 'before_year'], // yulin 力争在2020年前
    ['2022年1-3月', '2022-01', '2022-03', 'month_range'], // misc-county-a
    ['2022年4月至12月', '2022-04', '2022-12', 'month_range'], // misc-county-a
    ['2022年7月—12月', '2022-07', '2022-12', 'month_range'], // misc-markdown-b
    ['2021年上半年', '2021-01', '2021-06', 'half_year'], // misc-prefecture-c
    ['2021—2025年', '2021-01', '2025-12', 'year_range'], // jieshou cited title
  ])('%s → %s..%s (%s)', (text, startYm, endYm, rule) => {
    expect(parseYearMonthSpan(text)).toMatchObject({ startYm, endYm, rule });
  });

  it.each([['长期坚持'], [''], ['12月'], ['20211年']])('no date in %j', (text) => {
    expect(parseYearMonthSpan(text)).toBeNull();
  });

  it.each([['2021年13月'], ['2021年12月—2021年3月'], ['2021年0月底前']])(
    'an impossible date %j is unreadable, not read as something else',
    (text) => {
      expect(parseYearMonthSpan(text)).toBeNull();
    },
  );
});
