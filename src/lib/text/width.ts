// Full-width / half-width folding: the one rule every stage and page uses.

/** Spaces that fold to ' ' (ideographic space, NBSP, thin spaces, zero-width space, BOM). Tab and newline are kept. */
const FOLDED_SPACE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** One character folded: full-width ASCII (U+FF01–FF5E) to ASCII, odd spaces to ' '; anything else unchanged. */
export function foldWidthChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (FOLDED_SPACE.test(ch)) return ' ';
  return ch;
}

/** A string folded character by character (same length: offsets are kept). */
export function foldWidth(s: string): string {
  let out = '';
  for (const ch of s) out += ch.length === 1 ? foldWidthChar(ch) : ch;
  return out;
}

/** Code unit of a character after width folding, as foldWidthChar folds it (for comparing without building strings). */
export function foldWidthCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)
    return 0x20;
  return c;
}

/** Folded and without any white space: the key under which two spellings of a name compare equal. */
export function foldKey(s: string): string {
  return foldWidth(s).replace(/\s+/g, '');
}
