// Quantity candidates on real clauses: what counts as a target number, its comparator and unit, and what is skipped.
import { describe, expect, it } from 'vitest';
import { vocab } from '../../test-support/corpus.ts';
import { cueBefore, findCandidates } from './candidates.ts';
import { compileLexicon } from './lexicon.ts';

const lex = compileLexicon(vocab['target-lexicon']);

/** Candidates of one clause (the whole text), as [value, value_max, unit, comparator, commit], and skipped reasons. */
function read(text: string, isCondition = false) {
  const skipped: string[] = [];
  const all = { start: 0, end: text.length };
  const found = findCandidates(text, all, all, isCondition, lex, (reason, s, e) =>
    skipped.push(`${text.slice(s, e)}: ${reason}`),
  );
  return { found: found.map((c) => [c.value, c.valueMax, c.unit, c.comparator, c.commit]), skipped };
}

describe('findCandidates', () => {
  it.each([
    ['县(区)域内就诊率达到90%以上', [[90, null, 'percent', 'ge', false]]], // guyuan
    ['医保基金市外占比减少到30%以内', [[30, null, 'percent', 'le', false]]], // jieshou: the qualifier wins
    ['公立医院人员支出占业务支出的比例调控在35%-50%', [[35, 50, 'percent', 'range', false]]], // guyuan
    ['在基层卫生院就诊率达到65%左右', [[65, null, 'percent', 'approx', false]]], // hangjin
    ['组建2个医共体', [[2, null, 'count', 'eq', true]]], // hangjin
    ['力争有两家公立医疗机构达到二级甲等水平', [[2, null, 'count', 'eq', true]]], // hangjin
    ['每年至少要帮助下级医院引进2项适宜新技术', [[2, null, 'count', 'ge', true]]], // yulin
    ['每个县的县级医院至少与1家三级医院建立远程医疗协作网', [[1, null, 'count', 'ge', true]]], // yulin
    ['三级公立医院派出常驻人员不少于5人', [[5, null, 'persons', 'ge', false]]], // yulin
    ['转诊人数年增长10%以上', [[10, null, 'percent', 'increase', false]]], // yulin: a change stays a change
    ['每年要降低5%', [[5, null, 'percent', 'decrease', false]]], // yulin
    ['确保医保支付标准高于三甲医疗机构10个百分点以上', [[10, null, 'percentage_points', 'ge', false]]], // guyuan
    ['100%的县(市、区)开展特色家庭医生签约服务', [[100, null, 'percent', 'eq', true]]], // yulin
    ['每千人口执业(助理)医师数达到2.6人', [[2.6, null, 'per_1000', 'ge', false]]],
    ['常驻人员工作至少一年以上', [[1, null, 'years', 'ge', false]]], // yulin
  ])('%s', (text, want) => expect(read(text).found).toEqual(want));

  it.each([
    [
      '全市6家三级公立医院继续发挥引领作用',
      '6家: a quantity with no target wording (describes the present or a label)',
    ], // yulin
    ['床位使用率不低于0.85', '0.85: a number with no unit'],
  ])('skipped and reported: %s', (text, reason) => {
    const r = read(text);
    expect(r.found).toEqual([]);
    expect(r.skipped).toEqual([reason]);
  });

  it.each([
    '2020年12月14日起实行', // a date
    '第3项工作', // an ordinal
    '前5位病种', // a rank
    '实行“五统一、七不变”', // a quoted label
    '推进县乡村三级网络建设', // no unit, no cue
    '统一管理', // 统一 is a word
  ])('not a quantity: %s', (text) => {
    expect(read(text)).toEqual({ found: [], skipped: [] });
  });

  it('a condition clause yields no candidate (总体转出率＞20%的)', () => {
    expect(read('总体转出率>20%的', true)).toEqual({ found: [], skipped: [] });
  });
});

describe('cueBefore', () => {
  it.each([
    ['县域内就诊率达到', 'ge', 2, false],
    ['血压、血糖控制率均达到', 'ge', 2, false], // jieshou: 均 is left to the indicator name (spread over the list)
    ['医保基金市外占比减少到', 'le', 3, false],
    ['转诊人数年增长', 'increase', 2, false],
    ['全市推进', 'eq', 2, true], // jieshou 推进5个
    ['全市', null, 0, false],
  ])('%s → %s', (prefix, comparator, len, commit) => {
    const cue = cueBefore(prefix, lex);
    expect(cue ? [cue.comparator, cue.len, cue.commit] : [null, 0, false]).toEqual([comparator, len, commit]);
  });
});
