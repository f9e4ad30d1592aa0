// Target rules for genres beyond the first development set: a year run (到2022年和2030年) over one value, a
// preamble lead-in (…，到2025年，实现以下目标：) over the numbered measures, 上年 opening a report of the past,
// four-digit counts (不超过2000人), 按照…不低于X元的标准给予… named after the number.
import { describe, expect, it } from 'vitest';
import { planFromText, vocab } from '../../test-support/corpus.ts';
import { extractTargets } from '../extract-targets.ts';

/** [indicator, comparator, value, unit, year] of every target of a whole plan. */
const targetsOf = (text: string) =>
  extractTargets(planFromText(text), vocab).targets.map((t) => [
    t.indicator_zh,
    t.comparator,
    t.value,
    t.unit,
    t.target_year,
  ]);
const body = (text: string, title = '某县实施方案') => targetsOf(`${title}\n\n一、主要目标\n\n${text}\n`);

describe('targets in genres beyond the first development set', () => {
  it('到2022年和2030年 … 均达到X: one target per indicator and per year', () => {
    expect(body('到2022年和2030年，孕产妇系统管理率和3岁以下儿童系统管理率均达到90%以上。')).toEqual([
      ['孕产妇系统管理率', 'ge', 90, 'percent', 2022],
      ['孕产妇系统管理率', 'ge', 90, 'percent', 2030],
      ['3岁以下儿童系统管理率', 'ge', 90, 'percent', 2022],
      ['3岁以下儿童系统管理率', 'ge', 90, 'percent', 2030],
    ]);
  });

  it('two years in separate clauses are no run: each governs its own target', () => {
    expect(body('到2025年，县域内就诊率达到90%，2030年基层就诊率达到70%。')).toEqual([
      ['县域内就诊率', 'ge', 90, 'percent', 2025],
      ['基层就诊率', 'ge', 70, 'percent', 2030],
    ]);
  });

  it('a preamble lead-in (到2025年，实现以下目标：) governs the numbered measures after it', () => {
    const text =
      '某县若干措施\n\n为防止因病返贫，到2025年，实现以下目标：\n\n一、巩固参保成果。脱贫人口参保率稳定在99%以上。\n\n' +
      '二、做好大病救治。救治率保持在95%以上。\n';
    expect(targetsOf(text)).toEqual([
      ['脱贫人口参保率', 'ge', 99, 'percent', 2025],
      ['救治率', 'ge', 95, 'percent', 2025],
    ]);
  });

  it('a lead-in inside a section still governs only that section', () => {
    const text =
      '某县方案\n\n一、目标\n\n到2025年，实现以下目标：\n\n县域内就诊率达到90%。\n\n二、任务\n\n救治率保持在95%以上。\n';
    expect(targetsOf(text)).toEqual([
      ['县域内就诊率', 'ge', 90, 'percent', 2025],
      ['救治率', 'ge', 95, 'percent', null],
    ]);
  });

  it('上年 opening a sentence reports the past; the rest of the annual plan keeps its title year', () => {
    const text =
      '2024年全市卫生健康工作要点\n\n上年，全市46项任务全部完成，县域内就诊率达到89.6%，新增三级医院2家。\n\n' +
      '一、深化改革\n\n县域内就诊率稳定在90%以上。\n';
    expect(targetsOf(text)).toEqual([['县域内就诊率', 'ge', 90, 'percent', 2024]]);
  });

  it('a four-digit count before a measure word is a quantity, not a year', () => {
    expect(body('每个家庭医生团队签约人数原则上不超过2000人。')).toEqual([
      ['每个家庭医生团队签约人数', 'le', 2000, 'persons', null],
    ]);
    expect(body('到2025年，县域内就诊率达到90%。')).toEqual([['县域内就诊率', 'ge', 90, 'percent', 2025]]);
  });

  it('按照每人每年不低于X元的标准给予…: the standard is a target named after the number', () => {
    expect(body('对低保对象按照每人每年不低于200元的标准给予定额资助。')).toEqual([
      ['定额资助', 'ge', 200, 'yuan', null],
    ]);
  });

  it('床位500张以上的医院 still picks out units (no target)', () => {
    expect(body('床位500张以上的医院要设置老年医学科。')).toEqual([]);
  });
});
