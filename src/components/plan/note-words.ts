// Source notes (document_notes) in plain words for readers, in either language: what is wrong with the copy and
// what was done about it, quoting the source, never the pipeline's codes or messages. Pure.
import type { Lang } from '../../i18n/ui.ts';
import type { DocumentNoteRow } from '../../lib/schema/index.ts';

export interface NoteView {
  line: number | null;
  text: string;
  /** Source text the note is about (as written), when it has a span. */
  quote: string | null;
  /** How the plan text marks the span: residue is struck out, [sic] follows a slip; none when not marked. */
  mark: 'residue' | 'sic' | null;
}

/** A few characters either side of a point in the raw text, line breaks shown as ' | '. */
function around(raw: string, start: number, end: number): string {
  const before = raw
    .slice(Math.max(0, start - 6), start)
    .replace(/\s+/g, ' ')
    .trim();
  const after = raw
    .slice(end, end + 6)
    .replace(/\s+/g, ' ')
    .trim();
  return `…${before} | ${after}…`;
}

/** A whole line of residue (a viewer's notice, a link) rather than a slip inside a sentence. */
function wholeLine(raw: string, start: number, end: number): boolean {
  const lineStart = raw.lastIndexOf('\n', start - 1) + 1;
  const nl = raw.indexOf('\n', end);
  const lineEnd = nl === -1 ? raw.length : nl;
  return raw.slice(lineStart, start).trim() === '' && raw.slice(end, lineEnd).trim() === '';
}

export function noteView(n: DocumentNoteRow, raw: string, lang: Lang): NoteView {
  const has = n.start !== null && n.end !== null && n.end > n.start;
  const quote = has ? raw.slice(n.start!, n.end!) : null;
  const zh = lang === 'zh';
  const base = { line: n.line, quote: null as string | null, mark: null as NoteView['mark'] };
  switch (n.code) {
    case 'page-break-join':
      return {
        ...base,
        text: zh
          ? `段落在分页处断开，已重新接合（${n.start !== null ? around(raw, n.start, n.end ?? n.start) : ''}）。`
          : `A paragraph broken by a page break was joined again (${n.start !== null ? around(raw, n.start, n.end ?? n.start) : ''}).`,
      };
    case 'extraction-residue':
      if (has && wholeLine(raw, n.start!, n.end!))
        return {
          ...base,
          quote,
          mark: 'residue',
          text: zh
            ? '不属于方案：复制时留下的网页或文档浏览器的提示、链接，已忽略。'
            : 'Not part of the plan: a web page’s or document viewer’s notice or link left in the copy; ignored.',
        };
      return {
        ...base,
        quote,
        mark: has ? 'sic' : null,
        text: zh
          ? '原文转换时留下的多余文字（原样保留，标 [sic]），读取句子时已忽略。'
          : 'Stray text left by converting the source (kept as written, marked [sic]); ignored when reading the sentence.',
      };
    case 'truncated':
      return {
        ...base,
        text: zh
          ? '文本在此句中途中断：现有副本不完整，其后内容不作推测。'
          : 'The text stops mid-sentence here: the copy is incomplete, and nothing after it is guessed.',
      };
    case 'attachment-missing':
      return {
        ...base,
        quote,
        text: zh
          ? '正文列出此附件，但原文中没有其内容。'
          : 'The text lists this attachment, but its content is not in the source.',
      };
    case 'table-header-repeated':
      return {
        ...base,
        text: zh
          ? '表头在分页后重复出现，前后两部分按同一张表读取。'
          : 'The table header repeats after a page break; both parts are read as one table.',
      };
    case 'annex-without-heading':
      return {
        ...base,
        text: zh
          ? '最后一节之后的姓名与职务名单没有“附件”标题，按附件读取。'
          : 'The list of names and posts after the last section has no 附件 (annex) heading; it is read as an annex.',
      };
    case 'transcoded-gb18030':
      return {
        ...base,
        text: zh
          ? '原文件为 GB18030/GBK 编码，已转为 UTF-8。'
          : 'The file was in GB18030/GBK encoding and was converted to UTF-8.',
      };
    default:
      return {
        ...base,
        quote,
        text: zh
          ? '读取原文时记下的问题（详见下载数据中的原文问题说明）。'
          : 'A problem noted while reading the source (see document_notes in the downloads).',
      };
  }
}

/** Why a copy is incomplete, in the page's language (the dataset's completeness_note is English), quoting where it stops. */
export function incompleteText(notes: DocumentNoteRow[], raw: string, lang: Lang): string {
  const cut = notes.find((n) => n.code === 'truncated');
  const at = cut?.line ?? null;
  // The clause where the text stops: back to the last punctuation mark, at most 30 characters.
  const end = cut?.end ?? null;
  const window = end !== null ? raw.slice(Math.max(0, end - 30), end) : '';
  const last = window
    .split(/[。；，！？,;!?\n]/)
    .pop()!
    .trim();
  const tail = last ? (lang === 'zh' ? `（…${last}）` : ` (…${last})`) : '';
  if (lang === 'zh')
    return at !== null
      ? `文本在第 ${at} 行句子中途中断${tail}；截断之后的内容不作推测。`
      : '现有文本被截断；截断之后的内容不作推测。';
  return at !== null
    ? `The text stops mid-sentence at line ${at}${tail}; nothing after the cut is guessed.`
    : 'The copy is truncated; nothing after the cut is guessed.';
}
