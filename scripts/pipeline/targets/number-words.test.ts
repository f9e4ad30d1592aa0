// Rules of issue 14 for targets written with words: halves (过半, 一半以上, 半数以上), 均 over the subjects a list
// opening the sentence names, an at-least word separated from its count by a verb, 全部开设/设置 (implied 100%),
// 今年 after a sentence of the past, and a count of recipients (为两个集团提供服务) that is no target.
import { describe, expect, it } from 'vitest';
import { planFromText, vocab } from '../../test-support/corpus.ts';
import type { Paragraph } from '../types.ts';
import { createContext } from './context.ts';
import { extractParagraph } from './paragraph.ts';

/** [indicator, comparator, value, unit, year, frequency, implied] of every target read in `body`. */
function read(body: string, title = '某县卫生健康实施方案') {
  const doc = planFromText(`${title}\n\n一、目标\n\n${body}\n`);
  const ctx = createContext(doc, vocab);
  const p = doc.paragraphs.find((x) => x.kind !== 'heading' && x.text.length > 4 && x.sectionId === 's1') as Paragraph;
  extractParagraph(ctx, p, null);
  for (const d of ctx.drafts) expect(doc.clean.raw.slice(d.start, d.end)).toBe(d.quote);
  return ctx.drafts.map((d) => [d.indicator_zh, d.comparator, d.value, d.unit, d.target_year, d.frequency, d.implied]);
}

describe('targets written with words', () => {
  it.each([
    [
      '过半数的乡镇卫生院建成慢病一体化门诊。',
      [['乡镇卫生院建成慢病一体化门诊', 'ge', 50, 'percent', null, '', false]],
    ],
    ['其中档案动态使用率达到一半以上。', [['档案动态使用率', 'ge', 50, 'percent', null, '', false]]],
    ['村卫生室规范化建设达标率达到半数以上。', [['村卫生室规范化建设达标率', 'ge', 50, 'percent', null, '', false]]],
    [
      '高血压、糖尿病患者每年至少面对面随访4次，规范管理率均达到八成。',
      [
        ['面对面随访', 'ge', 4, 'times', null, 'per_year', false],
        ['高血压患者规范管理率', 'ge', 80, 'percent', null, '', false],
        ['糖尿病患者规范管理率', 'ge', 80, 'percent', null, '', false],
      ],
    ],
    ['对确诊的患者每季度至少随访一次。', [['随访', 'ge', 1, 'times', null, 'per_quarter', false]]],
    ['老年人每年至少免费体检一次。', [['免费体检', 'ge', 1, 'times', null, 'per_year', false]]],
    [
      '二级以上公立医院全部开设戒烟门诊。',
      [['二级以上公立医院全部开设戒烟门诊', 'eq', 100, 'percent', null, '', true]],
    ],
    ['县级医院全部设置胸痛中心。', [['县级医院全部设置胸痛中心', 'eq', 100, 'percent', null, '', true]]],
  ] as const)('%s', (body, want) => expect(read(body)).toEqual(want));

  it('今年 after a sentence opened by 截至 speaks of the annual plan’s year; the past clause stays past', () => {
    const body = '截至2023年底，全县已有一半的村卫生室实现医保结算，今年要实现村卫生室医保结算全覆盖。';
    expect(read(body, '某县2024年基本公共卫生服务工作要点')).toEqual([
      ['实现村卫生室医保结算全覆盖', 'eq', 100, 'percent', 2024, '', true],
    ]);
    // Without a title year, 今年 gives no year (never guessed).
    expect(read(body)).toEqual([['实现村卫生室医保结算全覆盖', 'eq', 100, 'percent', null, '', true]]);
  });

  it.each([
    // a count of those a service is for
    '县妇幼保健院作为专科支撑单位为两个集团提供服务。',
    '县中医院为3家乡镇卫生院提供远程会诊服务。',
    // halves of a time span, and a half written as part of a word
    '家庭医生服务时长超过半年。',
    '推进一半径服务圈建设。',
    // a past statistic
    '全县已有一半的村卫生室实现医保结算。',
  ])('no target in %s', (body) => expect(read(body)).toEqual([]));
});
