// Tables in the layouts plans use: tab-separated rows, Markdown pipes (with or without outer pipes, full-width ｜),
// rows flattened into one line, a whole table on one line, shifted rows, group rows, captions, repeated headers.
import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/lib/text/index.ts';
import { planFromText } from '../test-support/corpus.ts';
import { splitCells, splitFlatRows } from './table-cells.ts';
import { normalizeText } from './normalize.ts';
import { alignRow, columnKind } from './table-align.ts';
import type { ParsedDocument, Table, TableCell } from './types.ts';

const texts = (cells: readonly TableCell[]) => cells.map((c) => c.text).join('|');
const grid = (t: Table) => [texts(t.header), ...t.rows.map(texts)];
const squeeze = (s: string) => foldWidth(s).replace(/\s+/g, '');

/** Every cell of every table quotes the raw text it stands for. */
function expectCellsQuoteRaw(doc: ParsedDocument): void {
  for (const t of doc.tables)
    for (const c of [...t.header, ...t.rows.flat()]) {
      expect(squeeze(doc.clean.raw.slice(c.start, c.end))).toBe(squeeze(c.text));
      expect(doc.clean.text.slice(c.cleanStart, c.cleanEnd)).toBe(c.text);
    }
}

const plan = (table: string) =>
  `某区卫生健康规划\n\n二、发展目标\n\n主要指标如下：\n\n${table}\n\n三、主要任务\n\n推进建设。\n`;

const INDICATORS = [
  '序号|指标|单位|2020年|2025年|属性',
  '1|人均预期寿命|岁|79.6|≥80.5|预期性',
  '2|孕产妇死亡率|1/10万|11.2|<10|预期性',
  '3|居民健康素养水平|%|24.3|>30|预期性',
  '4|个人卫生支出占比|%|26.5|≤25|约束性',
  '5|县域内就诊率|%|88.1|83|预期性',
];

describe('tables in the layouts plans use', () => {
  it.each([
    [
      'Markdown pipes with outer pipes and the delimiter row',
      [
        '| 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性 |',
        '| --- | --- | :---: | --- | --- | --- |',
        '| 1 | 人均预期寿命 | 岁 | 79.6 | ≥80.5 | 预期性 |',
        '| 2 | 孕产妇死亡率 | 1/10万 | 11.2 | <10 | 预期性 |',
        '| 3 | 居民健康素养水平 | % | 24.3 | >30 | 预期性 |',
        '| 4 | 个人卫生支出占比 | % | 26.5 | ≤25 | 约束性 |',
        '| 5 | 县域内就诊率 | % | 88.1 | 83 | 预期性 |',
      ].join('\n'),
    ],
    ['pipes without outer pipes or delimiter row', INDICATORS.join('\n')],
    ['full-width ｜', INDICATORS.map((r) => r.replace(/\|/g, '｜')).join('\n')],
    ['tab-separated', INDICATORS.map((r) => r.replace(/\|/g, '\t')).join('\n')],
    ['a whole table on one line, rows opened by their serial numbers', INDICATORS.join(' ')],
    ['a header line, then all rows on one line', `${INDICATORS[0]!}\n${INDICATORS.slice(1).join(' ')}`],
    [
      'a header repeated after a page break',
      `${INDICATORS.slice(0, 3).join('\n')}\n\n${INDICATORS[0]!}\n${INDICATORS.slice(3).join('\n')}`,
    ],
  ])('%s', (_label, table) => {
    const doc = planFromText(plan(table));
    expect(doc.tables).toHaveLength(1);
    expect(grid(doc.tables[0]!)).toEqual(INDICATORS);
    expect(doc.tables[0]!.sectionId).toBe('s2');
    expect(doc.sections.map((s) => s.sectionId)).toEqual(['preamble', 's2', 's3']);
    expectCellsQuoteRaw(doc);
    // Rows are table rows, never prose for the paragraph extractors.
    expect(doc.paragraphs.filter((p) => /预期性/.test(p.text)).every((p) => p.kind === 'table-row')).toBe(true);
  });

  it('a whole table on one line without serial numbers splits at the header width', () => {
    const doc = planFromText(plan('指标|单位|2025年 县域内就诊率|%|90 基层就诊率|%|65'));
    expect(grid(doc.tables[0]!)).toEqual(['指标|单位|2025年', '县域内就诊率|%|90', '基层就诊率|%|65']);
    expect(doc.notes.some((n) => n.code === 'table-flattened')).toBe(true);
  });

  it.each([
    [
      'a missing 序号',
      '|人均预期寿命|岁|79.6|≥80.5|预期性',
      '|人均预期寿命|岁|79.6|≥80.5|预期性',
      '人均预期寿命|岁|79.6|≥80.5|预期性',
    ],
    [
      'an empty unit cell left out',
      '8|县域内就诊率|86.5|≥90|约束性',
      '8|县域内就诊率||86.5|≥90|约束性',
      '8|县域内就诊率|86.5|≥90|约束性',
    ],
  ])('a shifted row (%s) is aligned to the header by what its cells hold', (_label, row, aligned, written) => {
    const doc = planFromText(plan(`${INDICATORS.slice(0, 2).join('\n')}\n${row}`));
    const t = doc.tables[0]!;
    expect(texts(t.rows[1]!)).toBe(aligned);
    expect(t.aligned?.map((a) => [a.row, texts(a.written)])).toEqual([[1, written]]);
    const empty = t.rows[1]!.find((c) => c.text === '')!;
    expect(empty.start).toBe(empty.end);
    expect(doc.notes.filter((n) => n.code === 'table-row-aligned')).toHaveLength(1);
  });

  it('a row whose placement is ambiguous is kept as written, with a warning', () => {
    const doc = planFromText(plan(`${INDICATORS.slice(0, 2).join('\n')}\n2|孕产妇死亡率|1/10万|<10|预期性`));
    expect(texts(doc.tables[0]!.rows[1]!)).toBe('2|孕产妇死亡率|1/10万|<10|预期性');
    expect(doc.notes.find((n) => n.code === 'table-row-shifted')?.severity).toBe('warning');
  });

  it.each([
    [
      'a tab table',
      '序号\t指标\t单位\t2025年\n一、健康水平\n1\t人均预期寿命\t岁\t80\n二、健康服务\n2\t县域内就诊率\t%\t90',
    ],
    [
      'a pipe table',
      '| 序号 | 指标 | 单位 | 2025年 |\n|---|---|---|---|\n| 一、健康水平 | | | |\n| 1 | 人均预期寿命 | 岁 | 80 |\n| 二、健康服务 | | | |\n| 2 | 县域内就诊率 | % | 90 |',
    ],
  ])('group rows spanning %s label the rows after them and open no section', (_label, table) => {
    const doc = planFromText(plan(table));
    const t = doc.tables[0]!;
    expect(t.rows.map((r) => r[1]!.text)).toEqual(['人均预期寿命', '县域内就诊率']);
    expect(t.groups?.map((g) => [g.beforeRow, g.cell.text])).toEqual([
      [0, '一、健康水平'],
      [1, '二、健康服务'],
    ]);
    expect(doc.sections.map((s) => s.sectionId)).toEqual(['preamble', 's2', 's3']);
    expectCellsQuoteRaw(doc);
  });

  it('a heading after a table that opens a differently shaped table is a heading', () => {
    const doc = planFromText(
      '某方案\n\n一、指标\n\n指标\t2025年\n县域内就诊率\t90\n二、任务\n序号\t任务\t牵头单位\n1\t组建医共体\t县卫健局\n',
    );
    expect(doc.sections.map((s) => s.sectionId)).toEqual(['preamble', 's1', 's2']);
    expect(doc.tables.map((t) => t.sectionId)).toEqual(['s1', 's2']);
  });

  it.each([
    ['表1 “十四五”时期主要指标', '表1 “十四五”时期主要指标'],
    ['专栏2 健康服务主要指标', '专栏2健康服务主要指标'],
    ['重点任务分工表', '重点任务分工表'],
    ['主要指标如下：', undefined],
  ])('caption %s', (line, caption) => {
    const doc = planFromText(`某方案\n\n一、指标\n\n${line}\n指标\t2025年\n县域内就诊率\t90\n`);
    expect(doc.tables[0]!.caption?.text).toBe(caption);
  });

  it('notes under a table are its footnotes; a table after them is another table', () => {
    const doc = planFromText(
      '某方案\n\n一、指标\n\n指标\t2020年\t2025年\n县域内就诊率\t88\t90\n注：2020年为基期值。\n说明：数据来源于卫生统计年鉴。\n序号\t任务\n1\t组建医共体\n',
    );
    expect(doc.tables.map((t) => (t.footnotes ?? []).map((f) => f.text))).toEqual([
      ['注:2020年为基期值。', '说明:数据来源于卫生统计年鉴。'],
      [],
    ]);
    expect(doc.tables[1]!.rows.map((r) => r[1]!.text)).toEqual(['组建医共体']);
  });

  it('pipes inside a sentence do not make a table', () => {
    const n = normalizeText('p.txt', '推进DRG|DIP支付方式改革，覆盖所有统筹地区。\n');
    expect(n.lines[0]!.tabular).toBe(false);
  });
});

describe('splitFlatRows and alignRow', () => {
  it.each([
    ['序号', 'serial'],
    ['单位', 'unit'],
    ['牵头单位', 'text'],
    ['2020年（基期）', 'value'],
    ['目标值', 'value'],
    ['指标属性', 'attribute'],
    ['指标名称', 'text'],
  ] as const)('columnKind(%s) = %s', (h, kind) => expect(columnKind(h)).toBe(kind));

  it.each([
    ['1|县域内就诊率|%|90', 4, true, null],
    ['1|县域内就诊率|%|90 2|基层就诊率|%|65', 4, true, ['1|县域内就诊率|%|90', '2|基层就诊率|%|65']],
    [
      '序号|指标|2025年 1|县域内就诊率|90 2|基层就诊率|65',
      null,
      true,
      ['序号|指标|2025年', '1|县域内就诊率|90', '2|基层就诊率|65'],
    ],
    ['县域内就诊率|90 基层就诊率|65', 2, false, ['县域内就诊率|90', '基层就诊率|65']],
    ['县域内就诊率|90|基层就诊率|65', 2, false, ['县域内就诊率|90', '基层就诊率|65']],
    [
      '1|县域内就诊率|%|90 基层就诊率|%|65 3|住院占比|%|85',
      4,
      true,
      ['1|县域内就诊率|%|90', '基层就诊率|%|65', '3|住院占比|%|85'],
    ],
    [
      '序号|指标|单位|2025年 1|县域内就诊率|%|90 基层就诊率|%|65 3|住院占比|%|85',
      null,
      true,
      ['序号|指标|单位|2025年', '1|县域内就诊率|%|90', '基层就诊率|%|65', '3|住院占比|%|85'],
    ],
  ] as const)('splitFlatRows(%s, %s columns, numbered %s)', (line, columns, numbered, rows) => {
    const n = normalizeText('p.txt', `${line}\n`);
    const cells = splitCells(n.clean, 0, n.lines[0]!.cleanEnd, '|');
    expect(splitFlatRows(n.clean, cells, columns, numbered)?.map(texts) ?? null).toEqual(rows);
  });

  it('aligns nothing when the row is as wide as the header', () => {
    const doc = planFromText(plan(INDICATORS.slice(0, 2).join('\n')));
    const t = doc.tables[0]!;
    expect(alignRow(doc.clean, t.header, t.rows[0]!)).toBeNull();
  });
});
