// One raw line to clean characters, each with its raw offset: width folded, Markdown marks removed, PDF residue
// (` and ` for 和) repaired, stray spaces inside Chinese prose dropped.
import { foldWidthChar } from '../../src/lib/text/index.ts';

export interface Chars {
  chars: string[];
  raw: number[];
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

const LATIN = /[A-Za-z]/;

const DIGIT = /[0-9]/;

/** The toolkit's width folding, and every other space but tab and newline to ' '. */
function fold(ch: string): string {
  const f = foldWidthChar(ch);
  return f !== '\t' && f !== '\n' && SPACE.test(f) ? ' ' : f;
}

export function lineChars(raw: string, start: number, end: number): Chars {
  const out: Chars = { chars: [], raw: [] };
  for (let i = start; i < end; i++) {
    const ch = raw[i] as string;
    if (ch === '\r' || ch === '\ufeff') continue;
    out.chars.push(fold(ch));
    out.raw.push(i);
  }
  return out;
}

export function trim(c: Chars): Chars {
  let a = 0;
  let b = c.chars.length;
  while (a < b && c.chars[a] === ' ') a++;
  while (b > a && c.chars[b - 1] === ' ') b--;
  return { chars: c.chars.slice(a, b), raw: c.raw.slice(a, b) };
}

function dropPrefix(c: Chars, n: number): Chars {
  return trim({ chars: c.chars.slice(n), raw: c.raw.slice(n) });
}

/** Remove Markdown heading and bullet marks and `**` emphasis; report what was there. */
export function stripMarkdown(c: Chars): { c: Chars; markdownLevel: number; listItem: boolean } {
  let s = c.chars.join('');
  let markdownLevel = 0;
  let listItem = false;
  const h = /^(#{1,6}) +/.exec(s);
  if (h?.[1]) {
    markdownLevel = h[1].length;
    c = dropPrefix(c, h[0].length);
    s = c.chars.join('');
  }
  const b = /^[-*+] +(?=\S)/.exec(s);
  if (b && !s.startsWith('**')) {
    listItem = true;
    c = dropPrefix(c, b[0].length);
  }
  const keep: Chars = { chars: [], raw: [] };
  for (let i = 0; i < c.chars.length; i++) {
    if (c.chars[i] === '*' && c.chars[i + 1] === '*') {
      i++;
      continue;
    }
    keep.chars.push(c.chars[i] as string);
    keep.raw.push(c.raw[i] as number);
  }
  return { c: trim(keep), markdownLevel, listItem };
}

/** ` and ` between Chinese characters is PDF-extraction residue for 和. */
export function repairResidue(c: Chars): { c: Chars; repaired: number[] } {
  const out: Chars = { chars: [], raw: [] };
  const repaired: number[] = [];
  const s = c.chars.join('');
  for (let i = 0; i < c.chars.length; i++) {
    if (s.startsWith(' and ', i) && HAN.test(s[i - 1] ?? '') && HAN.test(s[i + 5] ?? '')) {
      out.chars.push('和');
      out.raw.push(c.raw[i + 1] as number);
      repaired.push(c.raw[i + 1] as number);
      i += 4;
      continue;
    }
    out.chars.push(c.chars[i] as string);
    out.raw.push(c.raw[i] as number);
  }
  return { c: out, repaired };
}

/** Drop spaces that a PDF put inside Chinese prose (`医疗卫 生`) or between a number and its unit. */
export function removeStraySpaces(c: Chars): Chars {
  // Lists (names and posts, 、-separated titles) keep their spacing: only sentences with , 。 ; are prose here.
  const prose = /[,，。;；]/.test(c.chars.join(''));
  const out: Chars = { chars: [], raw: [] };
  for (let i = 0; i < c.chars.length; i++) {
    if (c.chars[i] !== ' ') {
      out.chars.push(c.chars[i] as string);
      out.raw.push(c.raw[i] as number);
      continue;
    }
    let j = i;
    while (c.chars[j + 1] === ' ') j++;
    const before = c.chars[i - 1] ?? '';
    const after = c.chars[j + 1] ?? '';
    const numberUnit =
      (DIGIT.test(before) && (HAN.test(after) || after === '%')) ||
      (HAN.test(before) && DIGIT.test(after)) ||
      (before === '%' && HAN.test(after));
    // One stray space inside a sentence is a PDF artefact; a run of spaces is layout and stays.
    const insideProse =
      prose && j === i && !LATIN.test(before) && !LATIN.test(after) && !(DIGIT.test(before) && DIGIT.test(after));
    if (numberUnit || insideProse) {
      i = j;
      continue;
    }
    for (let k = i; k <= j; k++) {
      out.chars.push(' ');
      out.raw.push(c.raw[k] as number);
    }
    i = j;
  }
  return out;
}
