// Saved web pages to canonical text: the article only, in the page's declared charset, with its metadata table.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../test-support/corpus.ts';
import { planLines, planToGovPage, planToHtml } from '../../measure/plan-formats.ts';
import { htmlToText } from './html-to-text.ts';
import { parseHtml } from './html-dom.ts';
import { renderLines } from './html-render.ts';
import { applyPageMetadata, isoDateOf, metadataFromLines } from './page-metadata.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const lines = (html: string) => renderLines(parseHtml(html));
const PLAN = readFileSync(fixturePath('formats-county-f.txt'), 'utf8');
const TITLE = '青溪县紧密型县域医疗卫生共同体建设实施方案';
const METADATA: [string, string][] = [
  ['索 引 号', '11331100MB1234567X/2024-00012'],
  ['主题分类', '卫生、体育\\医药管理'],
  ['发布机构', '青溪县人民政府办公室'],
  ['成文日期', '2024年03月18日'],
  ['名　　称', TITLE],
  ['文　　号', '青政办发〔2024〕8号'],
  ['发布日期', '2024-03-20'],
  ['生效日期', '2024-03-20'],
];

describe('htmlToText: a saved government page', () => {
  const page = planToGovPage(PLAN, { title: TITLE, charset: 'gb2312', metadata: METADATA });
  const result = htmlToText('qingxi.htm', new Uint8Array(iconv.encode(page, 'gb18030')));

  it('gives the plan text exactly: the article, decoded from GB2312 as declared', () => {
    expect(result.text).toBe(`${planLines(PLAN).join('\n')}\n`);
    expect(result.format).toBe('html');
  });

  it('leaves out menu, breadcrumbs, info line, share/print links, related documents, footer and scripts', () => {
    for (const chrome of [
      '首页',
      '当前位置',
      '字体',
      '分享到',
      '打印',
      '关闭窗口',
      '相关文件',
      '99%',
      '95%',
      '主办单位',
      'ICP',
    ]) {
      expect([chrome, result.text.includes(chrome)]).toEqual([chrome, false]);
    }
  });

  it('reads the metadata table into page metadata with origin page-metadata (labels with inner spaces too)', () => {
    expect(result.pageMetadata).toEqual([
      { field: 'index_number', label: '索引号', value: '11331100MB1234567X/2024-00012', origin: 'page-metadata' },
      { field: 'issuer', label: '发布机构', value: '青溪县人民政府办公室', origin: 'page-metadata' },
      { field: 'doc_number', label: '文号', value: '青政办发〔2024〕8号', origin: 'page-metadata' },
      {
        field: 'written_date',
        label: '成文日期',
        value: '2024年03月18日',
        isoDate: '2024-03-18',
        origin: 'page-metadata',
      },
      { field: 'publish_date', label: '发布日期', value: '2024-03-20', isoDate: '2024-03-20', origin: 'page-metadata' },
      {
        field: 'effective_date',
        label: '生效日期',
        value: '2024-03-20',
        isoDate: '2024-03-20',
        origin: 'page-metadata',
      },
      { field: 'topic', label: '主题分类', value: '卫生、体育\\医药管理', origin: 'page-metadata' },
      { field: 'title', label: '名称', value: TITLE, origin: 'page-metadata' },
    ]);
    expect(result.notes.map((n) => n.code)).toEqual(['transcoded-gb18030', 'html-chrome-removed', 'page-metadata']);
  });

  it('puts the page heading first when the article does not carry the title', () => {
    const body = readFileSync(fixturePath('targets-chinese-numerals.txt'), 'utf8').replace(/^.*\n/, '');
    const r = htmlToText(
      'p.html',
      utf8(planToGovPage(body, { title: '南岭县医共体建设实施方案', charset: 'utf-8', metadata: [] })),
    );
    expect(r.text.split('\n').slice(0, 2)).toEqual(['南岭县医共体建设实施方案', '一、主要目标']);
    expect(r.notes.map((n) => n.code)).toContain('html-title-added');
    expect(r.pageMetadata).toEqual([]);
  });

  it('refuses a page without article text, naming the file', () => {
    const nav = '<html><body><ul class="nav"><li>首页</li><li>政务公开</li></ul><p>Hello world</p></body></html>';
    expect(() => htmlToText('empty.html', utf8(nav))).toThrow(/^empty\.html: no article text found/);
  });
});

describe('htmlToText: an old page laid out with tables', () => {
  it('takes the article cell, not the menu cell beside it, the info line or the footer table', () => {
    const html = `<html><head><title>青溪县人民政府关于印发医共体方案的通知</title></head><body>
<table width="980"><tr><td class="left"><ul><li><a>政务公开</a></li><li><a>政策文件</a></li><li>乡镇动态信息公开专栏目录</li></ul></td>
<td class="main"><div align="center"><font size="5"><b>青溪县人民政府关于印发医共体方案的通知</b></font></div>
<div>发布时间：2024-03-20　　来源：县政府办　　浏览次数：1234</div>
<p>各乡镇人民政府，县直各有关单位：</p><p>　　现将《青溪县医共体建设方案》印发给你们，请认真贯彻执行。</p>
<p>一、总体目标</p><p>　　到2025年底，县域内就诊率达到90%以上。</p></td></tr></table>
<table><tr><td>版权所有：青溪县人民政府　ICP备12345号</td></tr></table></body></html>`;
    expect(htmlToText('old.htm', utf8(html)).text).toBe(
      [
        '青溪县人民政府关于印发医共体方案的通知',
        '各乡镇人民政府，县直各有关单位：',
        '　　现将《青溪县医共体建设方案》印发给你们，请认真贯彻执行。',
        '一、总体目标',
        '　　到2025年底，县域内就诊率达到90%以上。',
        '',
      ].join('\n'),
    );
  });
});

describe('htmlToText: a plain page', () => {
  it('gives the plan text exactly, tables as tab-separated rows', () => {
    const plan = readFileSync(fixturePath('targets-year-columns.txt'), 'utf8');
    expect(htmlToText('t.html', utf8(planToHtml(plan))).text).toBe(`${planLines(plan).join('\n')}\n`);
  });
});

describe('renderLines', () => {
  it('makes one line per paragraph and per <br>, dropping empty ones', () => {
    expect(lines('<div><p>一、目标<br>到2025年。</p><p>\n</p><h2>二、任务</h2>正文<b>加粗</b>。</div>')).toEqual([
      '一、目标',
      '到2025年。',
      '二、任务',
      '正文加粗。',
    ]);
  });

  it('drops a source line break between Chinese characters but keeps it as a space between words', () => {
    expect(lines('<p>县域内\n  就诊率 达到\nninety per\ncent</p>')).toEqual(['县域内就诊率 达到 ninety per cent']);
  });

  it('keeps U+3000 indentation, trims NBSP and ASCII space, skips script, style and hidden elements', () => {
    expect(
      lines('<p>&nbsp; 　　正文。&nbsp;</p><script>x=1</script><style>p{}</style><p style="display:none">隐藏</p>'),
    ).toEqual(['　　正文。']);
  });

  it('numbers ordered lists as a reader sees them (1. then （1）), unless the item has its own label', () => {
    const html =
      '<ol><li>组建医共体。<ol><li>牵头医院。</li><li>成员单位。</li></ol></li><li>完善支付。</li></ol>' +
      '<ol start="3"><li>3.已有编号。</li></ol>';
    expect(lines(html)).toEqual([
      '1.组建医共体。',
      '（1）牵头医院。',
      '（2）成员单位。',
      '2.完善支付。',
      '3.已有编号。',
    ]);
  });

  it('writes data tables as tab-separated rows and layout tables (one column, long cells) as paragraphs', () => {
    const data =
      '<table><tr><th>序号</th><th>指标</th></tr><tr><td>1</td><td><p>县域内</p><p>就诊率</p></td></tr></table>';
    expect(lines(data)).toEqual(['序号\t指标', '1\t县域内 就诊率']);
    const layout = '<table><tr><td><p>一、目标</p><p>到2025年。</p></td></tr></table>';
    expect(lines(layout)).toEqual(['一、目标', '到2025年。']);
  });
});

describe('page metadata', () => {
  it('reads label：value in one cell, the value in the next cell, and several labels on one line', () => {
    expect(
      metadataFromLines([
        '索引号：000014349/2023-0001\t发文机关：',
        '界首市人民政府办公室',
        '发文字号：界政办秘〔2023〕6号 成文日期：2023-04-10',
      ]),
    ).toEqual([
      { field: 'index_number', label: '索引号', value: '000014349/2023-0001', origin: 'page-metadata' },
      { field: 'issuer', label: '发文机关', value: '界首市人民政府办公室', origin: 'page-metadata' },
      { field: 'doc_number', label: '发文字号', value: '界政办秘〔2023〕6号', origin: 'page-metadata' },
      { field: 'written_date', label: '成文日期', value: '2023-04-10', isoDate: '2023-04-10', origin: 'page-metadata' },
    ]);
  });

  it('reads dates written in the common ways', () => {
    expect(['2023年4月10日', '2023-04-10', '2023/4/10', '2023.04.10', '2023年13月1日', '无'].map(isoDateOf)).toEqual([
      '2023-04-10',
      '2023-04-10',
      '2023-04-10',
      '2023-04-10',
      null,
      null,
    ]);
  });

  it('fills only what the text does not state, marking the origin', () => {
    const meta = metadataFromLines([
      '发布机构：青溪县人民政府办公室\t文号：青政办发〔2024〕8号\t成文日期：2024年03月18日\t名称：某方案',
    ]);
    const row = {
      title_zh: '青溪县方案',
      title_origin: 'text',
      doc_number: null,
      issue_date: null,
      issue_year: null,
      issuer_zh: null,
      issuer_origin: 'none',
    };
    expect(applyPageMetadata(row, meta)).toEqual(['issuer_zh', 'doc_number', 'issue_date']);
    expect(row).toEqual({
      title_zh: '青溪县方案',
      title_origin: 'text',
      doc_number: '青政办发〔2024〕8号',
      issue_date: '2024-03-18',
      issue_year: 2024,
      issuer_zh: '青溪县人民政府办公室',
      issuer_origin: 'page-metadata',
    });
  });
});
