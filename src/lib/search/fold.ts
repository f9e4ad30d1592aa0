// The one normalisation search uses, at build time and in the browser: letters and digits only, width-folded, lower-case.
import { foldWidth } from '../text/width.ts';

export interface Folded {
  /** Letters and digits of the input after width folding (foldWidth), NFKC and lower-casing. */
  text: string;
  /** at[i] is the index in the input of the character that produced text[i]. */
  at: number[];
}

const KEEP = /[\p{L}\p{N}]/u;

/**
 * Punctuation, spaces and Markdown marks never decide a match: `医保，` and `“医保”` both search as `医保`.
 * Width is folded by the toolkit's foldWidth (Ａ → A, ９ → 9); NFKC then folds what only search folds
 * (circled digits ① → 1, ligatures, compatibility ideographs).
 */
export function fold(input: string): Folded {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < input.length;) {
    const cp = input.codePointAt(i) ?? 0;
    // Fast paths for what plans are made of (unified ideographs, ASCII letters and digits), which width folding,
    // NFKC and lower-casing leave as they are (or only lower-case): the same result as the general path, sooner.
    if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) {
      text += String.fromCharCode(cp);
      at.push(i);
      i++;
      continue;
    }
    if (cp >= 0x41 && cp <= 0x5a) {
      text += String.fromCharCode(cp + 32);
      at.push(i);
      i++;
      continue;
    }
    const ch = String.fromCodePoint(cp);
    for (const c of foldWidth(ch).normalize('NFKC').toLowerCase()) {
      if (!KEEP.test(c)) continue;
      text += c;
      for (let u = 0; u < c.length; u++) at.push(i);
    }
    i += ch.length;
  }
  return { text, at };
}

/** Overlapping two-character keys of a folded string (a one-character string is its own key). */
export function bigrams(folded: string): string[] {
  const units = [...folded];
  if (units.length === 1) return units;
  const out: string[] = [];
  for (let i = 0; i + 1 < units.length; i++) out.push(`${units[i]}${units[i + 1]}`);
  return out;
}

/**
 * Bigrams that together cover every character of a folded term (those at 0, 2, 4 … and the last): a paragraph
 * holding the term holds them all, and the text decides the rest. Fewer keys, so fewer shards per query.
 */
export function coveringBigrams(folded: string): string[] {
  const all = bigrams(folded);
  if (all.length <= 2) return all;
  const out = all.filter((_, i) => i % 2 === 0);
  if ((all.length - 1) % 2 !== 0) out.push(all[all.length - 1] as string);
  return [...new Set(out)];
}
