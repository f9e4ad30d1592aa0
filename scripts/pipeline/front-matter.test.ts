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
