// Indicator names on real wordings: trimming, objects of commitments, lists spread by 均/各, vocabulary matching.
import { describe, expect, it } from 'vitest';
import { vocab } from '../../test-support/corpus.ts';
import type { Candidate } from './candidates.ts';
import { distribute, matchIndicator, objectOf, stripIndicator, tidy } from './indicator-name.ts';
import { compileLexicon } from './lexicon.ts';

const lex = compileLexicon(vocab['target-lexicon']);

describe('stripIndicator', () => {
  it.each([
    ['力争患者在旗域内就诊率', '患者在旗域内就诊率'], // hangjin
    ['最终实现下级医院县域外转出率', '下级医院县域外转出率'], // yulin: 最终实现 before 最终
    ['县级医院门诊次均费用较2022年', '县级医院门诊次均费用'],
    ['血压、血糖控制率均', '血压、血糖控制率'], // jieshou
    ['原则上平均全年', ''],
    ['、和基层就诊率', '基层就诊率'],
    ['确保2024年底前乡镇卫生院服务能力达标率', '乡镇卫生院服务能力达标率'], // a deadline before the name
    ['力争到2025年12月底前县域内就诊率', '县域内就诊率'],
  ])('%s → %s', (s, want) => expect(stripIndicator(s, lex)).toBe(want));
});

describe('distribute', () => {
  it.each([
    ['血压、血糖控制率', '均', ['血压控制率', '血糖控制率']], // jieshou
    ['血压、血糖控制率', '各', ['血压控制率', '血糖控制率']], // jieshou 各达80%
    ['血压、血糖控制率', '率', ['血压、血糖控制率']], // no spreading adverb: one name
    ['县域内就诊率', '均', ['县域内就诊率']],
  ])('%s + %s → %j', (name, tail, want) => expect(distribute(name, tail, lex)).toEqual(want));
});

describe('objectOf', () => {
  const candidate = (text: string, number: string): Candidate => {
    const at = text.indexOf(number);
    return {
      numStart: at,
      numEnd: at + 1,
      tailEnd: at + number.length,
      value: 0,
      valueMax: null,
      unit: 'count',
      unknownUnit: false,
      objectBefore: null,
      nameAfter: false,
      comparator: 'eq',
      cueStart: at,
      commit: true,
    };
  };
  it.each([
    ['组建2个医共体', '2个', '医共体'], // hangjin
    ['组建1—3个由县级公立医疗机构牵头,其他医疗机构参与的医共体。', '1—3个', '医共体'], // henan
    ['建成2个以上有明显成效的医联体', '2个以上', '有明显成效的医联体'], // yulin
  ])('%s → %s', (text, number, want) => {
    const all = { start: 0, end: text.length };
    const clause = { start: 0, end: text.search(/[,。]|$/) };
    const o = objectOf(text, candidate(text, number), clause, all);
    expect(text.slice(o.start, o.end)).toBe(want);
  });
});

describe('matchIndicator', () => {
  it.each([
    ['县（区）域内基层就诊率', 'percent', 'primary_care_visit_share'], // guyuan, full-width brackets
    ['县(区)域内就诊率', 'percent', 'county_visit_rate'],
    ['基层诊疗量占比', 'percent', 'primary_care_visit_share'], // jieshou
    ['常驻人员在下级医院工作', 'years', 'resident_staff_duration'], // yulin: the unit tells the two apart
    ['三级公立医院派出常驻人员', 'persons', 'resident_staff_sent'],
    ['学生体质健康达标优良率', 'percent', null],
    ['县域内就诊率', 'count', null], // a rate is never a count
  ])('%s (%s) → %s', (name, unit, id) => {
    expect(matchIndicator(name, unit, vocab.indicators)?.indicator_id ?? null).toBe(id);
  });

  it('tidy joins a name a page break split', () => expect(tidy('医保支付\n\n 标准')).toBe('医保支付标准'));
});
