import { describe, expect, it } from 'vitest';
import { corpusDoc, planFromText, type CorpusId } from '../test-support/corpus.ts';
import type { ParsedDocument } from './types.ts';

const ids = (doc: ParsedDocument, pred: (s: ParsedDocument['sections'][number]) => boolean) =>
  doc.sections.filter(pred).map((s) => s.sectionId);
const parts = (doc: ParsedDocument) =>
  doc.sections.filter((s) => s.kind === 'part').map((s) => `${s.label}${s.headingZh}`);

describe('outlines of the corpus match the documents as a reader sees them', () => {
  it('guyuan: four parts 一–四, tasks 1–18 under 二, its annex table', () => {
    const doc = corpusDoc('guyuan');
    expect(parts(doc)).toEqual(['一、总体要求', '二、主要任务', '三、实施步骤', '四、工作要求']);
    const tasks = doc.sections.filter((s) => s.kind === 'item');
    expect(tasks.map((s) => Number.parseInt(s.label, 10))).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(tasks.every((s) => s.sectionId.startsWith('s2.'))).toBe(true);
    expect(doc.sections.find((s) => s.sectionId === 's2.3.10')?.headingZh).toBe('实行医保总额包干支付');
    expect(ids(doc, (s) => s.kind === 'annex')).toEqual(['a1']);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.header.map((c) => c.text)).toEqual(['序号', '工作任务', '牵头部门', '完成时限']);
    expect(doc.tables[0]!.rows).toHaveLength(17);
    expect(doc.tables[0]!.sectionId).toBe('a1');
  });

  it('jieshou: five parts and two annexes; the repeated table header is merged', () => {
    const doc = corpusDoc('jieshou');
    expect(parts(doc)).toEqual(['一、基本原则', '二、总体目标', '三、重点工作', '四、实施步骤', '五、保障措施']);
    expect(doc.sections.filter((s) => s.kind === 'annex').map((s) => [s.sectionId, s.label])).toEqual([
      ['a1', '附件 1'],
      ['a2', '附件 2'],
    ]);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows.map((r) => r[0]!.text)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    expect(doc.notes.some((n) => n.code === 'table-header-repeated' && n.where === 'jieshou.txt:148')).toBe(true);
    expect(doc.sections.find((s) => s.sectionId === 's3.2.1')).toMatchObject({
      label: '1.',
      headingZh: '推进临床重点专科建设',
    });
  });

  it('hangjin: four parts and the committee list as an annex without a heading', () => {
    const doc = corpusDoc('hangjin');
    expect(parts(doc)).toEqual(['一、总体要求', '二、建设内容', '三、主要任务', '四、工作要求']);
    const annex = doc.sections.find((s) => s.kind === 'annex')!;
    expect(doc.clean.raw.slice(annex.start, annex.end)).toMatch(/^主\s+任：张仲平/);
    expect(doc.clean.raw.slice(annex.start, annex.end).trim()).toMatch(/苏园财\s+杭锦淖尔卫生院院长$/);
    const s43 = doc.sections.find((s) => s.sectionId === 's4.3')!;
    expect(s43.end).toBeLessThanOrEqual(annex.start);
    expect(ids(doc, (s) => s.parentId === 's3.2.2')).toEqual([
      's3.2.2.1',
      's3.2.2.2',
      's3.2.2.3',
      's3.2.2.4',
      's3.2.2.5',
      's3.2.2.6',
    ]);
  });

  it('yulin: four parts, no annex', () => {
    const doc = corpusDoc('yulin');
    expect(parts(doc)).toEqual([
      '一、总体要求',
      '二、因地制宜，构建多种形式医联体模式',
      '三、落实推进医联体建设的保障政策',
      '四、组织实施',
    ]);
    expect(ids(doc, (s) => s.kind === 'annex')).toEqual([]);
    expect(doc.sections.find((s) => s.sectionId === 's3.4')?.label).toBe('(四）');
  });

  it('henan: two parts, cut short in the second', () => {
    const doc = corpusDoc('henan');
    expect(parts(doc)).toEqual(['一、总体要求', '二、工作任务']);
    expect(ids(doc, (s) => s.parentId === 's2')).toEqual(['s2.1', 's2.2', 's2.3']);
    const last = doc.sections[doc.sections.length - 1]!;
    expect(last).toMatchObject({ sectionId: 's2.3.2', headingZh: '激发乡镇卫生院运行活力' });
  });

  it.each(['guyuan', 'henan', 'hangjin', 'yulin', 'jieshou'] as const)(
    '%s: sections nest, ids are unique, headings sit at their offsets',
    (id: CorpusId) => {
      const doc = corpusDoc(id);
      const byId = new Map(doc.sections.map((s) => [s.sectionId, s]));
      expect(byId.size).toBe(doc.sections.length);
      for (const s of doc.sections) {
        const parent = s.parentId ? byId.get(s.parentId) : undefined;
        if (s.parentId) expect(parent, s.sectionId).toBeDefined();
        if (parent)
          expect(parent.start <= s.start && s.end <= parent.end, `${s.sectionId} inside ${parent.sectionId}`).toBe(
            true,
          );
        const heading = doc.clean.raw.slice(s.headingStart, s.headingEnd).replace(/[\s*#]/g, '');
        expect(heading.startsWith(s.label.replace(/\s/g, '')), s.sectionId).toBe(true);
      }
    },
  );

  it('parses twice to the same section ids', () => {
    const a = corpusDoc('guyuan').sections.map((s) => s.sectionId);
    const b = planFromText(corpusDoc('guyuan').clean.raw, 'guyuan').sections.map((s) => s.sectionId);
    expect(b).toEqual(a);
  });
});

describe('structure of plans in other layouts', () => {
  it('Markdown levels that disagree with the labels: the label decides the level', () => {
    const doc = planFromText('# 方案\n\n## 一、目标\n\n#### （一）分目标\n\n**1. 任务。**正文，内容。\n\n# 二、保障\n');
    expect(doc.sections.filter((s) => s.level > 0).map((s) => [s.sectionId, s.level, s.headingZh])).toEqual([
      ['s1', 1, '目标'],
      ['s1.1', 2, '分目标'],
      ['s1.1.1', 3, '任务'],
      ['s2', 1, '保障'],
    ]);
  });

  it('a repeated label under one parent gets a suffix instead of a clash', () => {
    const doc = planFromText('一、目标\n\n（一）甲\n\n（一）乙\n');
    expect(ids(doc, (s) => s.level === 2)).toEqual(['s1.1', 's1.1-2']);
  });
});
