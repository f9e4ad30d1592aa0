import { describe, expect, it } from 'vitest';
import { glossaryLookup } from '../../lib/glossary.ts';
import { conflictWords, rowFields, type FieldView } from './row-view.ts';
import { monthWords, targetWords } from './value-words.ts';

const names = glossaryLookup([{ term_zh: '市医保局', name_en: 'Municipal Healthcare Security Administration' }]);
const en = { lang: 'en' as const, names };
const zh = { lang: 'zh' as const, names };
const text = (fs: FieldView[]) => fs.map((f) => `${f.label}: ${f.text}`).join(' | ');

// Rows as published for jieshou and guyuan (abridged to the fields a view reads).
const jieshouT02 = {
  indicator_zh: '医保基金市外占比',
  indicator_en: 'Share of insurance fund spent outside the city',
  comparator: 'le',
  value: 30,
  value_max: null,
  unit: 'percent',
  frequency: '',
  base_year: null,
  target_year: 2023,
  aspirational: false,
  condition: '',
  source_kind: 'text',
};

describe('targetWords', () => {
  it.each([
    [
      { comparator: 'ge', value: 65, unit: 'percent', target_year: 2021 },
      'at least 65% by 2021',
      '不低于 65%（到 2021 年）',
    ],
    [{ comparator: 'le', value: 30, unit: 'percent', target_year: null }, 'at most 30%', '不高于 30%'],
    [
      { comparator: 'range', value: 2, value_max: 3, unit: 'count', target_year: 2025 },
      '2–3 by 2025',
      '2–3 个（到 2025 年）',
    ],
    [{ comparator: 'approx', value: 65, unit: 'percent', target_year: null }, 'about 65%', '65% 左右'],
    [
      { comparator: 'increase', value: 10, unit: 'percent', frequency: 'per_year', target_year: null },
      'up by 10% a year',
      '增加 10%（每年）',
    ],
    [
      { comparator: 'decrease', value: 5, unit: 'percentage_points', base_year: 2022, target_year: 2025 },
      'down by 5 percentage points on 2022 by 2025',
      '较 2022 年减少 5 个百分点（到 2025 年）',
    ],
    [
      { comparator: 'le', value: 4.5, unit: 'per_mille', target_year: 2025 },
      'at most 4.5‰ by 2025',
      '不高于 4.5‰（到 2025 年）',
    ],
    [{ comparator: 'le', value: 9, unit: 'per_100000', target_year: null }, 'at most 9 per 100,000', '不高于 9/10万'],
    [{ comparator: 'ge', value: 1.6, unit: 'ratio', target_year: null }, 'at least 1:1.6', '不低于 1:1.6'],
    [
      { comparator: 'ge', value: 79.5, unit: 'age_years', target_year: null },
      'at least 79.5 years of age',
      '不低于 79.5 岁',
    ],
    [
      { comparator: 'ge', value: 2, unit: 'times', frequency: 'per_week', target_year: null },
      'at least 2 times a week',
      '不低于 2 次（每周）',
    ],
    [{ comparator: 'ge', value: 5, unit: '艘', target_year: null }, 'at least 5 艘', '不低于 5 艘'], // kept as written
  ])('%j', (t, wantEn, wantZh) => {
    const full = { value_max: null, frequency: '', base_year: null, ...t };
    expect(targetWords(full, 'en')).toBe(wantEn);
    expect(targetWords(full, 'zh')).toBe(wantZh);
    expect(targetWords(full, 'en')).not.toMatch(/\b(ge|le|percent)\b/);
  });
});

describe('rowFields', () => {
  it('a target in plain words, no comparator code or unit id', () => {
    const s = text(rowFields('targets', jieshouT02, en));
    expect(s).toBe('Indicator: Share of insurance fund spent outside the city | Target: at most 30% by 2023');
    expect(text(rowFields('targets', jieshouT02, zh))).toBe('指标: 医保基金市外占比 | 目标: 不高于 30%（到 2023 年）');
  });
  it('scope, population, class and an implied value in words; the Chinese as written', () => {
    const r = { ...jieshouT02, scope: '每个乡镇卫生院', population: '重点人群', binding: 'binding', implied: true };
    expect(text(rowFields('targets', r, zh))).toBe(
      '指标: 医保基金市外占比 | 目标: 不高于 30%（到 2023 年） | 适用范围: 每个乡镇卫生院 | 对象人群: 重点人群 | 属性: 约束性 | : 数值由措辞推定（如“全覆盖”“全部…”），原文未写数字',
    );
    const fs = rowFields('targets', r, en);
    expect(fs.find((f) => f.label === 'Applies to')).toEqual({
      label: 'Applies to',
      text: '每个乡镇卫生院',
      lang: 'zh-Hans',
    });
    expect(fs.find((f) => f.label === 'Class (属性)')?.text).toBe('binding');
  });
  it('flags a conflict and an aspiration so the page can show them differently', () => {
    const fs = rowFields('targets', { ...jieshouT02, aspirational: true }, { ...en, conflict: 'x' });
    expect(fs.map((f) => f.flag).filter(Boolean)).toEqual(['aspiration', 'conflict']);
  });
  it('a responsibility: agency in English with the Chinese kept, role and deadline in words, the task as written', () => {
    const r = {
      agency_norm_zh: '市医保局',
      role: 'lead',
      task_zh: '医保差异化支付管理办法',
      deadline_zh: '2021年3月底前',
      deadline: '2021-03',
      source_kind: 'table',
      note: '',
    };
    const fs = rowFields('responsibilities', r, en);
    expect(text(fs)).toBe(
      'Agency: Municipal Healthcare Security Administration | Role: leads | Task: 医保差异化支付管理办法 | Deadline: by the end of Mar 2021',
    );
    expect(fs[0]!.title).toBe('市医保局');
    expect(fs[2]!.lang).toBe('zh-Hans');
    expect(text(rowFields('responsibilities', r, zh))).toBe(
      '部门: 市医保局 | 职责: 牵头 | 任务: 医保差异化支付管理办法 | 完成时限: 2021年3月底前',
    );
  });
  it('the pipeline’s English bracket note is put in the page language, with the agency named', () => {
    const r = {
      agency_norm_zh: '市中医院',
      role: 'partner',
      task_zh: '中医专科医联体建设方案',
      note: 'named in brackets after 市医保局',
    };
    expect(rowFields('responsibilities', r, zh).at(-1)).toEqual({ label: '说明', text: '写在市医保局之后的括号中' });
    expect(rowFields('responsibilities', r, en).at(-1)!.text).toBe(
      'named in brackets after Municipal Healthcare Security Administration',
    );
    expect(rowFields('responsibilities', { ...r, note: '排在第一位的部门负责统筹协调' }, en).at(-1)!.lang).toBe(
      'zh-Hans',
    );
  });
  it('an agency missing from the glossary stays Chinese, marked as Chinese', () => {
    const fs = rowFields('organisation_mentions', { canonical_zh: '市民政局', context: 'prose' }, en);
    expect(fs[0]).toEqual({ label: 'Organisation', text: '市民政局', lang: 'zh-Hans' });
    expect(fs[1]!.text).toBe('in the text');
  });
  it('a phase reads as months', () => {
    const r = {
      kind: 'phase',
      name_zh: '实施阶段',
      date_zh: '2020年12月—2021年11月',
      start_ym: '2020-12',
      end_ym: '2021-11',
    };
    expect(text(rowFields('phases', r, en))).toBe('Kind: phase | Name: 实施阶段 | When: Dec 2020 – Nov 2021');
    expect(monthWords('2021-03', 'zh')).toBe('2021 年 3 月');
  });
  it('an unknown dataset has no field list rather than a dump of its columns', () => {
    expect(rowFields('some_new_dataset', { a_id: 'x', start: 1 }, en)).toEqual([]);
  });
});

describe('conflictWords', () => {
  const text = { ...jieshouT02, quote: '医保基金市外占比减少到30%以内' };
  const table = { ...jieshouT02, comparator: 'ge', source_kind: 'table', quote: '≥30%' };
  it('says what each statement says, in words, with its quote', () => {
    expect(conflictWords([text, table], 'en')).toBe(
      'the text says at most 30% (医保基金市外占比减少到30%以内); a table says at least 30% (≥30%)',
    );
    expect(conflictWords([text, table], 'zh')).toBe(
      '正文作“不高于 30%”（医保基金市外占比减少到30%以内）；表格作“不低于 30%”（≥30%）',
    );
  });
  it('is null when the statements agree', () => expect(conflictWords([text, { ...text }], 'en')).toBeNull());
});
