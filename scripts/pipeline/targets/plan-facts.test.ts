// What the whole plan says: its title year, where its period starts, its past sections and baseline years.
import { describe, expect, it } from 'vitest';
import { planFromText, vocab } from '../../test-support/corpus.ts';
import { compileLexicon } from './lexicon.ts';
import { planFacts, titleYears } from './plan-facts.ts';

const lex = compileLexicon(vocab['target-lexicon']);

describe('titleYears', () => {
  it.each([
    ['2023年全省卫生健康工作要点', null, [2023]],
    ['柳林县２０２４年基本公共卫生服务项目实施方案', null, [2024]], // full-width digits
    ['关于开展2024年度县域医共体建设绩效评价的通知', null, [2024]],
    ['白沙市紧密型县域医共体建设规划（2023—2025年）', [2023, 2025], []],
    ['健康抚顺行动实施方案(2020-2030年)', [2020, 2030], []],
    ['某市“十四五”卫生健康发展规划', null, []],
  ])('%s', (title, range, single) => expect(titleYears(title)).toEqual({ range, single }));
});

describe('planFacts', () => {
  const facts = (text: string) => planFacts(planFromText(text), lex);

  it('an annual plan: its title year is the year of its targets and the start of its period', () => {
    expect(facts('某县2024年卫生健康重点工作计划\n\n一、目标\n\n县域内就诊率保持在90%以上。\n')).toMatchObject({
      titleYear: 2024,
      startYear: 2024,
    });
  });

  it('a 十四五 plan starts in 2021 and has no title year; its 发展基础 part reports the past', () => {
    const f = facts(
      '某区“十四五”卫生健康事业发展规划\n\n一、发展基础\n\n2020年，人均预期寿命达到79.6岁。\n\n二、发展目标\n\n到2025年，人均预期寿命达到80岁。\n',
    );
    expect(f).toMatchObject({ titleYear: null, startYear: 2021 });
    expect([...f.pastSections]).toEqual(['s1']);
  });

  it('a note naming a base year marks that year column a baseline', () => {
    expect([...facts('某县规划\n\n一、指标\n\n注：2020年为基期值。\n').baselineYears]).toEqual([2020]);
  });
});
