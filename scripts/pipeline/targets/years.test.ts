// Year scope on real sentences: which year each number is due by.
import { describe, expect, it } from 'vitest';
import { vocab } from '../../test-support/corpus.ts';
import { sentencesOf } from '../clauses.ts';
import { compileLexicon } from './lexicon.ts';
import { governingYear, yearMarks } from './years.ts';

const lex = compileLexicon(vocab['target-lexicon']);
const facts = { titleYear: null, startYear: null, pastSections: new Set<string>(), baselineYears: new Set<number>() };
const marksOf = (text: string) => yearMarks(text, sentencesOf(text), lex, facts);
/** The year governing the first occurrence of `at` in `text`. */
const yearAt = (text: string, at: string, carry: number | null = null) =>
  governingYear(marksOf(text), text.indexOf(at), carry);

describe('yearMarks', () => {
  it.each([
    // guyuan: 力争 before a year that opens the sentence
    ['力争到2021年底,县(区)域内就诊率达到90%以上。', [[2021, 'open']]],
    // a run-in heading label is not part of the first sentence
    ['(三)到2023年,县域内就诊率达到86%以上。', [[2023, 'open']]],
    // yulin: a year inside a sentence
    ['各地要加快推进,力争在2020年前建成。', [[2020, 'mid']]],
    // the base year of a change, a period in a title, a phase date in brackets: not deadlines
    ['门诊次均费用较2022年增长不超过5%。', []],
    ['根据《某某行动计划(2016—2020年)》推进。', []],
    ['(一)启动部署阶段(2023年4月底前)。', []],
    ['到二〇二五年,基层就诊率达到百分之六十五。', [[2025, 'open']]],
    // a year standing as a clause of its own governs like an opening one (…，到2025年，…)
    ['支持中心建设,到2025年,每个县至少有1家县级医院达到标准。', [[2025, 'open']]],
    // named periods stand for their last year
    ['“十四五”期间,全市新增三级医院2家。', [[2025, 'open']]],
    ['到“十四五”末,医师数达到3.4人。', [[2025, 'open']]],
    ['“十五五”时期,人均预期寿命达到81岁。', [[2030, 'open']]],
    ['展望2035年,人均预期寿命达到80岁以上。', [[2035, 'open']]],
    ['2026年底前,所有县实现打包付费。', [[2026, 'open']]],
    // 从…起 starts a recurring target: no deadline
    ['从2023年起,每年新增全科医生不少于60名。', [[null, 'open']]],
    ['门诊次均费用在2020年的基础上下降5%。', []], // a base year
  ])('%s', (text, want) => {
    expect(marksOf(text).map((m) => [m.year, m.kind])).toEqual(want);
  });

  it.each([
    // 截至 reports the past, whatever the plan's year
    ['截至2022年底,全县已组建医共体3个。', null, [true]],
    // a year before the plan's period, written without 到, reports the past
    ['2022年,全省县域内就诊率达到89.2%。', 2023, [true]],
    ['到2022年,县域内就诊率达到90%。', 2023, [false]],
    ['2020年以来,累计培训医师500人次。', null, [true]],
    ['“十三五”期间,全区卫生健康事业取得长足进步。', 2021, [true]],
  ])('past: %s (plan from %s)', (text, startYear, want) => {
    const marks = yearMarks(text, sentencesOf(text), lex, { ...facts, startYear });
    expect(marks.map((m) => m.past)).toEqual(want);
  });

  it('从2023年起 gives the start year', () => {
    expect(marksOf('从2023年起,每年新增全科医生不少于60名。')[0]).toMatchObject({ year: null, startYear: 2023 });
  });
});

describe('governingYear', () => {
  const jieshou = '到2023年,县域内就诊率达到86%以上。到2025年,县域内就诊率达到90%以上。';
  it.each([
    [jieshou, '86%', null, 2023],
    [jieshou, '90%', null, 2025],
    // a mid-sentence year governs only the rest of its sentence
    ['各地力争在2020年前建成2个医联体。组建3个医共体。', '2个', null, 2020],
    ['各地力争在2020年前建成2个医联体。组建3个医共体。', '3个', null, null],
    // a year carried from a lead-in paragraph, when the paragraph has none
    ['县域内就诊率达到90%。', '90%', 2030, 2030],
  ])('%s: %s → %s', (text, at, carry, want) => expect(yearAt(text, at, carry)).toBe(want));
});
