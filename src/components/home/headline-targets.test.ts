import { describe, expect, it } from 'vitest';
import { indicatorSpread, latestPlans, type HeadlineTarget } from './headline-targets.ts';

// Hand-written: plan a sets 85% for 2022 and 90% for 2025; b 95% with no year; c 70% for 2023.
const rows: HeadlineTarget[] = [
  { doc_id: 'a', indicator_id: 'county_visit_rate', value: 85, target_year: 2022 },
  { doc_id: 'a', indicator_id: 'county_visit_rate', value: 90, target_year: 2025 },
  { doc_id: 'b', indicator_id: 'county_visit_rate', value: 95, target_year: null },
  { doc_id: 'c', indicator_id: 'county_visit_rate', value: 70, target_year: 2023 },
  { doc_id: 'c', indicator_id: 'primary_care_share', value: 65, target_year: 2023 },
];

describe('indicatorSpread', () => {
  it('takes one value per plan, its latest year, and counts the plans at the goal', () => {
    expect(indicatorSpread('county_visit_rate', 90, rows)).toEqual({
      indicatorId: 'county_visit_rate',
      values: [70, 90, 95],
      plans: 3,
      min: 70,
      median: 90,
      max: 95,
      atGoal: 2,
    });
  });

  it('gives the median of an even count as the mean of the middle two, and null without rows', () => {
    expect(indicatorSpread('county_visit_rate', 90, rows.slice(0, 3))?.median).toBe(92.5);
    expect(indicatorSpread('no_such', 90, rows)).toBeNull();
  });
});

describe('latestPlans', () => {
  it('puts the most recent first, a plan without a year last, ties by id', () => {
    const docs = [
      { doc_id: 'x', issue_year: 2020 },
      { doc_id: 'b', issue_year: 2023 },
      { doc_id: 'a', issue_year: 2023 },
      { doc_id: 'n', issue_year: null },
    ];
    expect(latestPlans(docs, 3).map((d) => d.doc_id)).toEqual(['a', 'b', 'x']);
  });
});
