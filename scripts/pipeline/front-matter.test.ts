import { describe, expect, it } from 'vitest';
import { corpusDoc, planFromText } from '../test-support/corpus.ts';
import { parseIsoDate } from './front-matter.ts';

describe('front matter of the corpus', () => {
  it.each([
    [
      'guyuan',
      '固原市全面开展县（区）域综合医改实施方案',
      'text',
      '固医改发〔2020〕1号',
      '2020-12-14',
      '固原市深化医药卫生体制改革工作领导小组',
    ],
    [
      'yulin',
      '加快推进玉林医疗联合体建设和发展实施方案',
      'text',
      '玉政办发〔2017〕55号',
      '2017-09-20',
      '玉林市人民政府办公室',
    ],
    [
      'jieshou',
      '界首市推进综合医改省级试点示范工作实施方案',
      'text',
      '界政办秘〔2023〕6号',
      '2023-04-10',
      '界首市人民政府办公室',
    ],
    ['hangjin', '杭锦旗紧密型县域医疗卫生服务共同体建设实施方案（试行）', 'text', null, null, null],
    ['henan', '关于加快推进紧密型县域医疗卫生共同体建设的意见', 'manifest', null, null, null],
  ] as const)('%s', (id, title, titleOrigin, docNumber, date, issuer) => {
    const f = corpusDoc(id).front;
    expect(f).toMatchObject({ titleZh: title, titleOrigin, docNumber, issueDate: date, issuerZh: issuer });
  });

  it.each([
    ['guyuan', '各县（区）深化医药卫生体制改革工作领导小组，市深化医药卫生体制改革工作领导小组各成员单位'],
    ['henan', '各省辖市人民政府、济源示范区管委会、各省直管县（市）人民政府，省人民政府各部门'],
    ['hangjin', '杭锦经济开发区管委会，各苏木镇人民政府，旗人民政府各部门，各直属单位，各企事业单位'],
    ['jieshou', '各乡、镇、街道，市直有关单位'],
  ] as const)('recipients of %s', (id, recipients) => {
    expect(corpusDoc(id).front.recipientsZh).toBe(recipients);
  });

  it('separates the cover notice from the plan body', () => {
    const g = corpusDoc('guyuan');
    expect(g.clean.raw.slice(g.front.bodyStart).startsWith('固原市全面开展县（区）域综合医改实施方案')).toBe(true);
    expect(g.clean.raw.slice(g.front.notice!.start, g.front.notice!.end)).toContain(
      '现将《固原市全面开展县（区）域综合医改实施方案》印发给你们',
    );
    expect(corpusDoc('henan').front.notice).toBeNull();
  });

  it('yulin: two attachments referenced, neither present', () => {
    const a = corpusDoc('yulin').front.attachments;
    expect(a.map((x) => [x.labelZh, x.titleZh, x.present])).toEqual([
      ['附件1', '玉林医疗联合体体系结构图', false],
      ['附件2', '玉林县域医共体建设和发展考核评价指标（试行）', false],
    ]);
  });

  it('jieshou: two attachments, both present as annexes; guyuan: one, present', () => {
    expect(corpusDoc('jieshou').front.attachments.map((x) => x.present)).toEqual([true, true]);
    expect(corpusDoc('guyuan').front.attachments.map((x) => [x.titleZh, x.present])).toEqual([
      ['固原市全面开展县（区）域综合医改工作任务分工及完成时限', true],
    ]);
  });

  it('citations of other documents by number', () => {
    expect(corpusDoc('guyuan').front.citations.map((c) => c.docNumber)).toEqual([
      '宁医改发〔2020〕3号',
      '宁卫办发〔2019〕119号',
      '宁政办发〔2015〕130号',
    ]);
    expect(corpusDoc('yulin').front.citations.map((c) => c.docNumber)).toContain('国办发〔2017〕32号');
    expect(corpusDoc('jieshou').front.citations.map((c) => c.docNumber)).toContain('皖医改〔2023〕3号');
  });
});

describe('parseIsoDate', () => {
  it.each([
    ['2020年12月14日', '2020-12-14'],
    ['2020 年 1 月 5 日', '2020-01-05'],
    ['二〇二一年三月五日', '2021-03-05'],
    ['二〇二三年十二月三十一日', '2023-12-31'],
    ['2021年2月30日', null],
    ['2020年12月', null],
  ])('%s → %s', (s, iso) => expect(parseIsoDate(s)).toBe(iso));
});

describe('front matter of plans in other layouts', () => {
  it('a plan with no notice takes its first title-shaped line as the title', () => {
    const doc = planFromText(
      '某县医共体建设工作方案\n\n为推进改革，制定本方案。\n\n一、目标\n\n到2022年，建成医共体。\n',
    );
    expect(doc.front).toMatchObject({
      titleZh: '某县医共体建设工作方案',
      titleOrigin: 'text',
      docNumber: null,
      notice: null,
    });
  });
});

describe('titles, issuers and dates of plans in other layouts', () => {
  it.each([
    ['an annual work plan', '2023年全省卫生健康工作要点\n\n2023年是开局之年。\n', '2023年全省卫生健康工作要点'],
    ['a task list', '2024年全省深化医改重点工作任务\n\n一、扩容\n', '2024年全省深化医改重点工作任务'],
    [
      'a year range after the title',
      '某县医共体建设规划（2023—2025年）\n\n一、目标\n',
      '某县医共体建设规划（2023—2025年）',
    ],
    ['（试行） and a year range', '某县办法（试行）(2024-2026年)\n\n第一条 总则。\n', '某县办法（试行）(2024-2026年)'],
    [
      'a reposted summary (（摘要）)',
      '某市医疗保障事业发展“十四五”规划（摘要）\n\n一、发展回顾\n',
      '某市医疗保障事业发展“十四五”规划（摘要）',
    ],
    ['an excerpt (（节选）)', '某县卫生健康工作要点（节选）\n\n一、重点\n', '某县卫生健康工作要点（节选）'],
    [
      'a notice that is the document itself',
      '某县卫生健康局关于组建医共体的通知\n\n各乡镇：\n\n现通知如下。\n',
      '某县卫生健康局关于组建医共体的通知',
    ],
    [
      'a title split over two lines',
      '某州全面推进紧密型县域医疗卫生\n共同体建设实施方案\n\n为推进建设，制定本方案。\n',
      '某州全面推进紧密型县域医疗卫生共同体建设实施方案',
    ],
    ['a Markdown title', '# 某县三年行动方案（2024—2026年）\n\n## 一、目标\n', '某县三年行动方案（2024—2026年）'],
    ['an action with its years', '健康某市行动（2020—2030年）\n\n一、目标\n', '健康某市行动（2020—2030年）'],
  ])('%s', (_label, text, title) => {
    expect(planFromText(text).front).toMatchObject({ titleZh: title, titleOrigin: 'text' });
  });

  it.each([
    ['关于印发某县方案的通知\n\n各乡镇：\n\n现将《某县方案》印发给你们。\n', null],
    ['某县人民政府文件\n关于印发某县方案的通知\n\n一、目标\n', null],
    ['为推进改革，制定本方案。\n\n一、目标\n', null],
    ['（一）实施健康知识普及行动\n\n到2025年，健康素养水平达到30%。\n', null],
  ])('no title: %s', (text, title) => {
    expect(planFromText(text).front.titleZh).toBe(title);
  });

  it.each([
    [
      'the signature at the end of a notice',
      '某县卫生健康局关于组建医共体的通知\n\n全县组建2个医共体。\n\n某县卫生健康局\n2024年3月12日\n',
      '某县卫生健康局',
      '2024-03-12',
    ],
    [
      'a signature followed by （此件公开发布）',
      '某市实施意见\n\n一、目标\n\n推进建设。\n\n某市人民政府\n2020年9月21日\n（此件公开发布）\n',
      '某市人民政府',
      '2020-09-21',
    ],
    [
      'the body named in its own title, no signature',
      '某市人民政府关于推进健康某市行动的实施意见\n\n一、目标\n\n推进建设。\n',
      '某市人民政府',
      null,
    ],
    [
      'a sentence citing a sending notice names no issuer',
      '某县关于做好工作的通知\n\n根据《关于印发某标准的通知》要求，现通知如下。\n\n一、目标\n',
      null,
      null,
    ],
  ])('%s', (_label, text, issuer, date) => {
    expect(planFromText(text).front).toMatchObject({ issuerZh: issuer, issueDate: date });
  });
});
