// 分别 lists: years or indicators paired with values, in order.
import { describe, expect, it } from 'vitest';
import { planFromText, vocab } from '../../test-support/corpus.ts';
import { sentencesOf } from '../clauses.ts';
import type { Paragraph } from '../types.ts';
import { createContext } from './context.ts';
import { extractRespectively } from './respectively.ts';
import { yearMarks } from './years.ts';

/** The mentions a 分别 sentence gives, as [indicator, comparator, value, unit, year]; null when it is not one. */
function read(sentence: string) {
  const doc = planFromText(`某县方案\n\n一、目标\n\n${sentence}\n`);
  const ctx = createContext(doc, vocab);
  const p = doc.paragraphs.find((x) => x.text.includes('分别')) as Paragraph;
  const sent = sentencesOf(p.text)[0]!;
  const consumed = extractRespectively(ctx, p, sent, yearMarks(p.text, sentencesOf(p.text), ctx.lex), null);
  if (!consumed) return null;
  for (const d of ctx.drafts) expect(doc.clean.raw.slice(d.start, d.end)).toBe(d.quote);
  return ctx.drafts.map((d) => [d.indicator_id || d.indicator_zh, d.comparator, d.value, d.unit, d.target_year]);
}

describe('extractRespectively', () => {
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
      '到2025年,县域就诊率和基层就诊率分别为90%和65%左右。',
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
  ])('%s', (sentence, want) => expect(read(sentence)).toEqual(want));

  it.each([
    '每个县分别组建2个医共体。', // one value: not a list
    '县域就诊率、基层就诊率、住院率分别达到90%、65%。', // three names, two values: not paired
  ])('not a paired list: %s', (sentence) => expect(read(sentence)).toBeNull());
});
