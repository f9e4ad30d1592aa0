import { describe, expect, it } from 'vitest';
import { chineseOrdinal } from '../../src/lib/text/index.ts';
import { parseHeading } from './parse-heading.ts';

describe('parseHeading (clean text: full-width already folded)', () => {
  it.each([
    ['一、总体要求', 1, 'part', 1, '总体要求', false],
    ['十二、附则', 1, 'part', 12, '附则', false],
    ['(三)工作目标', 2, 'subsection', 3, '工作目标', false],
    ['(三) 主要目标。2020年在全省推进', 2, 'subsection', 3, '主要目标', true],
    ['1.优化资源布局。根据县域内', 3, 'item', 1, '优化资源布局', true],
    ['1. 组建县(区)域紧密型医共体。在全市', 3, 'item', 1, '组建县(区)域紧密型医共体', true],
    ['12、提升能力', 3, 'item', 12, '提升能力', false],
    ['(4)统一业务管理。医共体统一', 4, 'subitem', 4, '统一业务管理', true],
    ['附件 2', 1, 'annex', 2, '', false],
  ] as const)('%s', (line, level, kind, number, heading, runIn) => {
    const h = parseHeading(line);
    expect(h).toMatchObject({ level, kind, number, runIn });
    expect(line.slice(h!.textStart, h!.textEnd)).toBe(heading);
  });

  it.each([
    '2.8人',
    '2023年,县域内就诊率达到86%',
    '一是对照重点任务清单',
    '坚持政府主导。',
    '序号\t工作任务',
    '(以下简称“管委会”)',
  ])('is not a heading: %s', (line) => expect(parseHeading(line)).toBeNull());

  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['九十九', 99],
    ['廿', Number.NaN],
    ['一一', Number.NaN],
  ])('chineseOrdinal(%s) = %s', (s, n) => expect(chineseOrdinal(s)).toBe(n));
});
