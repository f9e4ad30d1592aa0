// Finding a plan's title among its first lines: a line shaped like a title (no sentence punctuation, ends in a
// document word such as 方案/意见/要点/通知, perhaps with （试行） or a year range after it), or such a title split
// over two lines.
import { parseHeading } from './parse-heading.ts';

/** Document words a title ends with. */
const DOC_WORD =
  '方案|意见|通知|办法|规划|计划|细则|措施|决定|规定|要点|任务|安排|纲要|清单|标准|指南|章程|条例|通告|公告|报告|函|行动';
/** What may follow the document word: （试行）, （征求意见稿）, （摘要）, （节选）, （2024—2026年）, (2020-2030年). */
const TITLE_TAIL =
  '(?:\\((?:试行|暂行|征求意见稿|修订|修订稿|送审稿|草案|摘要|节选|全文|简本)\\)|\\((?:19|20)\\d{2}\\s*[—–\\-~至]+\\s*(?:19|20)\\d{2}年?\\))*';
export const TITLE_END = new RegExp(`(?:${DOC_WORD})${TITLE_TAIL}$`);
/** A notice that sends another document is a cover, not the title of the plan it sends. */
const SENDING_NOTICE = /关于(?:印发|转发)|^印发/;

/** A single clean line that reads as the title of the document it stands in (not a numbered heading). */
export function isTitleLine(text: string): boolean {
  return (
    TITLE_END.test(text) &&
    !/[,。;:]/.test(text) &&
    !SENDING_NOTICE.test(text) &&
    text.length <= 120 &&
    parseHeading(text) === null
  );
}

/** A line that may be part of a title split over lines: no sentence punctuation, no colon, not a date or number. */
function titlePart(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 60 &&
    !/[,，。;；:：]/.test(text) &&
    !/^[\d\s年月日〇零一二三四五六七八九十]+$/.test(text) &&
    !/〔\d{4}〕|\[\d{4}\]/.test(text) &&
    !/文件$/.test(text)
  );
}

export interface TitleAt {
  /** Index of the title's first line. */
  line: number;
  /** How many lines the title spans (1 or 2). */
  lines: number;
}

/**
 * The title among lines [0, limit): the first title-shaped line, or the first two consecutive title parts that
 * read as a title together while the first alone does not.
 */
export function findTitle(texts: readonly string[], limit: number): TitleAt | null {
  for (let i = 0; i < Math.min(limit, texts.length); i++) {
    const t = texts[i] ?? '';
    if (isTitleLine(t)) return { line: i, lines: 1 };
    const next = texts[i + 1] ?? '';
    if (i + 1 < texts.length && titlePart(t) && titlePart(next) && isTitleLine(`${t}${next}`))
      return { line: i, lines: 2 };
  }
  return null;
}
