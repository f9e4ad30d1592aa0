// Lines a government web page puts around a document and a copy keeps: the metadata block (索引号, 发布机构, 生效日期,
// 文号, 主题分类 …, often as `label： | value |` cells), breadcrumbs (首页 > 政务公开 > 政策文件), page tools (【字体：大 中 小】
// 打印本页 关闭窗口, 分享到) and counters (浏览次数). They are not the document: normalize.ts sets them aside when they
// stand before the text or after it, and front matter reads the metadata they carry.

import type { Note } from './types.ts';

export type ChromeKind = 'metadata' | 'breadcrumb' | 'page-tools';

/** A line of chrome set aside: its raw span, its text as written, its kind. */
export interface ChromeLine {
  start: number;
  end: number;
  line: number;
  text: string;
  kind: ChromeKind;
}

/** Labels of a page's metadata block (as pages write them, without inner spaces). */
const METADATA_LABELS = [
  '索引号',
  '发布机构',
  '发文机关',
  '发文单位',
  '发布单位',
  '制发机关',
  '成文单位',
  '发文字号',
  '发文文号',
  '文件编号',
  '文号',
  '成文日期',
  '成文时间',
  '发布日期',
  '发布时间',
  '发文日期',
  '公开日期',
  '生效日期',
  '实施日期',
  '生效时间',
  '废止日期',
  '失效日期',
  '有效性',
  '时效性',
  '主题分类',
  '主题词',
  '所属主题',
  '信息分类',
  '体裁分类',
  '组配分类',
  '公开方式',
  '公开范围',
  '信息来源',
  '来源',
  '浏览次数',
  '访问次数',
  '阅读次数',
  '点击次数',
  '点击数',
  '浏览量',
  '访问量',
  '阅读量',
  '点击量',
  '作者',
  '责任编辑',
  '编辑',
  '审核',
  '文件名称',
];

/** A label, its characters perhaps spread with spaces (`文 号`, `索 引 号`), then a colon or a cell boundary. */
const METADATA_LINE = new RegExp(
  `^(?:${[...METADATA_LABELS]
    .sort((a, b) => b.length - a.length)
    .map((l) => Array.from(l).join(' *'))
    .join('|')}) *(?:[:：]|\\||\\t|$)`,
);

/** Breadcrumbs: `首页 > 政务公开 > 政策文件`, `当前位置：首页 > …`. */
const BREADCRUMB =
  /^(?:(?:当前位置|您现在的位置|您所在的位置|您的位置|现在位置|所在位置) *[:：]|首页 *[>»›/])|^[^。,，;；]{1,12}(?: *[>»›] *[^。,，;；>»›]{1,16}){2,}$/;

/** Words of a page's tool bar; a line made only of them (and brackets, colons, separators) is page chrome. */
const TOOL_WORDS =
  /在手机上?(?:打开|查看|浏览)(?:当前页面?|本页)?|我要打印|打印本页|打印此页|关闭窗口|关闭本页|返回顶部|分享到|收藏本页|加入收藏|我要纠错|扫一扫在手机打开当前页|扫一扫|上一篇|下一篇|相关链接|相关文件|视力保护色|默认|字体|字号|打印|关闭|收藏|分享|微信|微博|QQ空间|保存|返回/g;
const TOOL_FILLER = /[【】[\]()（）:：|｜/\s·•、,，]|[大中小]/g;

/** Links to the neighbouring articles and the site's footer. */
const PAGE_LINKS =
  /^(?:上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关阅读|相关稿件|相关文件)\s*[:：]|^(?:主办单位|承办单位|版权所有|网站标识码|技术支持|网站地图)|ICP备\d/;

/** What kind of web-page chrome a clean line is, or null when it may be document text. */
export function chromeKind(text: string): ChromeKind | null {
  if (/[。；;]/.test(text) || text.length > 240) return null;
  if (METADATA_LINE.test(text)) return 'metadata';
  if (BREADCRUMB.test(text)) return 'breadcrumb';
  if (PAGE_LINKS.test(text)) return 'page-tools';
  const words = text.match(TOOL_WORDS) ?? [];
  if (words.some((w) => w.length >= 2) && text.replace(TOOL_WORDS, '').replace(TOOL_FILLER, '') === '')
    return 'page-tools';
  return null;
}

/** The first line of the document proper: the first line with a full sentence that is not chrome. */
export function firstProseLine(texts: readonly string[]): number {
  const i = texts.findIndex((t) => /。|[,，].{10,}/.test(t) && chromeKind(t) === null);
  return i === -1 ? texts.length : i;
}

/**
 * Indexes of the lines that are chrome: any chrome line before the first sentence of the text (the title may stand
 * among them), and the run of chrome lines that ends the text.
 */
export function chromeLines(texts: readonly string[]): Set<number> {
  const out = new Set<number>();
  const first = firstProseLine(texts);
  for (let i = 0; i < first; i++) if (chromeKind(texts[i] ?? '') !== null) out.add(i);
  for (let i = texts.length - 1; i > first && chromeKind(texts[i] ?? '') !== null; i--) out.add(i);
  return out;
}

/** One note for the chrome before the text and one for the chrome after it. */
export function chromeNotes(fileName: string, chrome: readonly ChromeLine[]): Note[] {
  const notes: Note[] = [];
  const groups: ChromeLine[][] = [];
  for (const c of chrome) {
    const g = groups[groups.length - 1];
    if (g && c.line - g[g.length - 1]!.line <= 3) g.push(c);
    else groups.push([c]);
  }
  for (const g of groups) {
    const kinds = [...new Set(g.map((c) => c.kind))].join(', ');
    notes.push({
      severity: 'info',
      code: 'web-chrome',
      where: `${fileName}:${g[0]!.line}`,
      message: `${g.length} line(s) of web-page chrome (${kinds}) left out of the text: ${g[0]!.text.slice(0, 30)}`,
      start: g[0]!.start,
      end: g[g.length - 1]!.end,
    });
  }
  return notes;
}
