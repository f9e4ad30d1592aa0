// HTML escaping for text we put into markup ourselves (Astro escapes its own expressions).
import { decodeHTML, escapeAttribute, escapeText, escapeUTF8 } from 'entities';

/** Text content: `&`, `<`, `>` and non-ASCII-safe characters escaped. */
export function escapeHtml(s: string): string {
  return escapeText(s);
}

/** A double-quoted attribute value. */
export function escapeAttr(s: string): string {
  return escapeAttribute(s);
}

/** Safe in text and in any quoted attribute alike: `& < > " '` escaped, other characters kept. */
export function escapeMarkup(s: string): string {
  return escapeUTF8(s);
}

/** Entities decoded (`&amp;` → `&`, `&#39;` → `'`, `&nbsp;` → U+00A0). */
export function decodeHtml(s: string): string {
  return decodeHTML(s);
}
