// Value lists (分别, and value lists paired with the years of their sentence): one mention per value, in order.
import { describe, expect, it } from 'vitest';
import { planFromText, vocab } from '../../test-support/corpus.ts';
import { sentencesOf } from '../clauses.ts';
import type { Paragraph } from '../types.ts';
import { createContext } from './context.ts';
import { compileLexicon } from './lexicon.ts';
import { readList, valueRun } from './lists.ts';
import { extractParagraph } from './paragraph.ts';
import { yearMarks } from './years.ts';

const lex = compileLexicon(vocab['target-lexicon']);

/** The mentions a one-sentence paragraph gives, as [indicator, comparator, value, unit, year]. */
function read(sentence: string) {
  const doc = planFromText(`某县方案\n\n一、目标\n\n${sentence}\n`);
  const ctx = createContext(doc, vocab);
  const p = doc.paragraphs.find((x) => x.kind !== 'heading' && x.sectionId === 's1') as Paragraph;
  extractParagraph(ctx, p, null);
  for (const d of ctx.drafts) expect(doc.clean.raw.slice(d.start, d.end)).toBe(d.quote);
  return ctx.drafts.map((d) => [d.indicator_id || d.indicator_zh, d.comparator, d.value, d.unit, d.target_year]);
}

describe('value lists', () => {
  it.each([
    [
      '县域就诊率、基层就诊率分别达到90%、65%。',
      [
        ['county_visit_rate', 'ge', 90, 'percent', null],
        ['primary_care_visit_share', 'ge', 65, 'percent', null],
      ],
    ],
    [
      '县域内就诊率2024年、2025年分别达到85%、90%以上。',
      [
        ['county_visit_rate', 'ge', 85, 'percent', 2024],
        ['county_visit_rate', 'ge', 90, 'percent', 2025],
      ],
    ],
    [
      '到2025年，县域就诊率和基层就诊率分别为90%和65%左右。',
      [
        ['county_visit_rate', 'approx', 90, 'percent', 2025],
        ['primary_care_visit_share', 'approx', 65, 'percent', 2025],
      ],
    ],
    [
      '市级重点专科、省级重点专科分别达到5个、2—3个。',
      [
        ['city_key_specialties', 'ge', 5, 'count', null],
        ['provincial_key_specialties', 'range', 2, 'count', null],
      ],
    ],
    // three indicators, three values, mixed units
    [
      '到2030年，婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、4.5‰和10/10万。',
      [
        ['infant_mortality', 'le', 4, 'per_mille', 2030],
        ['under5_mortality', 'le', 4.5, 'per_mille', 2030],
        ['maternal_mortality', 'le', 10, 'per_100000', 2030],
      ],
    ],
    // two years in the sentence, a cue other than 达到, each value with its own qualifier
    [
      '到2022年和2030年，居民健康素养水平分别不低于22%和30%。',
      [
        ['health_literacy', 'ge', 22, 'percent', 2022],
        ['health_literacy', 'ge', 30, 'percent', 2030],
      ],
    ],
    [
      '到2022年和2030年，经常参加体育锻炼人数比例达到37%及以上和40%及以上。',
      [
        ['regular_exercise_share', 'ge', 37, 'percent', 2022],
        ['regular_exercise_share', 'ge', 40, 'percent', 2030],
      ],
    ],
    // two lists in one sentence
    [
      '到2022年和2030年，婴儿死亡率分别控制在6‰及以下和5‰及以下，孕产妇死亡率分别下降到15/10万及以下和12/10万及以下。',
      [
        ['infant_mortality', 'le', 6, 'per_mille', 2022],
        ['infant_mortality', 'le', 5, 'per_mille', 2030],
        ['maternal_mortality', 'le', 15, 'per_100000', 2022],
        ['maternal_mortality', 'le', 12, 'per_100000', 2030],
      ],
    ],
    // one indicator, two values and neither years nor names to pair: one target per value
    [
      '年度支付限额分别为每人600元和900元。',
      [
        ['年度支付限额', 'eq', 600, 'yuan', null],
        ['年度支付限额', 'eq', 900, 'yuan', null],
      ],
    ],
  ])('%s', (sentence, want) => expect(read(sentence)).toEqual(want));

  it.each([
    '每个县分别组建2个医共体。', // one value: not a list
    '县域就诊率、基层就诊率、住院率分别达到90%、65%。', // three names, two values: not paired
    '全市组建2个城市医疗集团、6个以上专科联盟。', // values joined through their objects: each read on its own
  ])('not a paired list: %s', (sentence) => {
    const text = sentence.replace(/，/g, ',');
    const all = { start: 0, end: text.length };
    const marks = yearMarks(text, sentencesOf(text), lex, {
      titleYear: null,
      startYear: null,
      pastSections: new Set(),
      baselineYears: new Set(),
    });
    expect(readList(text, all, all, marks, lex)).toBeNull();
  });

  it('valueRun: values joined by 、 and 和, each with unit and qualifier', () => {
    const text = '分别下降到4.5‰、6.0‰和12/10万以下';
    expect(valueRun(text, { start: 0, end: text.length }, lex)?.map((v) => [v.value, v.unit, v.suffix])).toEqual([
      [4.5, 'per_mille', null],
      [6, 'per_mille', null],
      [12, 'per_100000', 'le'],
    ]);
  });
});
