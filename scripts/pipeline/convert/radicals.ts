// Radical code points that PDF text layers give for ordinary characters (⼈⺠ for 人民) folded to ideographs.
import type { Note } from '../types.ts';
import { RADICAL_EQUIVALENTS } from './radicals-table.ts';

const RADICAL = /[\u2E80-\u2EF3\u2F00-\u2FD5]/g;

export interface FoldedRadicals {
  text: string;
  /** Number of code points replaced. */
  folded: number;
  /** Radicals left as they are (component forms without a stand-alone equivalent), distinct, in order. */
  kept: string[];
}

/** One radical to its ideograph: Kangxi Radicals by NFKC, the Supplement by the equivalence table; else itself. */
export function foldRadical(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x2f00 && c <= 0x2fd5) return ch.normalize('NFKC');
  return RADICAL_EQUIVALENTS[ch] ?? ch;
}

/** Fold every radical code point of a text. Every replacement is one UTF-16 unit for one, so lengths are kept. */
export function foldRadicals(text: string): FoldedRadicals {
  let folded = 0;
  const kept = new Set<string>();
  const out = text.replace(RADICAL, (ch) => {
    const to = foldRadical(ch);
    if (to === ch) kept.add(ch);
    else folded++;
    return to;
  });
  return { text: out, folded, kept: [...kept] };
}

/** Fold and report: a `radicals-folded` info note when any was folded, a warning for radicals left in place. */
export function foldRadicalsWithNotes(fileName: string, text: string): { text: string; notes: Note[] } {
  const r = foldRadicals(text);
  const notes: Note[] = [];
  if (r.folded > 0) {
    notes.push({
      severity: 'info',
      code: 'radicals-folded',
      where: fileName,
      message: `${r.folded} radical code point(s) (e.g. ⼈ U+2F08, ⺠ U+2EA0) folded to the ideographs they stand for`,
    });
  }
  if (r.kept.length > 0) {
    notes.push({
      severity: 'warning',
      code: 'radicals-kept',
      where: fileName,
      message: `radical code point(s) with no stand-alone ideograph left as they are: ${r.kept.join(' ')}`,
    });
  }
  return { text: r.text, notes };
}
