// Target tables: cells as quantities, year columns, and a whole table read from a hand-written plan.
import { describe, expect, it } from 'vitest';
import { planFromText, vocab } from '../../test-support/corpus.ts';
import { createContext } from './context.ts';
import { compileLexicon } from './lexicon.ts';
import { extractTable, parseCellQuantity, yearOfHeader } from './table.ts';

const lex = compileLexicon(vocab['target-lexicon']);

describe('parseCellQuantity', () => {
  it.each([
    ['≥86%', { comparator: 'ge', value: 86, valueMax: null, unit: 'percent' }], // jieshou annex 2
    ['5 个', { comparator: 'eq', value: 5, valueMax: null, unit: 'count' }], // jieshou annex 2
    ['2—3 个', { comparator: 'range', value: 2, valueMax: 3, unit: 'count' }], // jieshou annex 2
    ['60%左右', { comparator: 'approx', value: 60, valueMax: null, unit: 'percent' }],
    ['不低于55%', { comparator: 'ge', value: 55, valueMax: null, unit: 'percent' }],
    ['≤30%', { comparator: 'le', value: 30, valueMax: null, unit: 'percent' }],
    ['＜10%', { comparator: 'le', value: 10, valueMax: null, unit: 'percent' }],
    ['90%以上', { comparator: 'ge', value: 90, valueMax: null, unit: 'percent' }],
    ['９０％以上', { comparator: 'ge', value: 90, valueMax: null, unit: 'percent' }],
    ['2.8人', { comparator: 'eq', value: 2.8, valueMax: null, unit: 'persons' }],
    ['6.5', { comparator: 'eq', value: 6.5, valueMax: null, unit: '' }],
  ])('%s', (cell, expected) => expect(parseCellQuantity(cell, lex)).toEqual(expected));

  it.each(['——', '建设完成', '创建成功', '打造品牌，形成样板', '', '2023年底前完成'])('%j is not a quantity', (cell) =>
    expect(parseCellQuantity(cell, lex)).toBeNull(),
  );
});

describe('yearOfHeader', () => {
  it.each([
    ['2023 年', 2023], // jieshou annex 2
    ['2025年目标', 2025],
    ['到2026年底', 2026],
    ['2025', 2025],
    ['2022年基线', null],
    ['现状值', null],
    ['指标名称', null],
  ])('%s → %s', (cell, year) => expect(yearOfHeader(cell, lex)).toBe(year));
});

describe('extractTable', () => {
  it('reads year columns, a unit column, rates per population, and reports cells without a target', () => {
    const doc = planFromText(
      [
        '某县方案',
        '',
        '一、主要指标',
        '',
        '指标\t单位\t2022年基线\t2024年\t2025年',
        '县域内就诊率\t%\t80\t88\t——',
        '每千人口执业(助理)医师数\t人\t2.1\t2.6\t2.8',
        '家庭医生签约服务覆盖率\t\t50%\t建设完成\t70%',
        '',
      ].join('\n'),
    );
    const ctx = createContext(doc, vocab);
    for (const t of doc.tables) extractTable(ctx, t);
    expect(ctx.drafts.map((d) => [d.indicator_id, d.comparator, d.value, d.unit, d.target_year, d.quote])).toEqual([
      ['county_visit_rate', 'eq', 88, 'percent', 2024, '88'],
      ['physicians_per_1000', 'eq', 2.6, 'per_1000', 2024, '2.6'],
      ['physicians_per_1000', 'eq', 2.8, 'per_1000', 2025, '2.8'],
      ['family_doctor_signing_rate', 'eq', 70, 'percent', 2025, '70%'],
    ]);
    expect(ctx.skipped.map((s) => [s.quote, s.reason])).toEqual([
      ['80', 'a baseline (2022), not a target'],
      ['——', 'no target for 2025 (——)'],
      ['2.1', 'a baseline (2022), not a target'],
      ['50%', 'a baseline (2022), not a target'],
      ['建设完成', 'not a quantified target (no number)'],
    ]);
    for (const d of ctx.drafts) expect(doc.clean.raw.slice(d.start, d.end)).toBe(d.quote);
  });
});
