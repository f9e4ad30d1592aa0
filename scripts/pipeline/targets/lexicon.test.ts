// The target lexicon as data: its lists keep the order rule, and the patterns built from them read real wordings.
import { describe, expect, it } from 'vitest';
import { vocab } from '../../test-support/corpus.ts';
import { compileLexicon, measureLength, perPopulationUnit, unitOfMeasure } from './lexicon.ts';

const raw = vocab['target-lexicon'];
const lex = compileLexicon(raw);

describe('target-lexicon.json', () => {
  // Lists read at the start of a text take the first word that fits: a word must come before its own prefixes.
  const ordered: [string, string[]][] = [
    ['units', raw.units.map((u) => u.word)],
    ['indicator_lead_words', raw.indicator_lead_words],
    ...raw.cell_prefixes.map((g, i): [string, string[]] => [`cell_prefixes[${i}]`, g.words]),
    ...raw.suffixes.map((g, i): [string, string[]] => [`suffixes[${i}]`, g.words]),
  ];
  it.each(ordered)('%s: no word comes after a word it starts with', (_name, words) => {
    for (const [i, w] of words.entries())
      for (const earlier of words.slice(0, i)) expect(w.startsWith(earlier), `${w} after ${earlier}`).toBe(false);
  });

  it('is compiled once per lexicon object', () => expect(compileLexicon(raw)).toBe(lex));

  it('an emptied list matches nothing (it does not make every number a word or every lead an opener)', () => {
    const none = { ordinal_before: [], word_before: [], goal_after: [] };
    const empty = compileLexicon({ ...raw, not_quantity: none, cue_adverbs: [] });
    expect(empty.wordBeforeAtEnd.test('力争有')).toBe(false);
    expect(empty.goalAfter.test('的水平')).toBe(false);
    expect(empty.ordinalBeforeAtEnd.test('第')).toBe(false);
    expect(empty.cueGapAtEnd.test('均')).toBe(false);
  });
});

describe('units', () => {
  it.each([
    ['个百分点以上', 'percentage_points', 4], // guyuan 10 个百分点以上
    ['人次', 'person_times', 2], // hangjin 不少于4人次
    ['个月', 'months', 2], // hangjin 每人不少于3个月
    ['个市级重点专科', 'count', 1], // jieshou 5个市级重点专科
    ['家公立医疗机构', 'count', 1], // hangjin 两家
    ['名骨干医师', 'persons', 1], // hangjin 1-2名
    ['万元', 'yuan_10k', 2],
    ['年以上', 'years', 1], // yulin 至少一年以上
  ])('%s → %s', (word, unit, length) => {
    expect(unitOfMeasure(word, lex)).toBe(unit);
    expect(measureLength(word, lex)).toBe(length);
  });

  it.each(['%', '以上', '医共体', ''])('%j has no measure word', (word) => {
    expect(unitOfMeasure(word, lex)).toBeNull();
    expect(measureLength(word, lex)).toBe(0);
  });

  it.each([
    ['每千人口执业(助理)医师数', 'per_1000'],
    ['每千常住人口医疗卫生机构床位数', 'per_1000'],
    ['每万人口全科医生数', 'per_10000'],
    ['全科医生数', null],
  ])('%s → %s', (text, unit) => expect(perPopulationUnit(text, lex)).toBe(unit));
});

describe('patterns built from the lists', () => {
  it.each([
    ['力争到2021年底', '到', '2021'],
    ['二〇二五年', undefined, '二〇二五'],
    ['截至2023年4月底前', '截至', '2023'],
  ])('a year expression: %s', (text, lead, year) => {
    const m = [...text.matchAll(lex.yearExpr)][0];
    expect([m?.[1], m?.[2]]).toEqual([lead, year]);
  });

  it.each([
    ['确保2024年底前', true],
    ['2024年12月31日前', true],
    ['力争6月底前', true],
    ['年底前', true],
    ['排名前', false], // a rank: 前5位
    ['每年前', false], // 每年前3名 is a rank too
    ['6个月前', false],
  ])('a deadline before a number: %s → %s', (text, want) => expect(lex.deadlineAtEnd.test(text)).toBe(want));

  it.each([
    ['到2024年底前乡镇卫生院', '乡镇卫生院'],
    ['2025年12月底前基层就诊率', '基层就诊率'],
    ['截至2023年4月底', ''],
    ['二〇二五年全县', '全县'],
    ['每年基层就诊率', '每年基层就诊率'], // no year expression
  ])('a year expression opening a name: %s → %s', (text, rest) => expect(text.replace(lex.yearAtStart, '')).toBe(rest));

  it.each([
    ['的水平', true],
    ['的目标', true],
    ['的医院', false],
  ])('a goal noun after 的: %s → %s', (text, want) => expect(lex.goalAfter.test(text)).toBe(want));

  it.each([
    ['较2022年增长', 2022],
    ['同比2021年', 2021],
    ['到2025年', null],
  ])('a base year: %s', (text, year) =>
    expect(Number(lex.baseYear.exec(text)?.slice(1).find(Boolean) ?? NaN) || null).toBe(year),
  );

  it.each([
    ['每月选派', 'per_month'],
    ['原则上平均全年不少于', 'per_year'],
    ['转诊人数年增长', 'per_year'],
    ['较2022年增长', ''],
    ['每季度', 'per_quarter'],
  ])('a frequency: %s → %j', (text, want) => {
    expect(lex.frequency.find(([re]) => re.test(text))?.[1] ?? '').toBe(want);
  });
});
