// Does a text stop mid-sentence? Only a candidate: the structure confirms it (an annex list need not end in 。).
// A text that ends with its closing matter (contact line, signature, date), a table row, or a list item written like
// the items before it (all without end punctuation) is finished.
import { parseHeading } from './parse-heading.ts';

/** A paragraph ending in one of these is finished; otherwise it may have been cut by a page break. */
export const TERMINAL = /[。！？!?;:；：…”’」』】》)）]$/;

/** Prose has sentence punctuation; cover lines, names and titles have none. */
export const PROSE = /[,，。、;；]/;

/** Closing matter after the text: contact lines, copies to, `（此件公开发布）`. */
const CLOSING =
  /^(?:联系人|联系电话|联系方式|咨询电话|监督电话|电话|传真|邮箱|电子邮箱|通讯地址|地址|邮编|抄送|抄报|主送)[ :：]|^\(此件[^)]*\)$/;

export interface LineShape {
  text: string;
  /** A row of table cells. */
  tabular: boolean;
  /** A Markdown bullet item (`- `). */
  listItem: boolean;
}

/** Whether a text whose last paragraph is `lines[lines.length - 1]` stops mid-sentence. */
export function endsMidSentence(lines: readonly LineShape[]): boolean {
  const last = lines[lines.length - 1];
  if (!last || last.tabular || last.listItem || TERMINAL.test(last.text) || CLOSING.test(last.text)) return false;
  const sentenceLike = PROSE.test(last.text) || (last.text.match(/[\u4e00-\u9fff]/g) ?? []).length >= 15;
  if (!sentenceLike) return false;
  // `③县级医院…维持在25%以上` after `②…专科` and `①…65%`: a list written without end punctuation is finished.
  const h = parseHeading(last.text);
  if (h) {
    for (let k = lines.length - 2; k >= 0; k--) {
      const prev = parseHeading(lines[k]!.text);
      if (prev?.style !== h.style) continue;
      if (prev.number === h.number - 1) return TERMINAL.test(lines[k]!.text);
      break;
    }
  }
  return true;
}
