// Targets in a paragraph: conditions, the subject carried between clauses, frequency, base year, aspiration, years.
import { describe, expect, it } from 'vitest';
import { planFromText, vocab } from '../../test-support/corpus.ts';
import type { Paragraph } from '../types.ts';
import { createContext } from './context.ts';
import { extractParagraph } from './paragraph.ts';

/** The mentions of the paragraph holding `body` (in a one-section plan), with the paragraph's open year. */
function read(body: string, carry: number | null = null) {
  const doc = planFromText(`某县方案\n\n一、目标\n\n${body}\n`);
  const ctx = createContext(doc, vocab);
  const p = doc.paragraphs.find((x) => x.kind !== 'heading' && x.text.length > 4 && x.sectionId === 's1') as Paragraph;
  const r = extractParagraph(ctx, p, carry);
  for (const d of ctx.drafts) expect(doc.clean.raw.slice(d.start, d.end)).toBe(d.quote);
  return { mentions: ctx.drafts, ...r };
}

const brief = (body: string, carry: number | null = null) =>
  read(body, carry).mentions.map((d) => [d.indicator_id || d.indicator_zh, d.comparator, d.value, d.target_year]);

describe('extractParagraph', () => {
  it.each([
    [
      // guyuan: 力争到2021年底 governs both clauses; both are aspirations
      '力争到2021年底，县（区）域内就诊率达到90%以上，县（区）域内基层就诊率达到65%以上。',
      [
        ['county_visit_rate', 'ge', 90, 2021],
        ['primary_care_visit_share', 'ge', 65, 2021],
      ],
      null,
    ],
    [
      // jieshou: 均 spreads one value over two indicators
      '到2023年，血压、血糖控制率均达到60%以上。',
      [
        ['blood_pressure_control_rate', 'ge', 60, 2023],
        ['blood_glucose_control_rate', 'ge', 60, 2023],
      ],
      null,
    ],
    [
      // hangjin: the subject is carried to the clauses that only give a scope (每人, 全年)
      '免费接收医共体单位人员到本院进修学习。原则上平均全年不少于4人次，每人不少于3个月，全年不少于12人次。',
      [
        ['trainee_intake', 'ge', 4, null],
        ['trainee_duration', 'ge', 3, null],
        ['trainee_intake', 'ge', 12, null],
      ],
      null,
    ],
    [
      // a year carried from a lead-in paragraph
      '县域内就诊率达到90%。',
      [['county_visit_rate', 'ge', 90, 2030]],
      2030,
    ],
  ] as const)('%s', (body, want, carry) => expect(brief(body, carry)).toEqual(want));

  it('yulin: a condition (总体转出率＞20%的) holds to its closing bracket and names the subject', () => {
    const { mentions } = read(
      '近三年疾病转出率明显下降（总体转出率＞20%的，每年要降低5%。总体转出率＞10%的，每年要降低3%），最终实现下级医院县域外转出率达到10%左右。',
    );
    expect(mentions.map((d) => [d.indicator_zh, d.comparator, d.value, d.frequency, d.condition])).toEqual([
      ['总体转出率', 'decrease', 5, 'per_year', '总体转出率＞20%的'],
      ['总体转出率', 'decrease', 3, 'per_year', '总体转出率＞10%的'],
      ['下级医院县域外转出率', 'approx', 10, '', ''],
    ]);
  });

  it('a change keeps its base year and frequency; 力争 marks an aspiration', () => {
    const { mentions } = read('力争住院人次较2022年年增长20%，县级医院门诊次均费用较2022年增长不超过5%。');
    expect(mentions.map((d) => [d.comparator, d.value, d.base_year, d.frequency, d.aspirational])).toEqual([
      ['increase', 20, 2022, 'per_year', true],
      ['le', 5, 2022, '', true],
    ]);
  });

  it('a lead-in gives its year to the paragraphs after it, and finds nothing itself', () => {
    expect(read('到2030年，力争实现以下目标：')).toMatchObject({ found: 0, openYear: 2030, mentions: [] });
  });
});
