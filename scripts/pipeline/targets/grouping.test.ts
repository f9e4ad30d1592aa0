// Grouping mentions into targets: the rules of TARGET_RULES.md on hand-made mentions.
import { describe, expect, it } from 'vitest';
import type { Draft } from './context.ts';
import { groupDrafts, targetRows } from './grouping.ts';

let order = 0;
/** A mention: indicator, value, year, where it stands and whether it is text or a table cell. */
function mention(
  indicator: string,
  comparator: Draft['comparator'],
  value: number,
  year: number | null,
  start: number,
  kind: 'text' | 'table' = 'text',
): Draft {
  return {
    doc_id: 'x',
    section_id: 's1',
    indicator_zh: indicator,
    indicatorClean: indicator,
    indicator_id: indicator.startsWith('zh:') ? '' : indicator,
    indicator_en: '',
    comparator,
    value,
    value_max: null,
    unit: 'percent',
    frequency: '',
    base_year: null,
    target_year: year,
    start_year: null,
    aspirational: false,
    implied: false,
    condition: '',
    scope: '',
    population: '',
    binding: '',
    quote: `${value}%`,
    start,
    end: start + 3,
    source_kind: kind,
    order: order++,
  };
}

const shape = (groups: Draft[][]) =>
  groups.map((g) => g.map((d) => `${d.indicator_zh} ${d.value} ${d.target_year ?? '-'} ${d.source_kind}`));

describe('groupDrafts', () => {
  it.each([
    [
      'the same indicator, value and year stated twice is one target',
      [mention('county_visit_rate', 'ge', 90, 2025, 10), mention('county_visit_rate', 'ge', 90, 2025, 50)],
      [['county_visit_rate 90 2025 text', 'county_visit_rate 90 2025 text']],
    ],
    [
      'a table restating the text is the same target even when the values disagree (jieshou 30% / ≥30%)',
      [
        mention('out_of_area_fund_share', 'le', 30, 2023, 10),
        mention('out_of_area_fund_share', 'ge', 30, 2023, 900, 'table'),
      ],
      [['out_of_area_fund_share 30 2023 text', 'out_of_area_fund_share 30 2023 table']],
    ],
    [
      'different values in the text for one indicator and year stay apart (yulin 北流市 50% / 其他县 30%)',
      [
        mention('township_participation_rate', 'ge', 50, 2017, 10),
        mention('township_participation_rate', 'ge', 30, 2017, 40),
      ],
      [['township_participation_rate 50 2017 text'], ['township_participation_rate 30 2017 text']],
    ],
    [
      'a mention without a year joins the one dated target of the same indicator and value (hangjin 2个医共体)',
      [mention('medical_community_count', 'eq', 2, 2023, 10), mention('medical_community_count', 'eq', 2, null, 300)],
      [['medical_community_count 2 2023 text', 'medical_community_count 2 - text']],
    ],
    [
      'years apart are targets apart',
      [mention('county_visit_rate', 'ge', 86, 2023, 10), mention('county_visit_rate', 'ge', 90, 2025, 50)],
      [['county_visit_rate 86 2023 text'], ['county_visit_rate 90 2025 text']],
    ],
    [
      'an unknown indicator groups by its wording, and a table never joins it with a different value',
      [mention('zh:住院人次', 'increase', 20, null, 10), mention('zh:住院人次', 'increase', 25, null, 900, 'table')],
      [['zh:住院人次 20 - text'], ['zh:住院人次 25 - table']],
    ],
  ])('%s', (_rule, drafts, want) => expect(shape(groupDrafts(drafts))).toEqual(want));
});

describe('targetRows', () => {
  it('numbers mentions in reading order, targets by first mention, and states a conflict', () => {
    const drafts = [
      mention('out_of_area_fund_share', 'le', 30, 2023, 10),
      mention('county_visit_rate', 'ge', 86, 2023, 20),
      mention('out_of_area_fund_share', 'ge', 30, 2023, 900, 'table'),
    ];
    const r = targetRows('jieshou', drafts);
    expect(r.targets.map((t) => [t.target_id, t.indicator_id, t.mention_ids, t.mention_count])).toEqual([
      ['jieshou-t01', 'out_of_area_fund_share', 'jieshou-m001 jieshou-m003', 2],
      ['jieshou-t02', 'county_visit_rate', 'jieshou-m002', 1],
    ]);
    expect(r.targets[0]?.conflict).toMatch(
      /^Mentions disagree: text jieshou-m001 says le 30 percent .*; table jieshou-m003 says ge 30 percent/,
    );
    expect(r.targets[1]?.conflict).toBe('');
    expect(r.mentions.map((m) => `${m.mention_id}→${m.target_id}`)).toEqual([
      'jieshou-m001→jieshou-t01',
      'jieshou-m002→jieshou-t02',
      'jieshou-m003→jieshou-t01',
    ]);
    expect(r.unknownIndicators).toEqual([]);
  });
});
