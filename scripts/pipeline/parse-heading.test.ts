import { describe, expect, it } from 'vitest';
import { chineseOrdinal } from '../../src/lib/text/index.ts';
import { parseHeading, STYLE_RANK } from './parse-heading.ts';

describe('parseHeading (clean text: full-width already folded)', () => {
  it.each([
    ['一、总体要求', 'part', 1, '总体要求', false],
    ['十二、附则', 'part', 12, '附则', false],
    ['(三)工作目标', 'subsection', 3, '工作目标', false],
    ['(三) 主要目标。2020年在全省推进', 'subsection', 3, '主要目标', true],
    ['1.优化资源布局。根据县域内', 'item', 1, '优化资源布局', true],
    ['1. 组建县(区)域紧密型医共体。在全市', 'item', 1, '组建县(区)域紧密型医共体', true],
    ['12、提升能力', 'item', 12, '提升能力', false],
    ['(4)统一业务管理。医共体统一', 'subitem', 4, '统一业务管理', true],
    ['附件 2', 'annex', 2, '', false],
    ['第一章 总则', 'chapter', 1, '总则', false],
    ['第十二章 附  则', 'chapter', 12, '附  则', false],
    ['第三部分 主要任务', 'chapter', 3, '主要任务', false],
    ['第二节 面临形势', 'section', 2, '面临形势', false],
    ['第一节 启动阶段(2024年1月—3月)。制定方案', 'section', 1, '启动阶段(2024年1月—3月)', true],
    ['第五条 到2025年,县域内就诊率达到90%。', 'article', 5, '到2025年,县域内就诊率达到90%', false],
    ['第一百零二条 本办法自印发之日起施行。', 'article', 102, '本办法自印发之日起施行', false],
    ['第23条 医共体实行总额付费。', 'article', 23, '医共体实行总额付费', false],
    ['①县域内就诊率提升至90%;', 'circled', 1, '县域内就诊率提升至90%;', false],
    ['⑫ 建成胸痛中心。', 'circled', 12, '建成胸痛中心', false],
    ['3)每个乡镇卫生院至少有1名全科医生', 'paren-item', 3, '每个乡镇卫生院至少有1名全科医生', false],
    ['⑵统一财务管理', 'subitem', 2, '统一财务管理', false],
    ['⒊强化考核', 'item', 3, '强化考核', false],
  ] as const)('%s', (line, style, number, heading, runIn) => {
    const h = parseHeading(line);
    expect(h).toMatchObject({ style, number, runIn });
    expect(line.slice(h!.textStart, h!.textEnd)).toBe(heading);
  });

  it('ranks the styles of the genre from the widest division to the narrowest', () => {
    const lines = [
      '第一章 总则',
      '第一节 目标',
      '第一条 为规范',
      '一、总体要求',
      '(一)目标',
      '1.组建',
      '(1)人员',
      '1)培训',
      '①下派',
    ];
    const ranks = lines.map((l) => parseHeading(l)!.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(lines.length);
    expect(STYLE_RANK.annex).toBeLessThan(ranks[0]!);
  });

  it.each([
    '2.8人',
    '2023年,县域内就诊率达到86%',
    '一是对照重点任务清单',
    '坚持政府主导。',
    '序号\t工作任务',
    '(以下简称“管委会”)',
    '第一季度完成摸底',
    '第三方评估机构参与考核',
    '一是扩大覆盖面',
    '2025年',
    '10)',
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
