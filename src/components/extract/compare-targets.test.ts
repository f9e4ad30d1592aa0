// The new plan beside the corpus on the targets chart: its rows first in each indicator's section, the corpus only
// on the same indicators, national goals as published in vocab_indicators, links to the right sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/test-support/corpus.ts';
import type { TargetMentionRow, TargetRow } from '../../lib/schema/index.ts';
import { compareTargets, CORPUS_FILES, goalsOf, type Corpus } from './compare-targets.ts';
import { shortTarget, targetText } from './target-text.ts';

const corpus = Object.fromEntries(
  CORPUS_FILES.map((n) => [n, JSON.parse(readFileSync(join(ROOT, 'public/data', `${n}.json`), 'utf8')) as unknown]),
) as unknown as Corpus;

const target = (over: Partial<TargetRow>): TargetRow =>
  ({
    target_id: 'guyuan-t01',
    doc_id: 'guyuan',
    section_id: 's1',
    indicator_zh: '县域内就诊率',
    indicator_en: 'In-county treatment rate',
    indicator_id: 'county_visit_rate',
    comparator: 'ge',
    value: 90,
    value_max: null,
    unit: 'percent',
    target_year: 2025,
    base_year: null,
    aspirational: false,
    source_kind: 'prose',
    conflict: '',
    start: 0,
    end: 5,
    quote: '县域内就诊率',
    ...over,
  }) as unknown as TargetRow;

const mine = [
  target({ target_id: 'guyuan-t01', doc_id: 'guyuan', value: 92 }),
  target({
    target_id: 'guyuan-t02',
    doc_id: 'guyuan',
    indicator_id: '',
    indicator_zh: '某个新指标',
    indicator_en: '',
    value: 3,
    unit: 'count',
  }),
];

describe('compareTargets', () => {
  // The new plan is called guyuan, like a corpus plan: its marks must still stand apart.
  const data = compareTargets(
    { docId: 'guyuan', label: 'This plan', targets: mine, mentions: [] as TargetMentionRow[] },
    corpus,
    'en',
  );

  it('puts the new plan first in each section, under its own place key, linking to this page', () => {
    const first = data.marks.filter((m) => m.indicator === 'county_visit_rate');
    expect(first[0]).toMatchObject({
      place: 'new:guyuan',
      placeLabel: 'This plan',
      value: 92,
      href: '#targets-guyuan-t01',
    });
    expect(first.slice(1).every((m) => m.place !== data.newPlace)).toBe(true);
    expect(first.slice(1).map((m) => m.place)).toContain('guyuan');
    expect(first.find((m) => m.place === 'guyuan')!.href).toMatch(/^\/plans\/guyuan\/#targets-guyuan-t\d+$/);
  });

  it('shows the corpus only on the indicators the new plan has, and keeps its unknown wordings', () => {
    const indicators = new Set(data.marks.map((m) => m.indicator));
    expect([...indicators].sort()).toEqual(['county_visit_rate', '某个新指标']);
    expect(data.marks.filter((m) => m.indicator === '某个新指标').map((m) => m.place)).toEqual(['new:guyuan']);
  });

  it('draws the national goal of vocab_indicators and names its document', () => {
    const goal = goalsOf(corpus.vocab_indicators).find((g) => g.indicatorId === 'county_visit_rate')!;
    expect(data.benchmarks['county_visit_rate']).toEqual({
      value: goal.value,
      label: `national goal ${goal.value}% (dashed)`,
    });
    expect(data.source).toContain(goal.source);
    expect(data.summary[0]).toMatch(/^.+: this plan ≥92% by 2025; Guyuan ≥\d+%/);
  });

  it('writes the summary in Chinese on the Chinese page', () => {
    const zh = compareTargets({ docId: 'x', label: '本方案', targets: mine, mentions: [] }, corpus, 'zh');
    expect(zh.summary[0]).toMatch(/：本方案≥92%（2025年）；/);
    expect(zh.marks[0]!.href).toBe('#targets-x-guyuan-t01');
  });

  it.each([
    [{ comparator: 'ge', value: 65, valueMax: null, unit: 'percent' }, '≥65%'],
    [{ comparator: 'range', value: 35, valueMax: 50, unit: 'percent' }, '35–50%'],
    [{ comparator: 'eq', value: 3, valueMax: null, unit: 'persons' }, '3 persons'],
  ])('targetText(%j) is %s', (m, text) => {
    expect(targetText(m, { persons: 'persons' })).toBe(text);
  });

  it.each([
    [{ comparator: 'decrease', value: 5, valueMax: null, unit: 'percentage_points' }, '−5 pt'],
    [{ comparator: 'eq', value: 3, valueMax: null, unit: 'persons' }, '3'],
  ])('shortTarget(%j) is %s', (m, text) => {
    expect(shortTarget(m)).toBe(text);
  });

  it('gives each mark what the chart draws: a level or a change, its frequency, the disagreeing statement', () => {
    const change = target({
      target_id: 'g-t9',
      comparator: 'decrease',
      value: 5,
      frequency: 'per_year',
    });
    const conflicting = target({ target_id: 'g-t8', conflict: 'x', source_kind: 'table' });
    const mentions = [
      { mention_id: 'g-m2', target_id: 'g-t8', comparator: 'ge', value: 80, value_max: null, source_kind: 'text' },
      { mention_id: 'g-m1', target_id: 'g-t8', comparator: 'ge', value: 90, value_max: null, source_kind: 'table' },
    ] as unknown as TargetMentionRow[];
    const d = compareTargets(
      { docId: 'g', label: 'This plan', targets: [change, conflicting], mentions },
      corpus,
      'en',
    );
    const byId = new Map(d.marks.map((m) => [m.id, m]));
    expect(byId.get('g-t9')).toMatchObject({ measure: 'change', frequency: 'per_year', other: null });
    expect(byId.get('g-t8')).toMatchObject({
      measure: 'level',
      where: 'table',
      other: { comparator: 'ge', value: 80, where: 'text', href: '#target_mentions-g-m2' },
    });
    expect(d.frequencyLabels['per_year']).toBe('per year');
  });
});
