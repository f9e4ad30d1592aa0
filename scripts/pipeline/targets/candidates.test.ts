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

  // Comparators, units and numbers of issue 14 §3–§4, on snippets written for the rules.
  it.each([
    ['住院次均费用增幅低于4%', [[4, null, 'percent', 'le', false]]],
    ['基金支付比例维持在70%左右', [[70, null, 'percent', 'approx', false]]],
    ['参保率稳定在99%以上', [[99, null, 'percent', 'ge', false]]],
    ['脱贫人口参保率保持在100%', [[100, null, 'percent', 'eq', false]]],
    ['县域内基层就诊率约65%', [[65, null, 'percent', 'approx', false]]],
    ['救治病种扩大到30种以上', [[30, null, 'count', 'ge', false]]],
    ['婴儿死亡率控制在4.5‰以下', [[4.5, null, 'per_mille', 'le', false]]],
    ['婴儿死亡率控制在4.50‰以内', [[4.5, null, 'per_mille', 'le', false]]], // the value; the quote keeps 4.50
    ['乙类传染病报告发病率控制在25‱以内', [[25, null, 'per_myriad', 'le', false]]],
    ['孕产妇死亡率降至9/10万以下', [[9, null, 'per_100000', 'le', false]]],
    ['每10万人口精神科医师数达到4名', [[4, null, 'per_100000', 'ge', false]]],
    ['医护比达到1:1.3', [[1.3, null, 'ratio', 'ge', false]]],
    ['床人比达到1∶1.6', [[1.6, null, 'ratio', 'ge', false]]],
    ['人均预期寿命达到79.5岁', [[79.5, null, 'age_years', 'ge', false]]],
    ['服务半径一般不超过5公里', [[5, null, 'km', 'le', false]]],
    ['城区居民步行15分钟可达', [[15, null, 'minutes', 'le', false]]],
    ['远程会诊申请在24小时内完成', [[24, null, 'hours', 'le', false]]],
    ['床位总数控制在2.6万张以内', [[26000, null, 'beds', 'le', false]]], // 张 counting beds; 万 scales
    ['每千常住人口医疗卫生机构床位数控制在6.2张以内', [[6.2, null, 'per_1000', 'le', false]]],
    ['服务人数不少于５．２万人', [[52000, null, 'persons', 'ge', false]]],
    ['每家社区卫生服务中心至少配备1辆救护车', [[1, null, 'count', 'ge', true]]],
    ['每个乡镇卫生院至少有2名全科医生', [[2, null, 'persons', 'ge', true]]],
    ['每个乡镇有1所政府办卫生院', [[1, null, 'count', 'eq', true]]], // per unit: a standard
    ['每年至少提供4次随访服务', [[4, null, 'times', 'ge', true]]],
    ['个人缴费标准为每人每年400元', [[400, null, 'yuan', 'eq', false]]], // scope words between cue and number
    ['按每人每年120元给予补助', [[120, null, 'yuan', 'eq', false]]],
    ['新增达到推荐标准的乡镇卫生院150所', [[150, null, 'count', 'eq', true]]], // verb, object, then the number
    ['县财政安排医保配套资金1.35亿元', [[1.35, null, 'yuan_100m', 'eq', true]]],
    ['县人民医院迁建项目投资4.2亿元', [[4.2, null, 'yuan_100m', 'eq', true]]],
    ['每人累计不少于6个月', [[6, null, 'months', 'ge', false]]], // 累计 with a bound is a requirement
    ['年增长10%', [[10, null, 'percent', 'increase', false]]],
    ['达到5艘', [[5, null, '艘', 'ge', false]]], // an unknown measure word is kept as written
    ['确保2024年底前80%以上的乡镇卫生院达到服务能力基本标准', [[80, null, 'percent', 'ge', true]]], // 底前 is no rank
    ['每年组织2次以上督导检查', [[2, null, 'times', 'ge', true]]],
    ['全市组建2个以上的医联体', [[2, null, 'count', 'ge', true]]], // a counted commitment before 的
    ['6月30日前90%以上的村卫生室完成标准化建设', [[90, null, 'percent', 'ge', true]]], // a day deadline
    ['每季度召开1次以上调度会议', [[1, null, 'times', 'ge', true]]],
    ['每千人口床位数达到6张以上的水平', [[6, null, 'per_1000', 'ge', false]]], // 的水平: a goal, not units picked out
  ])('%s', (text, want) => expect(read(text).found).toEqual(want));

  // Numbers that are not targets (issue 14 §8), each reported with its reason.
  it.each([
    ['已建成紧密型县域医共体98个', '98个: a past statistic (已, 累计, 共有…)'],
    ['累计培训乡村医生2.3万人次', '2.3万人次: a past statistic (已, 累计, 共有…)'],
    ['65岁及以上老年人健康管理率', '65岁及以上: an age that defines a population'],
    ['15岁以上人群吸烟率', '15岁以上: an age that defines a population'],
    ['０～６岁儿童健康管理率', '０～６岁: an age that defines a population'],
    ['联系电话：0939-5521306', '0939-5521306: phone number'],
    ['手机13904381234', '13904381234: phone number'],
    ['青卫发〔2024〕7号', '7号: document number'],
    ['第3批县级临床重点专科', '3批: an ordinal, rank or period (第, 前, 近, 后…)'],
    ['第3项工作', '3项: an ordinal, rank or period (第, 前, 近, 后…)'],
    ['前5位病种', '5位: an ordinal, rank or period (第, 前, 近, 后…)'],
    ['考核排名每年前3名的科室', '3名: an ordinal, rank or period (第, 前, 近, 后…)'], // 年前 is no deadline
    ['得分90分以上为优秀', '90分以上: defines a category (…以上为优秀), not a target'],
    ['每季度结束后10日内报送', '10日: an ordinal, rank or period (第, 前, 近, 后…)'], // a reporting deadline
    ['2020年12月14日起实行', '2020年12月14日: date'],
    ['全县常住人口52万人', '52万人: a quantity with no target wording (describes the present or a label)'],
    ['人口超过10万的乡镇设置中心卫生院', '10万: a threshold that picks out units (…以上的…), not a target'],
    ['床位数达到500张以上的医院设立感染科', '500张以上: a threshold that picks out units (…以上的…), not a target'],
  ])('skipped: %s', (text, reason) => {
    const r = read(text);
    expect(r.found).toEqual([]);
    expect(r.skipped).toContain(reason);
  });

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
