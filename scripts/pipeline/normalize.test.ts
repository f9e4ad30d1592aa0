import { describe, expect, it } from 'vitest';
import { corpusDoc, rawOf } from '../test-support/corpus.ts';
import { normalizeText } from './normalize.ts';
import { rawSpanOf } from './locate.ts';

const lineOfClean = (text: string, needle: string) => text.split('\n').find((l) => l.includes(needle)) ?? '';

describe('normalizeText on hand-written cases', () => {
  it.each([
    ['full-width digits and punctuation fold', '达到９０％以上，（一）', '达到90%以上,(一)'],
    ['Markdown heading and bold marks go', '## **（二）持续深化改革**', '(二)持续深化改革'],
    ['a bullet goes', '- 组长：张三', '组长:张三'],
    ['space between number and unit goes', '不低于 25%，2020 年 11 月', '不低于25%,2020年11月'],
    ['space inside Chinese prose goes', '落实政府医疗卫 生投入责任，加快实施', '落实政府医疗卫生投入责任,加快实施'],
    [
      'space before Latin stays',
      '全面应用健康宁夏 APP 电子健康卡，方便患者',
      '全面应用健康宁夏 APP 电子健康卡,方便患者',
    ],
    ['stray English and between Chinese reads as 和', '思想 and 党的十九大精神，', '思想和党的十九大精神,'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeText('t.txt', input).clean.text).toBe(`${expected}\n`);
  });

  it('maps every clean character to a raw character it came from', () => {
    const raw = '# 标题\n\n　　到２０２２年，达到 90% 以上，\n\n加快推进。\n';
    const { clean } = normalizeText('t.txt', raw);
    for (let i = 0; i < clean.text.length; i++) {
      const ch = clean.text[i] as string;
      if (ch === '\n') continue;
      const r = raw[clean.toRaw[i] as number] as string;
      const folded =
        r.charCodeAt(0) >= 0xff01 && r.charCodeAt(0) <= 0xff5e ? String.fromCharCode(r.charCodeAt(0) - 0xfee0) : r;
      expect(folded).toBe(ch);
    }
    expect(clean.toRaw[clean.text.length]).toBe(raw.length);
  });

  it('rejoins a paragraph cut by a page break and reports it; a heading never joins', () => {
    const n = normalizeText('t.txt', '1.优化布局。根据实际，组建医共\n\n体，推进一体化。\n\n（二）下一节\n');
    expect(n.clean.text).toBe('1.优化布局。根据实际,组建医共体,推进一体化。\n(二)下一节\n');
    expect(n.notes.filter((x) => x.code === 'page-break-join')).toHaveLength(1);
    const span = rawSpanOf(n.clean, 0, n.clean.text.indexOf('\n'));
    expect(span.quote).toBe('1.优化布局。根据实际，组建医共\n\n体，推进一体化。');
  });

  it('does not join a finished sentence or a title to what follows', () => {
    const n = normalizeText(
      't.txt',
      '固原市全面开展综合医改实施方案\n\n为认真贯彻落实，制定本方案。\n\n一、总体要求\n',
    );
    expect(n.lines).toHaveLength(3);
  });

  it('flags a text that stops mid-sentence as a truncation candidate', () => {
    const n = normalizeText('t.txt', '一、要求\n\n在当年医疗服务收入扣除成本和提取各项基\n');
    expect(n.truncated).toMatchObject({ cutMidSentence: true, line: 3 });
  });
});

describe('normalizeText on the corpus defects (shared/corpus/README.md)', () => {
  it('guyuan: 加 / 快分级诊疗制度落地 is rejoined', () => {
    const doc = corpusDoc('guyuan');
    expect(doc.clean.text).toContain('建立医防融合机制,加快分级诊疗制度落地');
    expect(doc.notes.some((n) => n.code === 'page-break-join' && n.where === 'guyuan.txt:29')).toBe(true);
  });

  it('jieshou: 智 / 慧共享中药房 is rejoined', () => {
    expect(corpusDoc('jieshou').clean.text).toContain('智慧共享中药房机制更加健全');
  });

  it('guyuan: both stray " and " are read as 和 and reported', () => {
    const doc = corpusDoc('guyuan');
    expect(doc.clean.text).toContain('中国特色社会主义思想和党的十九大');
    expect(doc.clean.text).toContain('医疗卫生健康信息平台和固原市人民医院');
    expect(doc.notes.filter((n) => n.code === 'extraction-residue')).toHaveLength(2);
    expect(rawOf('guyuan')).toContain('思想 and 党的');
  });

  it('henan: the preview notice and URL are residue, out of the clean text, and the text is truncated', () => {
    const doc = corpusDoc('henan');
    expect(doc.clean.text).not.toContain('预览已结束');
    expect(doc.clean.text).not.toContain('yunbaogao');
    expect(doc.clean.text.trimEnd().endsWith('在当年医疗服务收入扣除成本和提取各项基')).toBe(true);
    expect(doc.notes.filter((n) => n.code === 'extraction-residue').map((n) => n.where)).toEqual([
      'henan.txt:53',
      'henan.txt:55',
    ]);
    expect(doc.front.complete).toBe(false);
    expect(doc.front.completenessNote).toMatch(/line 51/);
  });

  it('jieshou: Markdown marks are stripped from headings and run-in headings', () => {
    const text = corpusDoc('jieshou').clean.text;
    expect(lineOfClean(text, '推进临床重点专科建设')).toMatch(/^1\.推进临床重点专科建设。利用长三角/);
    expect(text).not.toContain('**');
    expect(text).not.toMatch(/^#/m);
  });

  it('no other corpus file is truncated', () => {
    for (const id of ['guyuan', 'hangjin', 'yulin', 'jieshou'] as const)
      expect(corpusDoc(id).front.complete).toBe(true);
  });
});
