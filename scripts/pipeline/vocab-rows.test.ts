import { describe, expect, it } from 'vitest';
import { readVocabularies } from '../read-sources.ts';
import { vocabularyRows } from './vocab-rows.ts';

const rows = vocabularyRows(readVocabularies());

describe('vocabularies as datasets', () => {
  it('the two national goals of 国卫基层函〔2019〕121号 are data: 90% in-county, 65% primary care', () => {
    const goals = rows.vocab_indicators
      .filter((r) => r.national_goal_comparator !== '')
      .map((r) => [
        r.indicator_id,
        r.national_goal_comparator,
        r.national_goal_value,
        r.national_goal_year,
        r.national_goal_source,
      ]);
    expect(goals).toEqual([
      ['county_visit_rate', 'ge', 90, 2019, '国卫基层函〔2019〕121号'],
      ['primary_care_visit_share', 'ge', 65, 2019, '国卫基层函〔2019〕121号'],
    ]);
  });

  it('an indicator without a goal has empty goal fields; units are one space-separated column', () => {
    const beds = rows.vocab_indicators.find((r) => r.indicator_id === 'beds_per_1000');
    expect(beds).toMatchObject({
      units: 'per_1000',
      national_goal_comparator: '',
      national_goal_value: null,
      national_goal_year: null,
      national_goal_source: '',
    });
    expect(rows.vocab_indicators.find((r) => r.indicator_id === 'county_visit_rate')?.units).toBe(
      'percent percentage_points',
    );
  });

  it('every entry has a Chinese name, and ordinal keeps the vocabulary order', () => {
    const lists = (Object.keys(rows) as (keyof typeof rows)[]).map((name) => rows[name]);
    for (const list of lists) {
      expect(list.map((r) => r.ordinal)).toEqual(list.map((_, i) => i + 1));
      for (const r of list) expect('name_zh' in r ? r.name_zh : r.term_zh).not.toBe('');
    }
    expect(rows.vocab_principles[0]).toMatchObject({ principle_id: 'government_leadership', name_zh: '政府主导' });
    expect(rows.vocab_alliance_kinds.find((r) => r.kind_id === 'tier3_tier2_alliance')?.name_zh).toBe('三二医联体');
  });
});
