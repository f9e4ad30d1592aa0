// A hand-written plan (.txt) written out as the files people actually receive: a Word .docx (the `docx`
// package), a plain HTML page, a saved government web page with navigation, metadata table and footer, and the
// HTML that Chromium prints to PDF (print-pdf.ts). Used by the file-format tests and the PDF bench (bench:pdf).
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { escapeHtml } from '../../src/lib/text/index.ts';

/** The plan's lines as a reader sees them: blank lines dropped, CR removed. */
export function planLines(txt: string): string[] {
  return txt
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '');
}

/** Runs of lines: a paragraph, or a table of consecutive tab-separated rows. */
type Block = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][] };

export function planBlocks(txt: string): Block[] {
  const blocks: Block[] = [];
  for (const line of planLines(txt)) {
    const last = blocks[blocks.length - 1];
    if (line.includes('\t')) {
      if (last?.kind === 'table') last.rows.push(line.split('\t'));
      else blocks.push({ kind: 'table', rows: [line.split('\t')] });
    } else {
      blocks.push({ kind: 'p', text: line });
    }
  }
  return blocks;
}

function blocksHtml(blocks: Block[], stripIndent = false): string {
  return blocks
    .map((b) =>
      b.kind === 'p'
        ? `<p>${escapeHtml(stripIndent ? b.text.replace(/^[\s\u3000]+/, '') : b.text)}</p>`
        : `<table>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}</table>`,
    )
    .join('\n');
}

/** A plain page: the plan's paragraphs and tables, nothing else. */
export function planToHtml(txt: string, charset = 'utf-8'): string {
  return `<!DOCTYPE html>\n<html><head><meta charset="${charset}"><title>plan</title></head><body>\n${blocksHtml(planBlocks(txt))}\n</body></html>\n`;
}

export interface GovPageOptions {
  /** The heading above the article (outside it), as government sites show the title. */
  title: string;
  /** Declared charset; the caller encodes the string accordingly. */
  charset: string;
  /** Rows of the metadata table: label as written, value. */
  metadata: [string, string][];
}

/**
 * A saved government page: header and menu, breadcrumbs, a metadata table, the title, an info line with a
 * font-size widget, the article, share and print links, related documents (with a number that is not the
 * plan's), a footer, and a script holding another number. Only the article and the metadata may come out.
 */
export function planToGovPage(txt: string, o: GovPageOptions): string {
  const meta = [];
  for (let i = 0; i < o.metadata.length; i += 2) {
    const pair = o.metadata.slice(i, i + 2);
    meta.push(
      `<tr>${pair.map(([l, v]) => `<td class="t1">${escapeHtml(l)}：</td><td class="t2">${escapeHtml(v)}</td>`).join('')}</tr>`,
    );
  }
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=${o.charset}">
<title>${escapeHtml(o.title)}_青溪县人民政府门户网站</title>
<style>.t1{width:90px} .nav li{float:left}</style>
<script type="text/javascript">var stat = { target: '县域内就诊率达到99%以上' }; document.write('<div>广告</div>');</script>
</head><body>
<div class="header"><div class="logo">青溪县人民政府</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</div>
<div class="xxgk_table"><table width="100%">
${meta.join('\n')}
</table></div>
<div class="article">
<h1 class="title">${escapeHtml(o.title)}</h1>
<div class="info">发布时间：2024-03-20 来源：县政府办公室 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div id="zoom" class="TRS_Editor">
${blocksHtml(planBlocks(txt))}
</div>
<div class="bdshare">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="related"><h3>相关文件</h3><ul>
<li><a href="/a.html">关于县域内就诊率达到95%以上的工作通报</a></li>
<li><a href="/b.html">青溪县卫生健康局2023年工作总结</a></li></ul></div>
<div class="footer"><p>主办单位：青溪县人民政府办公室 承办单位：青溪县大数据中心</p><p>版权所有 ICP备12345678号 网站标识码3300000000</p></div>
<script>console.log('统计')</script>
</body></html>
`;
}

/** The plan as a .docx: one Word paragraph per line (indentation kept), tab runs as Word tables. */
export async function planToDocx(txt: string): Promise<Uint8Array> {
  const children = planBlocks(txt).map((b) =>
    b.kind === 'p'
      ? new Paragraph({ children: [new TextRun(b.text)] })
      : new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
          ),
        }),
  );
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * The plan as Chromium prints it to PDF the way government documents are set: 16 pt Noto Serif CJK, justified,
 * 2-em first-line indent (leading ideographic spaces dropped: the indent replaces them), 28 pt line pitch,
 * tables in 12 pt with a narrow second column so long indicator names wrap inside their cells.
 */
export function planToPrintHtml(txt: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font-family: 'Noto Serif CJK SC', serif; font-size: 16pt; line-height: 28pt; margin: 0; }
p { text-indent: 2em; margin: 0; text-align: justify; }
table { border-collapse: collapse; margin: 6pt 0; font-size: 12pt; line-height: 16pt; }
td { border: 0.75pt solid #000; padding: 3pt 6pt; vertical-align: top; }
td:nth-child(2) { width: 7em; }
</style></head><body>
${blocksHtml(planBlocks(txt), true)}
</body></html>`;
}
