// Web-page chrome: which lines a copied government page adds around the document, and what front matter they carry.
import { describe, expect, it } from 'vitest';
import { planFromText } from '../test-support/corpus.ts';
import { fillFromPage, pageFactsOf } from './front-matter-page.ts';
import { normalizeText } from './normalize.ts';
import { chromeKind, chromeLines } from './web-chrome.ts';

describe('chromeKind (clean lines: full-width folded)', () => {
  it.each([
    ['索引号:11520324MB1234567X/2023-00458', 'metadata'],
    ['发布机构:某县人民政府办公室', 'metadata'],
    ['生效日期:2023-08-15', 'metadata'],
    ['成文日期:2023年8月10日', 'metadata'],
    ['文号:某府办发〔2023〕31号', 'metadata'],
    ['文 号: | 所属主题: | 政策文件 |', 'metadata'],
    ['索引号: | 3070211020000013/2024 | 发布机构: | |', 'metadata'],
    ['主题分类:卫生、体育', 'metadata'],
    ['发布时间:2022-06-20 来源:州卫生健康委员会 浏览次数:1286', 'metadata'],
    ['首页 > 政务公开 > 政策文件 > 县政府办文件', 'breadcrumb'],
    ['当前位置:首页>信息公开>通知公告', 'breadcrumb'],
    ['【字体:大 中 小】 打印本页 关闭窗口', 'page-tools'],
    ['分享到:', 'page-tools'],
    ['【打印】【关闭】', 'page-tools'],
    ['扫一扫在手机打开当前页', 'page-tools'],
    ['扫一扫在手机上查看当前页面', 'page-tools'],
    ['【我要打印】【关闭窗口】', 'page-tools'],
    ['上一篇:关于开展义诊活动的通知', 'page-tools'],
    ['主办单位:某县人民政府办公室 网站标识码:5203240001', 'page-tools'],
    ['某ICP备05001234号-1', 'page-tools'],
    ['您所在的位置:首页 > 政策文件', 'breadcrumb'],
    ['作者:县卫健局 浏览量:362', 'metadata'],
  ])('%s → %s', (line, kind) => expect(chromeKind(line)).toBe(kind));

  it.each([
    '为推进医共体建设,制定本方案。',
    '一、总体要求',
    '某县人民政府办公室',
    '2023年8月10日',
    '各乡(镇)人民政府,县直各部门:',
    '来源于医保基金的支出占比达到60%。',
    '中',
    '序号|指标|单位|2025年',
    '联系电话:0857-3312456',
  ])('is not chrome: %s', (line) => expect(chromeKind(line)).toBeNull());

  it('takes chrome only before the first sentence of the text and in the run that ends it', () => {
    const texts = [
      '首页 > 政策文件',
      '某县方案',
      '发布时间:2024-01-02',
      '为推进建设,制定本方案。',
      '来源:县卫健局',
      '一、目标',
      '打印本页 关闭窗口',
    ];
    expect([...chromeLines(texts)].sort()).toEqual([0, 2, 6]);
  });
});

describe('chrome in a plan', () => {
  const PAGE =
    '首页 > 政务公开 > 政策文件\n索引号：11520324/2023-00458\n发布机构：某县人民政府办公室\n成文日期：2023年08月10日\n文　号：某府办发〔2023〕31号\n【字体：大 中 小】 打印本页 关闭窗口\n\n某县医共体建设实施方案\n\n为推进建设，制定本方案。\n\n一、目标\n\n到2025年，县域内就诊率达到90%。\n\n分享到：\n打印本页 关闭窗口\n';

  it('is kept out of the clean text and noted, and the title and body are read as without it', () => {
    const n = normalizeText('p.txt', PAGE);
    expect(n.clean.text.startsWith('某县医共体建设实施方案\n')).toBe(true);
    expect(n.clean.text).not.toMatch(/索引号|打印|分享/);
    expect(n.chrome.map((c) => c.kind)).toEqual([
      'breadcrumb',
      'metadata',
      'metadata',
      'metadata',
      'metadata',
      'page-tools',
      'page-tools',
      'page-tools',
    ]);
    expect(n.notes.filter((x) => x.code === 'web-chrome')).toHaveLength(2);
    for (const c of n.chrome) expect(PAGE.slice(c.start, c.end)).toBe(c.text);
  });

  it('fills number, issuer and date from the page metadata, origin page-metadata, and the text wins', () => {
    const doc = planFromText(PAGE);
    expect(doc.front).toMatchObject({
      titleZh: '某县医共体建设实施方案',
      titleOrigin: 'text',
      docNumber: '某府办发〔2023〕31号',
      issuerZh: '某县人民政府办公室',
      issuerOrigin: 'page-metadata',
      issueDate: '2023-08-10',
    });
    expect(doc.front.pageFacts.map((f) => f.field)).toEqual(['index_number', 'issuer', 'doc_number', 'written_date']);
    expect(doc.front.complete).toBe(true);
  });

  it.each([
    [[{ field: 'title', label: '名称', value: '某方案', origin: 'page-metadata' as const }], 'titleZh', '某方案'],
    [[{ field: 'doc_number', label: '文号', value: '无', origin: 'page-metadata' as const }], 'docNumber', null],
    [
      [
        {
          field: 'publish_date',
          label: '发布日期',
          value: '2024-1-2',
          isoDate: '2024-01-02',
          origin: 'page-metadata' as const,
        },
      ],
      'issueDate',
      '2024-01-02',
    ],
  ] as const)('fillFromPage %j', (facts, field, value) => {
    const front = {
      titleZh: null,
      titleOrigin: 'none',
      issuerZh: null,
      issuerOrigin: 'none',
      docNumber: null,
      issueDate: null,
    } as const;
    const f = { ...front } as Parameters<typeof fillFromPage>[0];
    fillFromPage(f, facts);
    expect(f[field]).toBe(value);
  });

  it('reads cells split by pipes, a value on the label line, and a label spread with spaces', () => {
    const facts = pageFactsOf([
      { text: '索引号： | 307021/2024 | 发布机构： | |', kind: 'metadata' },
      { text: '文　号：某卫发〔2024〕5号', kind: 'metadata' },
    ]);
    expect(facts.map((f) => [f.field, f.value])).toEqual([
      ['index_number', '307021/2024'],
      ['doc_number', '某卫发〔2024〕5号'],
    ]);
  });

  it('keeps residue-like words inside the text as text', () => {
    const n = normalizeText('p.txt', '一、目标\n\n推行扫码就医，方便群众。\n\n二、保障\n\n加强领导。\n');
    expect(n.clean.text).toContain('推行扫码就医');
    expect(n.residue).toEqual([]);
  });
});

describe('a page with nothing but chrome', () => {
  it('is refused, naming the file', () => {
    expect(() => planFromText('首页 > 政务公开\n索引号：123/2024\n打印本页 关闭窗口\n', 'chrome')).toThrow(
      /chrome\.txt:1: no text left after removing web-page chrome/,
    );
  });
});
