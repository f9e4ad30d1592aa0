// Dates of phases and deadlines as written (`2020年12月—2021年11月`, `2021年3月底前`, `（2025年）`) → year-months.
import type { PhaseRow } from '../../src/lib/schema/phases.ts';

/**
 * How a date was read (the phases schema lists the values): month 2020年11月 (start = end = that month);
 * month_range 2020年12月—2021年11月, 2021年1-6月; year 2025年 (January to December); year_range 2021—2025年;
 * half_year 2021年上半年 / 下半年; by_month_end 2021年3月底前; by_year_end 2021年底前, 2021年底;
 * before_year 2020年前, read as "by 2020", end of that year (the text is ambiguous).
 */
export type DateRule = PhaseRow['date_rule'];

export interface YearMonthSpan {
  startYm: string | null;
  endYm: string;
  rule: DateRule;
  /** The date expression matched, in the text given. */
  matched: string;
  index: number;
}

const ym = (y: number, m: number): string => `${y}-${String(m).padStart(2, '0')}`;
const validYear = (y: number): boolean => y >= 1949 && y <= 2100;
const validMonth = (m: number): boolean => m >= 1 && m <= 12;
const DASH = '[—–\\-－~～至到]+';

/** The first date expression in `text` (clean text: ASCII digits), or null. Months out of range give null. */
export function parseYearMonthSpan(text: string): YearMonthSpan | null {
  const patterns: [RegExp, (m: RegExpExecArray) => Omit<YearMonthSpan, 'matched' | 'index'> | null][] = [
    [
      new RegExp(
        `(\\d{4})年(\\d{1,2})月(?:底|末)?(?:前|以前)?${DASH}(?:(\\d{4})年)?(\\d{1,2})月(?:底|末)?(?:前|以前)?`,
      ),
      (m) => {
        const y1 = Number(m[1]);
        const m1 = Number(m[2]);
        const y2 = m[3] ? Number(m[3]) : y1;
        const m2 = Number(m[4]);
        if (!validYear(y1) || !validYear(y2) || !validMonth(m1) || !validMonth(m2) || ym(y2, m2) < ym(y1, m1))
          return null;
        return { startYm: ym(y1, m1), endYm: ym(y2, m2), rule: 'month_range' };
      },
    ],
    [
      new RegExp(`(\\d{4})年(\\d{1,2})${DASH}(\\d{1,2})月`),
      (m) => {
        const y = Number(m[1]);
        const m1 = Number(m[2]);
        const m2 = Number(m[3]);
        if (!validYear(y) || !validMonth(m1) || !validMonth(m2) || m2 < m1) return null;
        return { startYm: ym(y, m1), endYm: ym(y, m2), rule: 'month_range' };
      },
    ],
    [
      new RegExp(`(\\d{4})${DASH}(\\d{4})年`),
      (m) => {
        const y1 = Number(m[1]);
        const y2 = Number(m[2]);
        if (!validYear(y1) || !validYear(y2) || y2 < y1) return null;
        return { startYm: ym(y1, 1), endYm: ym(y2, 12), rule: 'year_range' };
      },
    ],
    [
      /(\d{4})年(\d{1,2})月(?:\d{1,2}[日号])?(底|末)?(前|以前|之前)?/,
      (m) => {
        const y = Number(m[1]);
        const mo = Number(m[2]);
        if (!validYear(y) || !validMonth(mo)) return null;
        return m[3] || m[4]
          ? { startYm: null, endYm: ym(y, mo), rule: 'by_month_end' }
          : { startYm: ym(y, mo), endYm: ym(y, mo), rule: 'month' };
      },
    ],
    [
      /(\d{4})年(上|下)半年/,
      (m) => {
        const y = Number(m[1]);
        if (!validYear(y)) return null;
        return m[2] === '上'
          ? { startYm: ym(y, 1), endYm: ym(y, 6), rule: 'half_year' }
          : { startYm: ym(y, 7), endYm: ym(y, 12), rule: 'half_year' };
      },
    ],
    [
      /(\d{4})年(?:年)?(底|末)(前|以前|之前)?/,
      (m) => {
        const y = Number(m[1]);
        return validYear(y) ? { startYm: null, endYm: ym(y, 12), rule: 'by_year_end' } : null;
      },
    ],
    [
      /(\d{4})年(前|以前|之前)/,
      (m) => {
        const y = Number(m[1]);
        return validYear(y) ? { startYm: null, endYm: ym(y, 12), rule: 'before_year' } : null;
      },
    ],
    [
      /(\d{4})年(?!\d)/,
      (m) => {
        const y = Number(m[1]);
        return validYear(y) ? { startYm: ym(y, 1), endYm: ym(y, 12), rule: 'year' } : null;
      },
    ],
  ];
  let best: YearMonthSpan | null = null;
  for (const [re, resolve] of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const r = resolve(m);
    // A written range or month that is impossible (13月, backwards) makes the whole date unreadable.
    if (!r) return null;
    // Earliest match wins; among matches at one index, the first (most specific) pattern.
    if (!best || m.index < best.index) best = { ...r, matched: m[0], index: m.index };
  }
  return best;
}

/** A span that is a single point (phase heading `（2023年4月底前）`): start = end = that month. */
export function asPhaseSpan(span: YearMonthSpan): { startYm: string; endYm: string } {
  return { startYm: span.startYm ?? span.endYm, endYm: span.endYm };
}
