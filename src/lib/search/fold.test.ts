import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';
import { foldWidth } from '../text/width.ts';

/** fold() without its fast paths: every character through width folding, NFKC and lower-casing. */
function reference(input: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < input.length;) {
    const ch = String.fromCodePoint(input.codePointAt(i) ?? 0);
    for (const c of foldWidth(ch).normalize('NFKC').toLowerCase()) {
      if (!/[\p{L}\p{N}]/u.test(c)) continue;
      text += c;
      for (let u = 0; u < c.length; u++) at.push(i);
    }
    i += ch.length;
  }
  return { text, at };
}

describe('fold', () => {
  it('gives what the general path gives on every plan of the corpus', () => {
    const dir = join(process.cwd(), 'data/raw');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(fold(text), f).toEqual(reference(text));
    }
  });

  it('keeps ideographs, lower-cases ASCII, folds full width and circled digits, drops punctuation', () => {
    const mixed = '医保ＡＢab AB①，“医共体”𠀀';
    expect(fold(mixed)).toEqual(reference(mixed));
    expect(fold(mixed).text).toBe('医保ababab1医共体𠀀');
  });
});
