// Chinese numerals: one digit map for ordinals, years, counts and decimals.

/** Digit characters, including the financial-style 两 (two) and both zeros. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Value of a run of Chinese numerals (`十二` → 12, `一千五百` → 1500, `三点五` → 3.5, `两万` → 20000); NaN if malformed. */
export function chineseNumeral(s: string): number {
  if (s === '' || !/^[零〇一二两三四五六七八九十百千万亿点]+$/.test(s)) return Number.NaN;
  const [intPart = '', frac, ...more] = s.split('点');
  if (more.length > 0) return Number.NaN;
  let total = 0;
  let block = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of intPart) {
    if (ch in CN_DIGITS) {
      if (digit !== null && digit !== 0) return Number.NaN;
      digit = CN_DIGITS[ch] as number;
    } else if (ch in CN_SMALL_UNITS) {
      section += (digit ?? 1) * (CN_SMALL_UNITS[ch] as number);
      digit = null;
    } else {
      const unit = CN_LARGE_UNITS[ch] as number;
      const part = section + (digit ?? 0);
      if (unit === 1e8) {
        total += (block + part) * unit;
        block = 0;
      } else block += part * unit;
      section = 0;
      digit = null;
    }
  }
  let value = total + block + section + (digit ?? 0);
  if (intPart === '' && frac === undefined) return Number.NaN;
  if (frac !== undefined) {
    if (frac === '' || ![...frac].every((c) => c in CN_DIGITS)) return Number.NaN;
    value += Number(`0.${[...frac].map((c) => CN_DIGITS[c]).join('')}`);
  }
  return value;
}

/** 一 … 九十九 as an ordinal (heading labels `三、`, `（十二）`); NaN for anything else, `十十` and `十一十` included. */
export function chineseOrdinal(s: string): number {
  if (s === '' || !/^(?:[一二三四五六七八九]?十)?[一二三四五六七八九]?$/.test(s)) return Number.NaN;
  return chineseNumeral(s);
}

/** A number written digit by digit (`二〇二五` → 2025, `2025` → 2025); NaN if any character is not a digit. */
export function digitByDigit(s: string): number {
  if (s === '') return Number.NaN;
  let out = '';
  for (const ch of s) {
    if (/[0-9]/.test(ch)) out += ch;
    else if (ch in CN_DIGITS && ch !== '两') out += String(CN_DIGITS[ch]);
    else return Number.NaN;
  }
  return Number(out);
}

/** Multiplier of a scale character written after a number (`52万人` → 1e4); null for any other character. */
export function scaleOf(ch: string | undefined): number | null {
  return ch !== undefined && ch in CN_LARGE_UNITS ? (CN_LARGE_UNITS[ch] as number) : null;
}
