// Enumerations inside paragraphs: 一是…二是…, ①…②…, （1）…（2）….
import { describe, expect, it } from 'vitest';
import { planFromText } from '../test-support/corpus.ts';

const itemsOf = (text: string) =>
  planFromText(text).paragraphs.map((p) =>
    (p.items ?? []).map((i) => `${i.number}:${planFromText(text).clean.raw.slice(i.start, i.end)}`),
  );

describe('items inside paragraphs', () => {
  it.each([
    [
      '一是…二是…三是 after a topic sentence',
      '推进医共体建设。一是扩大覆盖面，覆盖80%以上的县。二是强化县级医院能力。三是推进医保支付方式改革。',
      ['1:一是扩大覆盖面，覆盖80%以上的县。', '2:二是强化县级医院能力。', '3:三是推进医保支付方式改革。'],
    ],
    [
      '①②③ in one paragraph',
      '主要指标：①县域内就诊率达到90%；②基层就诊率达到65%。',
      ['1:①县域内就诊率达到90%；', '2:②基层就诊率达到65%。'],
    ],
    [
      '（1）（2） after a colon',
      '重点做好：（1）组建医共体；（2）下沉专家。',
      ['1:（1）组建医共体；', '2:（2）下沉专家。'],
    ],
  ])('%s', (_label, paragraph, items) => {
    expect(itemsOf(`某县方案\n\n一、目标\n\n${paragraph}\n`)[2]).toEqual(items);
  });

  it.each([
    ['统一是 is not an item label', '实行统一是关键，二是次要。'],
    ['an item run must start at one', '二是强化能力。三是推进改革。'],
    ['a single ① is no enumeration', '建成①号楼。'],
  ])('no items: %s', (_label, paragraph) => {
    expect(itemsOf(`某县方案\n\n一、目标\n\n${paragraph}\n`)[2]).toEqual([]);
  });

  it('一是 and 二是 on their own lines make one run', () => {
    const items = itemsOf(
      '某县要点\n\n推进医共体建设。\n\n一是扩大覆盖面。\n\n二是强化能力。\n\n另起一段。\n\n二是不接续。\n',
    );
    expect(items.slice(2)).toEqual([['1:一是扩大覆盖面。'], ['2:二是强化能力。'], [], []]);
  });
});
