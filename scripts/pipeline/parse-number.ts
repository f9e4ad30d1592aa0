// Numbers as plans write them: ASCII and full-width digits, decimals, Chinese numerals, percents and ranges.

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

const CN_DIGIT: Record<string, number> = {
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
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_CHARS = /[零〇一二两三四五六七八九十百千万点]/;
const ASCII_DIGIT = /[0-9]/;
/** Separators between the two ends of a range: `35%-50%`, `2—3个`, `1～2`, `2至3`. */
const RANGE_SEP = /^(?:-|—{1,2}|–|~|～|〜|至)/;

function foldDigit(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xfee0);
  if (ch === '．') return '.';
  if (ch === '％') return '%';
  return ch;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ASCII_DIGIT.test(foldDigit(ch));
}

/** Value of a run of Chinese numerals (`十二` → 12, `一千五百` → 1500, `三点五` → 3.5); NaN if malformed. */
export function chineseNumeral(s: string): number {
  if (s === '' || !/^[零〇一二两三四五六七八九十百千万点]+$/.test(s)) return Number.NaN;
  const [intPart = '', frac, ...more] = s.split('点');
  if (more.length > 0) return Number.NaN;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of intPart) {
    if (ch in CN_DIGIT) {
      if (digit !== null && digit !== 0) return Number.NaN;
      digit = CN_DIGIT[ch] as number;
    } else if (ch in CN_UNIT) {
      section += (digit ?? 1) * (CN_UNIT[ch] as number);
      digit = null;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    }
  }
  let value = total + section + (digit ?? 0);
  if (intPart === '' && frac === undefined) return Number.NaN;
  if (frac !== undefined) {
    if (frac === '' || ![...frac].every((c) => c in CN_DIGIT)) return Number.NaN;
    value += Number(`0.${[...frac].map((c) => CN_DIGIT[c]).join('')}`);
  }
  return value;
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
    while (isDigit(s[j])) text += foldDigit(s[j++] as string);
    if ((s[j] === '.' || s[j] === '．') && isDigit(s[j + 1])) {
      text += '.';
      j++;
      while (isDigit(s[j])) text += foldDigit(s[j++] as string);
    }
    let percent = false;
    let value = Number(text);
    if (s[j] === '%' || s[j] === '％') {
      percent = true;
      j++;
    } else if ((s[j] === '万' || s[j] === '亿') && s[j + 1] !== '元') {
      // `12万人次`: the multiplier belongs to the number; `万元` is a unit and stays.
      value *= s[j] === '万' ? 10000 : 100000000;
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
    if (s[end] === '%' || s[end] === '％') {
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

export type Comparator = 'ge' | 'le' | 'eq' | 'approx' | 'range' | 'increase' | 'decrease';

export interface CellQuantity {
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  /** `percent`, `count`, … or '' when the cell gives a bare number. */
  unit: string;
}

const CELL_PREFIX: [RegExp, Comparator][] = [
  [/^(?:≥|⩾|≧|>=|不低于|不少于|至少|大于等于)/, 'ge'],
  [/^(?:≤|⩽|≦|<=|不高于|不超过|不多于|小于等于)/, 'le'],
  [/^(?:>|＞|高于|超过)/, 'ge'],
  [/^(?:<|＜|低于|少于)/, 'le'],
  [/^(?:约|左右)/, 'approx'],
];
const CELL_SUFFIX: [RegExp, Comparator][] = [
  [/^(?:以上|及以上)$/, 'ge'],
  [/^(?:以内|以下|之内|及以下)$/, 'le'],
  [/^(?:左右|上下)$/, 'approx'],
];

/** The unit a measure word after a number stands for. */
export function unitOfMeasure(word: string): string | null {
  const m =
    /^(个百分点|百分点|人次|个月|小时|分钟|万元|亿元|元|张床|个|家|所|项|期|座|台|张|支|批|次|人|名|年|月|天|日|周)/.exec(
      word,
    );
  if (!m) return null;
  const w = m[1] as string;
  const map: Record<string, string> = {
    个百分点: 'percentage_points',
    百分点: 'percentage_points',
    人次: 'person_times',
    个月: 'months',
    小时: 'hours',
    分钟: 'minutes',
    万元: 'yuan_10k',
    亿元: 'yuan_100m',
    元: 'yuan',
    张床: 'beds',
    人: 'persons',
    名: 'persons',
    年: 'years',
    月: 'months',
    天: 'days',
    日: 'days',
    周: 'weeks',
    次: 'times',
  };
  return map[w] ?? 'count';
}

/** Length of the measure word that unitOfMeasure recognised at the start of `word`. */
export function measureLength(word: string): number {
  const m =
    /^(个百分点|百分点|人次|个月|小时|分钟|万元|亿元|元|张床|个|家|所|项|期|座|台|张|支|批|次|人|名|年|月|天|日|周)/.exec(
      word,
    );
  return m ? (m[1] as string).length : 0;
}

/** A table cell like `≥86%`, `5 个`, `2—3个`, `９０％以上` as a quantity; null for `——`, `建设完成`, ''. */
export function parseCellQuantity(cell: string): CellQuantity | null {
  const s = cell.replace(/\s+/g, '');
  let i = 0;
  let comparator: Comparator | null = null;
  for (const [re, c] of CELL_PREFIX) {
    const m = re.exec(s);
    if (m) {
      comparator = c;
      i = m[0].length;
      break;
    }
  }
  const r = parseRangeAt(s, i);
  if (!r) return null;
  let rest = s.slice(r.end);
  let unit = r.percent ? 'percent' : '';
  if (!r.percent) {
    const u = unitOfMeasure(rest);
    if (u) {
      unit = u;
      rest = rest.slice(measureLength(rest));
    }
  }
  for (const [re, c] of CELL_SUFFIX) {
    if (re.test(rest)) {
      comparator ??= c;
      rest = '';
    }
  }
  if (rest !== '') return null;
  if (r.valueMax !== null) return { comparator: 'range', value: r.value, valueMax: r.valueMax, unit };
  return { comparator: comparator ?? 'eq', value: r.value, valueMax: null, unit };
}
