// The segmentation passes one by one, on hand-written plans in the layouts the corpus uses.
import { describe, expect, it } from 'vitest';
import { planFromText } from '../test-support/corpus.ts';

describe('attachment list', () => {
  it.each([
    // jieshou: 附件：1. X then numbered items
    [
      '附件：1.界首市医共体建设任务分工\n2.主要指标.doc',
      [
        ['附件1', '界首市医共体建设任务分工'],
        ['附件2', '主要指标'],
      ],
    ],
    // guyuan: one attachment named after 附件：
    ['附件：重点任务分工表', [['附件', '重点任务分工表']]],
    // yulin: 附件1 X.doc lines under 附件：
    [
      '附件：\n附件1 玉林医疗联合体体系结构图.doc\n附件2 名单.docx',
      [
        ['附件1', '玉林医疗联合体体系结构图'],
        ['附件2', '名单'],
      ],
    ],
  ])('%s', (list, want) => {
    const doc = planFromText(`某县方案\n\n一、总体要求\n\n推进医共体建设，详见附件。\n\n${list}\n`);
    expect(doc.front.attachments.map((a) => [a.labelZh, a.titleZh])).toEqual(want);
    expect(doc.front.attachments.every((a) => !a.present)).toBe(true);
    expect(doc.notes.filter((n) => n.code === 'attachment-missing')).toHaveLength(want.length);
  });

  it('an attachment whose content follows is present, as annex a1', () => {
    const doc = planFromText('某县方案\n\n一、总体要求\n\n推进建设。\n\n附件：任务分工\n\n序号\t任务\n1\t组建医共体\n');
    expect(doc.front.attachments.map((a) => a.present)).toEqual([true]);
    expect(doc.sections.find((s) => s.kind === 'annex')).toMatchObject({ sectionId: 'a1', headingZh: '任务分工' });
  });
});

describe('heading tree', () => {
  it('cover, preamble, parts and items nest; numbered lines inside an annex are annex content', () => {
    const doc = planFromText(
      '关于印发某县方案的通知\n\n各乡镇：\n\n现将《某县医共体建设方案》印发给你们。\n\n某县人民政府\n\n2023年1月5日\n\n某县医共体建设方案\n\n为推进建设，制定本方案。\n\n一、目标\n\n1.组建医共体。\n\n附件1\n\n名单\n\n1.县人民医院\n',
    );
    expect(doc.sections.map((s) => [s.sectionId, s.parentId, s.kind])).toEqual([
      ['cover', null, 'cover'],
      ['preamble', null, 'preamble'],
      ['s1', null, 'part'],
      ['s1.1', 's1', 'item'],
      ['a1', null, 'annex'],
    ]);
    expect(doc.paragraphs.at(-1)).toMatchObject({ sectionId: 'a1', kind: 'body' });
  });
});

describe('unlabelled roster', () => {
  it('three or more roster lines after the last section, opened by a role and colon, are annex a1', () => {
    const doc = planFromText(
      '某县方案\n\n一、组织领导\n\n成立医共体管理委员会（详见附件）。\n\n主  任：张三  县长\n\n副主任：李四  副县长\n\n成  员：王五  卫健局局长\n',
    );
    const annex = doc.sections.find((s) => s.kind === 'annex');
    expect(annex?.sectionId).toBe('a1');
    expect(doc.clean.raw.slice(annex!.start, annex!.end)).toMatch(/^主 {2}任：张三/);
    expect(doc.notes.map((n) => n.code)).toContain('annex-without-heading');
    expect(doc.front.attachments).toMatchObject([{ labelZh: '附件', present: true }]);
  });

  it('two roster lines are not enough', () => {
    const doc = planFromText('某县方案\n\n一、组织领导\n\n成立委员会。\n\n主任：张三  县长\n\n成员：王五  局长\n');
    expect(doc.sections.some((s) => s.kind === 'annex')).toBe(false);
  });
});

describe('tables', () => {
  it('a header repeated after a page break joins the table; a table after prose starts a new one', () => {
    const doc = planFromText(
      '某县方案\n\n一、分工\n\n序号\t任务\n1\t组建\n\n序号\t任务\n2\t考核\n\n二、指标\n\n说明。\n\n指标\t2025年\n就诊率\t90%\n',
    );
    expect(
      doc.tables.map((t) => [t.tableId, t.sectionId, t.header.map((c) => c.text).join('|'), t.rows.length]),
    ).toEqual([
      ['test-table1', 's1', '序号|任务', 2],
      ['test-table2', 's2', '指标|2025年', 1],
    ]);
    expect(doc.notes.map((n) => n.code)).toContain('table-header-repeated');
  });
});
