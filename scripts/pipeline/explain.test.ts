// `extract --explain` as text: per paragraph, what was found and what was skipped and why.
import { describe, expect, it } from 'vitest';
import { planDoc, vocab } from '../test-support/corpus.ts';
import { extractAll } from './extract-all.ts';
import { describeTarget, explainExtraction } from './explain.ts';

describe('explainExtraction', () => {
  const doc = planDoc('targets-annual-genre.txt');
  const { datasets, report } = extractAll(doc, { sha256: '', sourceFile: 'targets-annual-genre.txt' }, vocab);
  const lines = explainExtraction(doc, datasets, report);

  it('opens with the file, its title and what was found', () => {
    expect(lines[0]).toBe('targets-annual-genre.txt: 南溪县2025年卫生健康重点工作计划');
    expect(lines[1]).toMatch(/^found \d+ target mentions \(\d+ distinct targets\), 1 milestones/);
  });

  it('puts each target and each skipped number under the paragraph it stands in, with the reason', () => {
    const text = lines.join('\n');
    expect(text).toContain(
      'line 5  2024年，全县县域内就诊率达到88.6%，已组建紧密型县域医共体2个，累计下派医师326人次。截至2024年底，全县共…\n  · skipped         88.6%: a past statistic (in a section describing the starting point)',
    );
    expect(text).toContain(
      '  ✓ target          县域内就诊率 [county_visit_rate] ≥ 90 percent by 2025 «县域内就诊率稳定在90%以上»',
    );
    expect(text).toContain('  ✓ milestone       各乡镇卫生院于2025年6月30日前报送半年工作进展 → 2025-06');
    expect(text).toContain('  · skipped         0831-6620381: phone number');
    expect(text).toContain('(implied by wording)');
  });

  it('every skipped number of the targets report is shown once', () => {
    const skipped = report.filter((e) => e.dataset === 'targets' && e.kind === 'skipped-quantity');
    expect(lines.filter((l) => l.startsWith('  · skipped  '))).toHaveLength(skipped.length);
  });
});

describe('describeTarget', () => {
  it.each([
    [
      {
        indicator_zh: '医护比',
        indicator_id: 'doctor_nurse_ratio',
        comparator: 'ge',
        value: 1.2,
        value_max: null,
        unit: 'ratio',
        target_year: 2025,
      },
      '医护比 [doctor_nurse_ratio] ≥ 1.2 ratio by 2025',
    ],
    [
      {
        indicator_zh: '人员支出占比',
        indicator_id: '',
        comparator: 'range',
        value: 35,
        value_max: 40,
        unit: 'percent',
        target_year: null,
      },
      '人员支出占比 [no vocabulary id] 35–40 percent, no year',
    ],
    [
      {
        indicator_zh: '专项资金',
        indicator_id: '',
        comparator: 'ge',
        value: 1500,
        value_max: null,
        unit: 'yuan_10k',
        target_year: null,
        start_year: 2025,
        frequency: 'per_year',
      },
      '专项资金 [no vocabulary id] ≥ 1500 yuan_10k from 2025 (per_year)',
    ],
  ])('%j', (row, want) => expect(describeTarget(row)).toBe(want));
});
