// Hand-written plans in layouts the corpus lacks (scripts/pipeline/fixtures/plans/structure-*.txt): hand-checked facts
// about their structure, front matter and tables.
import { describe, expect, it } from 'vitest';
import { planDoc } from '../test-support/corpus.ts';

const outline = (name: string) => planDoc(name).sections.map((s) => `${s.sectionId} [${s.label}] ${s.headingZh}`);

describe('a copied web page: chrome, split titles, cover notice', () => {
  const doc = planDoc('structure-web-page-copy.txt');

  it('reads the title split over two lines, the notice, and the number from the page metadata', () => {
    expect(doc.front).toMatchObject({
      titleZh: '青禾县推进紧密型县域医疗卫生共同体建设实施方案',
      docNumber: '青政办发〔2024〕19号',
      issuerZh: '青禾县人民政府办公室',
      issuerOrigin: 'text',
      issueDate: '2024-05-20',
      complete: true,
    });
    expect(doc.front.pageFacts.map((f) => [f.field, f.value])).toEqual([
      ['index_number', '11330781MB0A12345K/2024-00217'],
      ['issuer', '青禾县人民政府办公室'],
      ['doc_number', '青政办发〔2024〕19号'],
      ['written_date', '2024-05-20'],
      ['publish_date', '2024-05-23'],
      ['topic', '卫生、体育'],
    ]);
  });

  it('keeps the chrome out of the text and every section, and the body as written', () => {
    expect(doc.clean.text).not.toMatch(/索引号|首页|打印|分享|关闭窗口/);
    expect(doc.clean.text).toContain('推行扫码就医');
    expect(outline('structure-web-page-copy.txt')).toEqual([
      'cover [] 印发通知',
      'preamble [] 前言',
      's1 [一、] 工作目标',
      's2 [二、] 重点任务',
      's2.1 [（一）] 组建医共体',
      's2.2 [（二）] 推进扫码就医',
      's3 [三、] 保障措施',
    ]);
    expect(doc.notes.filter((n) => n.code === 'web-chrome').map((n) => n.where)).toEqual([
      'structure-web-page-copy.txt:1',
      'structure-web-page-copy.txt:36',
    ]);
  });
});

describe('Markdown without labels, an indicator table in full-width pipes', () => {
  const doc = planDoc('structure-markdown-unlabelled.md.txt');

  it('opens sections at unlabelled Markdown headings', () => {
    expect(outline('structure-markdown-unlabelled.md.txt')).toEqual([
      'preamble [] 前言',
      's1 [] 发展基础',
      's2 [] 发展目标',
      's2.1 [] 主要指标',
      's2.2 [] 远景目标',
      's3 [] 主要任务',
    ]);
    expect(doc.notes.some((n) => n.code === 'no-outline')).toBe(false);
  });

  it('reads the table: caption, group rows, a row without its 序号 aligned, raw offsets', () => {
    const [t] = doc.tables;
    expect(doc.tables).toHaveLength(1);
    expect(t).toMatchObject({ sectionId: 's2.1', layout: 'pipe' });
    expect(t!.caption?.text).toBe('专栏1 “十四五”卫生健康主要指标');
    expect(t!.header.map((c) => c.text)).toEqual(['序号', '指标', '单位', '2020年', '2025年', '属性']);
    expect(t!.rows.map((r) => r.map((c) => c.text).join('|'))).toEqual([
      '1|人均预期寿命|岁|78.6|≥79.5|预期性',
      '2|婴儿死亡率|‰|4.8|<4.5|预期性',
      '3|县域内就诊率|%|86.2|≥90|约束性',
      '|每千人口执业(助理)医师数|人|2.6|3.2|预期性',
    ]);
    expect(t!.groups?.map((g) => [g.beforeRow, doc.clean.raw.slice(g.cell.start, g.cell.end)])).toEqual([
      [0, '一、健康水平'],
      [2, '二、健康服务'],
    ]);
    expect(doc.clean.raw.slice(t!.rows[3]![1]!.start, t!.rows[3]![1]!.end)).toBe('每千人口执业（助理）医师数');
    expect(doc.clean.raw.slice(t!.rows[0]![4]!.start, t!.rows[0]![4]!.end)).toBe('≥79.5');
  });

  it('finds the 一是…三是 items of the last paragraph', () => {
    const last = doc.paragraphs.at(-1)!;
    expect(last.items?.map((i) => i.label)).toEqual(['一是', '二是', '三是']);
  });
});

describe('measures in chapters, sections and articles', () => {
  it('nests articles under sections and chapters, and （一） and ① under articles', () => {
    expect(outline('structure-regulation-articles.txt')).toEqual([
      'preamble [] 前言',
      's1 [第一章] 总则',
      's1.1 [第一条] 为规范县域医疗卫生共同体（以下简称医共体）运行，制定本办法',
      's1.2 [第二条] 本办法适用于本县由县级公立医院牵头组建的医共体',
      's2 [第二章] 运行目标',
      's2.1 [第一节] 服务目标',
      's2.1.3 [第三条] 到2026年，医共体应当达到以下目标：',
      's2.1.3.1 [（一）] 县域内就诊率达到90%以上；',
      's2.1.3.2 [（二）] 县域内基层就诊率达到65%以上',
      's2.2 [第二节] 管理目标',
      's2.2.4 [第四条] 医共体内统一管理的事项包括：',
      's2.2.4.1 [①] 人员统一招聘、统一培训；',
      's2.2.4.2 [②] 财务统一核算、统一管理',
      's3 [第三章] 附则',
      's3.5 [第五条] 本办法自2024年7月1日起施行',
    ]);
    expect(planDoc('structure-regulation-articles.txt').front.titleZh).toBe(
      '石桥县县域医疗卫生共同体运行管理办法（试行）',
    );
  });
});
