// Responsibilities written in sentences (issue 14 §9): one hand-written sentence per rule, and sentences that are not.
import { describe, expect, it } from 'vitest';
import { planFromText, vocab } from '../test-support/corpus.ts';
import { extractResponsibilities } from './extract-responsibilities.ts';

describe('responsibilities in sentences (issue 14 §9)', () => {
  const rowsIn = (body: string, heading = '一、保障措施') =>
    extractResponsibilities(planFromText(`某县实施方案\n\n${heading}\n\n${body}\n`), vocab).rows;
  const brief = (body: string, heading?: string) =>
    rowsIn(body, heading).map((r) => [r.role, r.agency_zh, r.agency_norm_zh, r.source_kind]);
  // [rule, text, rows as [role, agency as written, agency with its level, source]]
  it.each([
    [
      '由X牵头，Y、Z和W配合，做好…',
      '由县医保局牵头，县财政局、县卫健局和县税务局配合，做好参保扩面工作。',
      [
        ['lead', '县医保局', '县医保局', 'prose'],
        ['partner', '县财政局', '县财政局', 'prose'],
        ['partner', '县卫健局', '县卫健局', 'prose'],
        ['partner', '县税务局', '县税务局', 'prose'],
      ],
    ],
    [
      'X牵头，Y、Z按职责分工负责',
      '县卫生健康局牵头，县财政局、县人社局按职责分工负责，确保各项任务落实。',
      [
        ['lead', '县卫生健康局', '县卫生健康局', 'prose'],
        ['partner', '县财政局', '县财政局', 'prose'],
        ['partner', '县人社局', '县人社局', 'prose'],
      ],
    ],
    [
      'X负责…，Y协助',
      '县卫生健康局负责制定医共体考核办法，县医保局协助。',
      [
        ['lead', '县卫生健康局', '县卫生健康局', 'prose'],
        ['partner', '县医保局', '县医保局', 'prose'],
      ],
    ],
    [
      'a governing body that leads alone: X牵头建立…',
      '省人民政府办公厅牵头建立医改工作联席会议制度。',
      [['lead', '省人民政府办公厅', '省人民政府办公厅', 'prose']],
    ],
    [
      'a department with its second nameplate is one agency',
      '评价工作由市卫生健康委员会（市中医药管理局）牵头，市医保局配合。',
      [
        ['lead', '市卫生健康委员会（市中医药管理局）', '市卫生健康委员会（市中医药管理局）', 'prose'],
        ['partner', '市医保局', '市医保局', 'prose'],
      ],
    ],
    [
      'a bare department takes the level of the name before it',
      '由市医改办牵头，财政局、卫生计生委配合，完善投入政策。',
      [
        ['lead', '市医改办', '市医改办', 'prose'],
        ['partner', '财政局', '市财政局', 'prose'],
        ['partner', '卫生计生委', '市卫生计生委', 'prose'],
      ],
    ],
    [
      'partners that are no named body leave the lead alone',
      '由县卫健局牵头，各有关部门配合，抓好落实。',
      [['lead', '县卫健局', '县卫健局', 'prose']],
    ],
    [
      'a 各-category of governments leads',
      '各乡镇人民政府负责组织动员，县医保局配合。',
      [
        ['lead', '各乡镇人民政府', '各乡镇人民政府', 'prose'],
        ['partner', '县医保局', '县医保局', 'prose'],
      ],
    ],
    [
      'X会同Y、Z制定…',
      '由县卫健局会同县财政局、县医保局制定医共体绩效考核办法。',
      [
        ['lead', '县卫健局', '县卫健局', 'prose'],
        ['partner', '县财政局', '县财政局', 'prose'],
        ['partner', '县医保局', '县医保局', 'prose'],
      ],
    ],
    [
      'a modal word before the verb: X要会同Y…',
      '县医保局要会同县卫健局完善总额付费办法。',
      [
        ['lead', '县医保局', '县医保局', 'prose'],
        ['partner', '县卫健局', '县卫健局', 'prose'],
      ],
    ],
    [
      'in brackets after the task: …（X牵头，Y配合）',
      '推进医保支付方式改革（县医保局牵头，县财政局、县卫健局配合）。',
      [
        ['lead', '县医保局', '县医保局', 'prose'],
        ['partner', '县财政局', '县财政局', 'prose'],
        ['partner', '县卫健局', '县卫健局', 'prose'],
      ],
    ],
    [
      'X牵头，会同Y、Z…',
      '由市卫健委牵头，会同市财政局、市医保局制定实施细则。',
      [
        ['lead', '市卫健委', '市卫健委', 'prose'],
        ['partner', '市财政局', '市财政局', 'prose'],
        ['partner', '市医保局', '市医保局', 'prose'],
      ],
    ],
    [
      'a list label before the lead: (1)X牵头，Y配合',
      '(1)县卫健局牵头，县医保局配合，做好家庭医生签约服务。',
      [
        ['lead', '县卫健局', '县卫健局', 'prose'],
        ['partner', '县医保局', '县医保局', 'prose'],
      ],
    ],
    [
      'a gloss in brackets inside the partner list',
      '由县卫健局牵头，县医保局、县人民医院（医共体总院）配合，推进医防融合。',
      [
        ['lead', '县卫健局', '县卫健局', 'prose'],
        ['partner', '县医保局', '县医保局', 'prose'],
        ['partner', '县人民医院（医共体总院）', '县人民医院（医共体总院）', 'prose'],
      ],
    ],
    [
      'X为牵头单位，Y为配合单位',
      '县卫健局为牵头单位，县财政局为配合单位，抓好落实。',
      [
        ['lead', '县卫健局', '县卫健局', 'prose'],
        ['partner', '县财政局', '县财政局', 'prose'],
      ],
    ],
  ])('%s', (_rule, text, rows) => {
    expect(brief(text)).toEqual(rows);
  });

  it('the task of a bracketed statement is the words before the bracket', () => {
    expect(rowsIn('推进医保支付方式改革（县医保局牵头，县财政局配合）。').map((r) => r.task_zh)).toEqual([
      '推进医保支付方式改革',
      '推进医保支付方式改革',
    ]);
  });

  it.each([
    ['a relative clause describes a body', '成立由县委和县政府牵头，相关部门参与的医共体管理委员会。'],
    ['the lead is not the subject of its clause', '卫生健康部门要加强指导，会同医改办牵头制定技术文件。'],
    ['an alliance, not a task', '由县人民医院牵头，成员单位为东坪镇卫生院、西坪乡卫生院，组建医共体。'],
    ['负责 with nobody helping', '本办法由县卫生健康局负责解释。'],
    ['a hospital that leads alone', '县人民医院牵头组建胸痛中心。'],
  ])('no row: %s', (_why, text) => {
    expect(rowsIn(text)).toEqual([]);
  });

  it('keeps the task (run-in heading, else the words after the agencies), the deadline and the sentence as quote', () => {
    const doc = planFromText(
      '某县实施方案\n\n一、保障措施\n\n（二）完善医保支付。由市医保局牵头，市卫健委配合，2024年底前制定总额付费办法。\n\n由县医保局牵头，县财政局配合，做好参保扩面工作。\n',
    );
    const rows = extractResponsibilities(doc, vocab).rows;
    expect(rows.map((r) => [r.task_id, r.task_zh, r.agency_zh, r.deadline_zh, r.deadline])).toEqual([
      ['test-t01', '完善医保支付', '市医保局', '2024年底前', '2024-12'],
      ['test-t01', '完善医保支付', '市卫健委', '2024年底前', '2024-12'],
      ['test-t02', '做好参保扩面工作', '县医保局', null, null],
      ['test-t02', '做好参保扩面工作', '县财政局', null, null],
    ]);
    for (const r of rows) expect(doc.clean.raw.slice(r.start, r.end)).toBe(r.quote);
    expect(rows[0]?.quote).toBe('由市医保局牵头，市卫健委配合，2024年底前制定总额付费办法');
  });

  it('a bracketed note is read once, as a note', () => {
    const rows = rowsIn('推进医保支付改革。（牵头单位：县医保局；配合单位：县财政局）');
    expect(rows.map((r) => [r.role, r.agency_zh, r.source_kind])).toEqual([
      ['lead', '县医保局', 'note'],
      ['partner', '县财政局', 'note'],
    ]);
  });
});
