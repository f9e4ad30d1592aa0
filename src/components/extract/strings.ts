// Short UI strings of /extract/ in both languages (long prose: src/content/<lang>/extract/*.md). RESULT_TEXT is used
// by the Web Worker (result HTML), PAGE_TEXT by the page script; both are plain data so either bundle stays small.
import type { Lang } from '../../i18n/ui.ts';

export const RESULT_TEXT = {
  en: {
    title: 'Title',
    number: 'Document number',
    issuer: 'Issuer',
    date: 'Date',
    format: 'File',
    chars: (n: number) => `${n.toLocaleString('en')} characters`,
    notStated: 'not stated in the text',
    fromPageMetadata: "from the web page's metadata table",
    incomplete: 'Incomplete copy.',
    incompleteText:
      'The text stops before its end: figures cover only what is there, nothing after the cut is guessed.',
    attachmentsMissing: (n: number) =>
      `${n} attachment${n === 1 ? '' : 's'} referenced but not in the text (see the notes).`,
    noNotes: 'No document notes.',
    notesSummary: (n: number, w: number) =>
      `Document notes (${n}${w > 0 ? `, ${w} warning${w === 1 ? '' : 's'}` : ''})`,
    warning: 'warning',
    line: (n: number) => `line ${n}`,
    outline: 'Outline',
    outlineLabel: 'Outline of the plan',
    extractedData: 'Extracted data',
    legend: 'Highlight legend',
    noRows: 'Nothing was extracted.',
    unplaced: 'Items lying only on blank lines, not highlighted:',
    count: (n: number, title: string) => `${title} ${n}`,
    showInText: 'show in the text',
    table: 'table',
    item: 'Item',
    quote: 'Quote',
    section: 'Section',
    fields: 'In words',
  },
  zh: {
    title: '标题',
    number: '文号',
    issuer: '发文机关',
    date: '成文日期',
    format: '文件',
    chars: (n: number) => `${n} 字符`,
    notStated: '原文未载明',
    fromPageMetadata: '取自网页的信息表',
    incomplete: '文本不完整。',
    incompleteText: '文本在结尾前中断：数据仅来自现有部分，截断之后的内容不作推测。',
    attachmentsMissing: (n: number) => `正文提及的附件中有 ${n} 个不在文本中（见原文问题说明）。`,
    noNotes: '无原文问题说明。',
    notesSummary: (n: number, w: number) => `原文问题说明（${n} 条${w > 0 ? `，其中警告 ${w} 条` : ''}）`,
    warning: '警告',
    line: (n: number) => `第 ${n} 行`,
    outline: '目录',
    outlineLabel: '方案目录',
    extractedData: '提取的数据',
    legend: '标注图例',
    noRows: '没有提取到内容。',
    unplaced: '仅位于空行、未能标出的条目：',
    count: (n: number, title: string) => `${title} ${n}`,
    showInText: '在原文中查看',
    table: '表格',
    item: '编号',
    quote: '原文',
    section: '章节',
    fields: '内容',
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** Strings the page script needs, passed to it as JSON in a data attribute (functions are not: placeholders). */
export const PAGE_TEXT = {
  en: {
    loadingPipeline: 'Loading the extractor…',
    converting: 'Reading {file}…',
    pages: 'Reading {file}: page {done} of {total}…',
    extracting: 'Extracting…',
    done: 'Done in {s} s. {summary}.',
    emptyPaste: 'Paste the text of a plan first.',
    refusedHeading: 'This file cannot be read',
    failedHeading: 'The extraction failed',
    failedHint: 'This is a bug in the site, not in your file. The page still works: try another file.',
    tryAnother: 'The page is ready for another file or text.',
    chartLoading: 'Drawing the chart…',
    chartEmpty: 'The plan has no target on an indicator of the vocabulary: nothing to compare.',
    chartFailed: 'The chart could not be drawn: {message}',
    resultsFor: 'Results for {file}',
    pasted: 'the pasted text',
    storing: 'Opening the explorer…',
    storeFailed: 'The tables could not be stored in this browser: {message}',
  },
  zh: {
    loadingPipeline: '正在加载提取程序…',
    converting: '正在读取 {file}…',
    pages: '正在读取 {file}：第 {done} 页，共 {total} 页…',
    extracting: '正在提取…',
    done: '用时 {s} 秒：{summary}。',
    emptyPaste: '请先粘贴方案全文。',
    refusedHeading: '无法读取此文件',
    failedHeading: '提取失败',
    failedHint: '这是本站程序的错误，并非您的文件有问题。页面仍可使用：请换一个文件试试。',
    tryAnother: '可以继续提交其他文件或文本。',
    chartLoading: '正在绘制图表…',
    chartEmpty: '本方案没有可对应到指标词表的目标，无可比较。',
    chartFailed: '无法绘制图表：{message}',
    resultsFor: '{file} 的提取结果',
    pasted: '粘贴的文本',
    storing: '正在打开查询页…',
    storeFailed: '无法在本浏览器中保存数据表：{message}',
  },
} satisfies Record<Lang, Record<string, string>>;

export type PageText = (typeof PAGE_TEXT)['en'];

/** Problems the converters and the parser name, with what a reader can do about each (the message stays in English). */
export const REFUSAL_HINTS: { pattern: RegExp; en: string; zh: string }[] = [
  {
    pattern: /no text layer|scanned/,
    en: 'A scanned PDF holds pictures of pages, not text: run OCR on it first (or find the text version on the government site).',
    zh: '扫描版PDF只有页面图像、没有文字：请先进行文字识别（OCR），或在政府网站上查找文字版本。',
  },
  {
    pattern: /password|encrypted/,
    en: 'The file is protected by a password: open it, remove the password and save it again.',
    zh: '文件设有密码：请打开文件，取消密码后重新保存。',
  },
  {
    pattern: /legacy Word \.doc/,
    en: 'An old Word .doc file: open it in Word or WPS and save it as .docx.',
    zh: '这是旧版Word（.doc）文件：请用Word或WPS打开，另存为.docx。',
  },
  {
    pattern: /zip archive but not a Word document|not a Word \.docx file|damaged \.docx/,
    en: 'The file is not a Word document, though its name ends in .docx.',
    zh: '文件名以.docx结尾，但并不是Word文档。',
  },
  {
    pattern: /over the .* limit/,
    en: 'Files over 20 MB are refused: a plan is a few MB at most.',
    zh: '超过20 MB的文件不予处理：一份方案通常不超过几MB。',
  },
  {
    pattern: /unsupported file type|no file extension/,
    en: 'Accepted are .txt, .md, .html, .htm, .docx and .pdf.',
    zh: '可接受的格式：.txt、.md、.html、.htm、.docx、.pdf。',
  },
  {
    pattern: /no Chinese text/,
    en: 'This page reads plans written in Chinese.',
    zh: '本页只处理中文方案。',
  },
  {
    pattern: /empty|only white space/,
    en: 'The file holds no text.',
    zh: '文件中没有文字。',
  },
  {
    pattern: /looks binary|not valid UTF-8/,
    en: 'The file is not text in a known encoding: save the plan as .txt (UTF-8), .docx or .pdf.',
    zh: '文件不是可识别编码的文本：请将方案另存为 .txt（UTF-8）、.docx 或 .pdf。',
  },
  {
    pattern: /no text left after removing/,
    en: "Once the web page's menus and the viewer's notices are set aside, no text of a plan is left.",
    zh: '去掉网页的导航、页脚和浏览器提示后，没有剩下方案正文。',
  },
];

/** What a reader can do about a refusal, in their language ('' when the problem has no hint). */
export function refusalHint(message: string, lang: Lang): string {
  return REFUSAL_HINTS.find((r) => r.pattern.test(message))?.[lang] ?? '';
}
