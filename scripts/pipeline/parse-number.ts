// Numbers as plans write them: ASCII and full-width digits, decimals kept as written, Chinese numerals, 万/亿
// scaling, percents (`%`, `％`, `﹪`, `百分之N`) and ranges. The pipeline's one number parser; digits and
// scales come from the text toolkit, units and comparators from the target lexicon (targets/lexicon.ts).
import { chineseNumeral, foldWidthChar, scaleOf } from '../../src/lib/text/index.ts';

export interface NumberMatch {
  value: number;
  /** Offset just after the number (and after `%` / the `百分之` prefix's number for percents). */
  start: number;
  end: number;
  /** Written as a percent: `65%`, `６５％`, `百分之六十五`. */
  percent: boolean;
  /** Written in Chinese numerals (`两`, `十二`). */
  chinese: boolean;
}

export interface RangeMatch {
  value: number;
  valueMax: number | null;
  start: number;
  end: number;
  percent: boolean;
  chinese: boolean;
}

const CN_CHARS = /[零〇一二两三四五六七八九十百千万点]/;
const ASCII_DIGIT = /[0-9]/;
/** Separators between the two ends of a range: `35%-50%`, `2—3个`, `1～2`, `2至3`. */
const RANGE_SEP = /^(?:-|—{1,2}|–|~|～|〜|至)/;

/** The character as the clean text has it (full-width forms folded); '' past the end of the string. */
function folded(ch: string | undefined): string {
  return ch === undefined ? '' : foldWidthChar(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ASCII_DIGIT.test(folded(ch));
}

/** `%`, full-width `％` and the small form `﹪`. */
function isPercentSign(ch: string | undefined): boolean {
  return folded(ch) === '%' || ch === '﹪';
}

/** The number starting exactly at `i`, or null. Reads `百分之…` as a percent and a trailing `%`/`％`. */
export function parseNumberAt(s: string, i: number): NumberMatch | null {
  if (s.startsWith('百分之', i)) {
    const inner = parseNumberAt(s, i + 3);
    if (!inner || inner.percent) return null;
    return { value: inner.value, start: i, end: inner.end, percent: true, chinese: true };
  }
  const ch = s[i];
  if (isDigit(ch)) {
    let j = i;
    let text = '';
    while (isDigit(s[j])) text += folded(s[j++]);
    if (folded(s[j]) === '.' && isDigit(s[j + 1])) {
      text += '.';
      j++;
      while (isDigit(s[j])) text += folded(s[j++]);
    }
    let percent = false;
    let value = Number(text);
    const scale = scaleOf(s[j]);
    if (isPercentSign(s[j])) {
      percent = true;
      j++;
    } else if (scale !== null && s[j + 1] !== '元') {
      // `12万人次`: the multiplier belongs to the number; `万元` is a unit and stays.
      value *= scale;
      j++;
    }
    return { value, start: i, end: j, percent, chinese: false };
  }
  if (ch !== undefined && CN_CHARS.test(ch) && ch !== '点' && ch !== '万') {
    let j = i;
    while (j < s.length && CN_CHARS.test(s[j] as string)) j++;
    // A trailing 点/万 without digits after it belongs to the next word (`两点`, `万元`).
    let run = s.slice(i, j);
    while (run.endsWith('点')) run = run.slice(0, -1);
    let value = chineseNumeral(run);
    // `百`/`千`/`万` alone start words (`百姓`, `千县`), not numbers.
    while (Number.isNaN(value) && run.length > 1) {
      run = run.slice(0, -1);
      value = chineseNumeral(run);
    }
    // A run that opens with 百/千 is a word (`百姓`, `千县工程`), not a number.
    if (Number.isNaN(value) || /^[百千]/.test(run)) return null;
    let end = i + run.length;
    let percent = false;
    if (isPercentSign(s[end])) {
      percent = true;
      end++;
    }
    return { value, start: i, end, percent, chinese: true };
  }
  return null;
}

/** A number or a range (`35%-50%`, `2—3`, `1～2`, `两至三`) starting at `i`. */
export function parseRangeAt(s: string, i: number): RangeMatch | null {
  const a = parseNumberAt(s, i);
  if (!a) return null;
  const sep = RANGE_SEP.exec(s.slice(a.end));
  if (sep) {
    const b = parseNumberAt(s, a.end + sep[0].length);
    if (b && b.value > a.value && (b.percent || !a.percent) && b.chinese === a.chinese) {
      return {
        value: a.value,
        valueMax: b.value,
        start: i,
        end: b.end,
        percent: a.percent || b.percent,
        chinese: a.chinese,
      };
    }
  }
  return { value: a.value, valueMax: null, start: i, end: a.end, percent: a.percent, chinese: a.chinese };
}

export interface RatioMatch {
  /** X of `1:X`; `A:B` is read as 1:(B/A). */
  value: number;
  start: number;
  end: number;
}

/**
 * A ratio `1:1.6` (床人比, 医护比) starting at `i`, the separator matched by `sep` (anchored at the start of
 * the text after the first number), or null. Both sides are plain numbers (no percent).
 */
export function parseRatioAt(s: string, i: number, sep: RegExp): RatioMatch | null {
  const a = parseNumberAt(s, i);
  if (!a || a.percent || a.chinese || a.value === 0) return null;
  const m = sep.exec(s.slice(a.end));
  if (!m) return null;
  const b = parseNumberAt(s, a.end + m[0].length);
  if (!b || b.percent || b.chinese) return null;
  const value = a.value === 1 ? b.value : Number((b.value / a.value).toPrecision(12));
  return { value, start: i, end: b.end };
}
