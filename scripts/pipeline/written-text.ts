// Names as written: the raw characters behind a clean span, without the spaces, Markdown marks and
// page breaks that cleaning removed, but with full-width punctuation kept (`（区）`, not `(区)`).
import type { CleanText } from './types.ts';

/** The raw character of every clean character in [cleanStart, cleanEnd), joined; trimmed of spaces. */
export function writtenText(clean: CleanText, cleanStart: number, cleanEnd: number): string {
  let out = '';
  for (let i = cleanStart; i < cleanEnd; i++) {
    const rawAt = clean.toRaw[i];
    // A clean '\n' joins paragraphs; it never belongs to a name.
    if (rawAt === undefined || clean.text[i] === '\n') continue;
    out += clean.raw[rawAt] ?? '';
  }
  return out.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

const OPEN = '(（〔[【《“';
const CLOSE = ')）〕]】》”';

/** Split a list at any of `separators` outside brackets and quotes; parts keep their offset in `text`. */
export function splitOutsideBrackets(text: string, separators: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i] ?? '';
    if (i < text.length && OPEN.includes(ch)) depth++;
    else if (i < text.length && CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (i === text.length || (depth === 0 && separators.includes(ch))) {
      const piece = text.slice(from, i);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed) parts.push({ text: trimmed, offset: from + lead });
      from = i + 1;
    }
  }
  return parts;
}

/** Index of the bracket closing the one opened at `open`, counting any bracket kind; -1 if unclosed. */
export function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i] ?? '';
    if ('(（〔[【'.includes(ch)) depth++;
    else if (')）〕]】'.includes(ch)) {
      depth--;
      if (depth === 0) return i;
    } else if (ch === '\n') return -1;
  }
  return -1;
}
