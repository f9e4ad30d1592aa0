// Target tables: cells as quantities, year columns, and a whole table read from a hand-written plan.
import { describe, expect, it } from 'vitest';
import { planFromText, vocab } from '../../test-support/corpus.ts';
import { createContext } from './context.ts';
import { compileLexicon } from './lexicon.ts';
import { rawSpanOf } from '../locate.ts';
import type { ParsedDocument, Table, TableCell } from '../types.ts';
import { extractTable, parseCellQuantity, unitOfColumn, yearOfHeader } from './table.ts';

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
    ['2025年（目标值）', 2025],
    ['“十四五”末', 2025],
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

/**
 * A Table as the structure stage gives one (header + rows of cells with offsets), built here from the lines of a
 * parsed plan that hold `|`: a Markdown pipe table, or rows with their cells joined by `|`.
 */
function pipeTable(doc: ParsedDocument): Table {
  const rows: TableCell[][] = [];
  for (const p of doc.paragraphs) {
    if (!p.text.includes('|') || /^\|?\s*-{3}/.test(p.text)) continue;
    const cells: TableCell[] = [];
    let at = 0;
    for (const part of p.text.split('|')) {
      const lead = part.length - part.trimStart().length;
      const text = part.trim();
      const s = p.cleanStart + at + lead;
      if (text !== '' || (at > 0 && at + part.length < p.text.length)) {
        const span = rawSpanOf(doc.clean, s, s + text.length);
        cells.push({ text, cleanStart: s, cleanEnd: s + text.length, start: span.start, end: span.end });
      }
      at += part.length + 1;
    }
    rows.push(cells);
  }
  const [header, ...body] = rows;
  return { tableId: 't1', sectionId: 's1', header: header ?? [], rows: body, start: 0, end: 0 };
}

/** Mentions of a plan whose only table is written with `|`, as [indicator, comparator, value, unit, year, binding]. */
function readPipe(title: string, lines: string[]) {
  const doc = planFromText([title, '', '一、主要指标', '', ...lines, ''].join('\n'));
  const ctx = createContext(doc, vocab);
  const t = pipeTable(doc);
  extractTable(ctx, t);
  for (const d of ctx.drafts) expect(doc.clean.raw.slice(d.start, d.end)).toBe(d.quote);
  return {
    rows: ctx.drafts.map((d) => [
      d.indicator_id || d.indicator_zh,
      d.comparator,
      d.value,
      d.unit,
      d.target_year,
      d.binding,
    ]),
    skipped: ctx.skipped.map((s) => `${s.quote}: ${s.reason}`),
  };
}

describe('extractTable: indicator tables as the structure stage reads them', () => {
  it('a 十四五 table: the 2020 column is a baseline; units from the unit column; 属性 gives binding', () => {
    const r = readPipe('某区“十四五”卫生健康事业发展规划', [
      '| 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性 |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 1 | 人均预期寿命 | 岁 | 78.2 | ≥79 | 预期性 |',
      '| 2 | 孕产妇死亡率 | 1/10万 | 12.4 | <11 | 预期性 |',
      '| 3 | 婴儿死亡率 | ‰ | 4.1 | <4.5 | 预期性 |',
      '| 4 | 居民健康素养水平 | % | 22.5 | >28 | 预期性 |',
      '| 5 | 每千常住人口执业（助理）医师数 | 人 | 2.6 | 3.2 | 预期性 |',
      '| 6 | 每千常住人口医疗卫生机构床位数 | 张 | 5.9 | 6.6 | 预期性 |',
      '| 7 | 个人卫生支出占卫生总费用的比重 | % | 27.1 | ≤26 | 约束性 |',
      '| 8 | 县域内就诊率 | % | 87.4 | 90以上 | 约束性 |',
    ]);
    expect(r.rows).toEqual([
      ['life_expectancy', 'ge', 79, 'age_years', 2025, 'indicative'],
      ['maternal_mortality', 'le', 11, 'per_100000', 2025, 'indicative'],
      ['infant_mortality', 'le', 4.5, 'per_mille', 2025, 'indicative'],
      ['health_literacy', 'ge', 28, 'percent', 2025, 'indicative'],
      ['physicians_per_1000', 'eq', 3.2, 'per_1000', 2025, 'indicative'],
      ['beds_per_1000', 'eq', 6.6, 'per_1000', 2025, 'indicative'],
      ['out_of_pocket_share', 'le', 26, 'percent', 2025, 'binding'],
      ['county_visit_rate', 'ge', 90, 'percent', 2025, 'binding'],
    ]);
    expect(r.skipped).toContain('78.2: a baseline (2020), not a target');
  });

  it('a row short of its unit cell is aligned from the right; a ratio cell 1:X is a ratio', () => {
    const r = readPipe('某县“十四五”卫生健康事业发展规划', [
      '序号|指标名称|单位|2020年|2025年|指标属性',
      '1|家庭医生签约服务覆盖率|%|36|≥45|预期性',
      '2|县域内就诊率|85.5|≥90|约束性',
      '3|医护比|—|1:1.05|1:1.2|预期性',
    ]);
    expect(r.rows).toEqual([
      ['family_doctor_signing_rate', 'ge', 45, 'percent', 2025, 'indicative'],
      ['county_visit_rate', 'ge', 90, 'percent', 2025, 'binding'],
      ['doctor_nurse_ratio', 'eq', 1.2, 'ratio', 2025, 'indicative'],
    ]);
  });

  it('year columns of a three-year plan; a unit column in 万人 scales the value', () => {
    const r = readPipe('某市医共体建设三年行动计划（2024—2026年）', [
      '指标|单位|2024年|2025年|2026年',
      '县域内就诊率|%|88|89|90',
      '慢病患者基层规范管理人数|万人|10|11.5|13',
    ]);
    expect(r.rows).toEqual([
      ['county_visit_rate', 'eq', 88, 'percent', 2024, ''],
      ['county_visit_rate', 'eq', 89, 'percent', 2025, ''],
      ['county_visit_rate', 'eq', 90, 'percent', 2026, ''],
      ['慢病患者基层规范管理人数', 'eq', 100000, 'persons', 2024, ''],
      ['慢病患者基层规范管理人数', 'eq', 115000, 'persons', 2025, ''],
      ['慢病患者基层规范管理人数', 'eq', 130000, 'persons', 2026, ''],
    ]);
  });

  it('a year a note calls the base is a baseline column, even without a plan period', () => {
    const r = readPipe('某区卫生健康发展规划', [
      '指标|单位|2020年|2025年',
      '县域内就诊率|%|86|90',
      '注：2020年为基期值',
    ]);
    expect(r.rows).toEqual([['county_visit_rate', 'eq', 90, 'percent', 2025, '']]);
  });
});

describe('unitOfColumn', () => {
  it.each([
    ['%', 'percent', 1],
    ['‰', 'per_mille', 1],
    ['1/10万', 'per_100000', 1],
    ['/10万', 'per_100000', 1],
    ['岁', 'age_years', 1],
    ['张', 'count', 1], // beds only when the indicator names 床 (unitInContext)
    ['万人', 'persons', 10000],
    ['万元', 'yuan_10k', 1],
    ['亿元', 'yuan_100m', 1],
    ['天', 'days', 1],
  ])('%s → %s × %s', (cell, unit, scale) => expect(unitOfColumn(cell, lex)).toEqual({ unit, scale, unknown: false }));
  it.each(['—', '', '/'])('%j names no unit', (cell) => expect(unitOfColumn(cell, lex)).toBeNull());
  it('an unknown unit is kept as written', () =>
    expect(unitOfColumn('艘', lex)).toEqual({ unit: '艘', scale: 1, unknown: true }));
});

describe('parseCellQuantity: ratios and strict signs', () => {
  it.each([
    ['1:1.25', { comparator: 'eq', value: 1.25, valueMax: null, unit: 'ratio' }],
    ['>30', { comparator: 'ge', value: 30, valueMax: null, unit: '' }],
    ['<5', { comparator: 'le', value: 5, valueMax: null, unit: '' }],
    ['90以上', { comparator: 'ge', value: 90, valueMax: null, unit: '' }],
    ['4.5‰', { comparator: 'eq', value: 4.5, valueMax: null, unit: 'per_mille' }],
  ])('%s', (cell, want) => expect(parseCellQuantity(cell, lex)).toEqual(want));
});
