// The plans index as rows: one per plan, with what the table sorts and filters on. Pure (server and browser):
// the page renders it, /plans-index.json publishes it compactly, the browser filters, sorts and pages it.
import { fold } from '../search/fold.ts';

export type Level = 'province' | 'prefecture' | 'county' | '';
/** One statement about completeness: complete, complete text without some attachments, or an incomplete copy. */
export type Completeness = 'complete' | 'attachments' | 'incomplete';

export interface PlanIndexRow {
  id: string;
  placeEn: string;
  placeZh: string;
  provinceEn: string;
  provinceZh: string;
  level: Level;
  year: number | null;
  targets: number;
  completeness: Completeness;
  /** Attachments referenced but missing (shown in the badge's title). */
  missing: number;
}

/** What the rows are made from: a documents row (src/lib/schema) and its number of targets. */
export interface PlanIndexSource {
  doc_id: string;
  place_en: string;
  place_zh: string;
  province_en: string;
  province_zh: string;
  level: Level;
  issue_year: number | null;
  complete: boolean;
  attachments_missing: number;
}

export function planIndexRow(doc: PlanIndexSource, targets: number): PlanIndexRow {
  return {
    id: doc.doc_id,
    placeEn: doc.place_en,
    placeZh: doc.place_zh,
    provinceEn: doc.province_en,
    provinceZh: doc.province_zh,
    level: doc.level,
    year: doc.issue_year,
    targets,
    completeness: !doc.complete ? 'incomplete' : doc.attachments_missing > 0 ? 'attachments' : 'complete',
    missing: doc.attachments_missing,
  };
}

/** The published form (/plans-index.json): a header and one array per row, about half the bytes of objects. */
export interface PlansIndexFile {
  v: 1;
  columns: (keyof PlanIndexRow)[];
  rows: unknown[][];
}

const COLUMNS: (keyof PlanIndexRow)[] = [
  'id',
  'placeEn',
  'placeZh',
  'provinceEn',
  'provinceZh',
  'level',
  'year',
  'targets',
  'completeness',
  'missing',
];

export function toIndexFile(rows: PlanIndexRow[]): PlansIndexFile {
  return { v: 1, columns: COLUMNS, rows: rows.map((r) => COLUMNS.map((c) => r[c])) };
}

export function fromIndexFile(file: PlansIndexFile): PlanIndexRow[] {
  if ((file.v as number) !== 1 || !Array.isArray(file.rows))
    throw new Error('plans-index.json: not version 1 of the plans index');
  return file.rows.map((r) => Object.fromEntries(file.columns.map((c, i) => [c, r[i]])) as unknown as PlanIndexRow);
}

export type Lang = 'en' | 'zh';
export type SortKey = 'place' | 'province' | 'level' | 'year' | 'targets' | 'completeness';
export const SORT_KEYS: SortKey[] = ['place', 'province', 'level', 'year', 'targets', 'completeness'];

export interface TableState {
  sort: SortKey;
  dir: 'asc' | 'desc';
  province: string;
  level: string;
  year: string;
  completeness: string;
  /** A band of TARGET_BANDS ('' = any number). */
  targets: string;
  text: string;
  page: number;
}

export const INITIAL_STATE: TableState = {
  sort: 'place',
  dir: 'asc',
  province: '',
  level: '',
  year: '',
  completeness: '',
  targets: '',
  text: '',
  page: 0,
};

/** Bands of the number of targets a plan states, for the filter: [value, lowest, highest (null: no limit)]. */
export const TARGET_BANDS: readonly (readonly [string, number, number | null])[] = [
  ['0', 0, 0],
  ['1-9', 1, 9],
  ['10-29', 10, 29],
  ['30+', 30, null],
];

const inBand = (targets: number, band: string): boolean => {
  const b = TARGET_BANDS.find(([value]) => value === band);
  return b === undefined || (targets >= b[1] && (b[2] === null || targets <= b[2]));
};

/** The filters, sort and page that the URL's query keeps: what differs from the initial state, in a fixed order. */
const QUERY_KEYS = ['text', 'province', 'level', 'year', 'completeness', 'targets', 'sort', 'dir', 'page'] as const;
const QUERY_NAMES: Record<(typeof QUERY_KEYS)[number], string> = {
  text: 'q',
  province: 'province',
  level: 'level',
  year: 'year',
  completeness: 'completeness',
  targets: 'targets',
  sort: 'sort',
  dir: 'dir',
  page: 'page',
};

/** The state as a query string ('' for the initial state); pages count from 1 in the URL. */
export function stateToQuery(state: TableState): string {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    if (state[key] === INITIAL_STATE[key]) continue;
    params.set(QUERY_NAMES[key], key === 'page' ? String(state.page + 1) : state[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The state a query string names; unknown or malformed values fall back to the initial state's, never throw. */
export function stateFromQuery(query: string): TableState {
  const params = new URLSearchParams(query);
  const get = (key: (typeof QUERY_KEYS)[number]) => params.get(QUERY_NAMES[key]) ?? '';
  const sort = get('sort');
  const page = Number.parseInt(get('page'), 10);
  const targets = get('targets');
  return {
    sort: (SORT_KEYS as string[]).includes(sort) ? (sort as SortKey) : INITIAL_STATE.sort,
    dir: get('dir') === 'desc' ? 'desc' : 'asc',
    province: get('province'),
    level: get('level'),
    year: /^\d{4}$/.test(get('year')) ? get('year') : '',
    completeness: get('completeness'),
    targets: TARGET_BANDS.some(([value]) => value === targets) ? targets : '',
    text: get('text').slice(0, 200),
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

export const placeOf = (r: PlanIndexRow, lang: Lang): string => (lang === 'en' ? r.placeEn : r.placeZh) || r.id;
export const provinceOf = (r: PlanIndexRow, lang: Lang): string => (lang === 'en' ? r.provinceEn : r.provinceZh);

const LEVEL_ORDER: Record<Level, number> = { province: 0, prefecture: 1, county: 2, '': 3 };
const COMPLETENESS_ORDER: Record<Completeness, number> = { complete: 0, attachments: 1, incomplete: 2 };

/** Chinese names sort by pinyin (the zh collation), English by letters; numbers in names as numbers (No. 2 < No. 10). */
export const collator = (lang: Lang): Intl.Collator =>
  new Intl.Collator(lang === 'en' ? 'en' : 'zh-Hans-CN', { numeric: true, sensitivity: 'base' });

/** Rows that pass the filters: exact province, level, year, completeness and targets band; text in the names or id. */
export function filterRows(rows: PlanIndexRow[], state: TableState): PlanIndexRow[] {
  const text = fold(state.text).text;
  return rows.filter(
    (r) =>
      (state.province === '' || r.provinceEn === state.province) &&
      (state.level === '' || r.level === state.level) &&
      (state.year === '' || String(r.year ?? '') === state.year) &&
      (state.completeness === '' || r.completeness === state.completeness) &&
      inBand(r.targets, state.targets) &&
      (text === '' || fold(`${r.placeEn} ${r.placeZh} ${r.provinceEn} ${r.provinceZh} ${r.id}`).text.includes(text)),
  );
}

/** Sorted copy; ties by place, then id, so the order never depends on the input's. Missing years sort last. */
export function sortRows(rows: PlanIndexRow[], key: SortKey, dir: 'asc' | 'desc', lang: Lang): PlanIndexRow[] {
  const c = collator(lang);
  const sign = dir === 'asc' ? 1 : -1;
  const byPlace = (a: PlanIndexRow, b: PlanIndexRow) => c.compare(placeOf(a, lang), placeOf(b, lang));
  const primary = (a: PlanIndexRow, b: PlanIndexRow): number => {
    switch (key) {
      case 'place':
        return byPlace(a, b);
      case 'province':
        return c.compare(provinceOf(a, lang), provinceOf(b, lang));
      case 'level':
        return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level];
      case 'year':
        if (a.year === null || b.year === null) return 0;
        return a.year - b.year;
      case 'targets':
        return a.targets - b.targets;
      case 'completeness':
        return COMPLETENESS_ORDER[a.completeness] - COMPLETENESS_ORDER[b.completeness];
    }
  };
  return rows.slice().sort((a, b) => {
    if (key === 'year' && (a.year === null) !== (b.year === null)) return a.year === null ? 1 : -1;
    return sign * primary(a, b) || byPlace(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** The rows of one page (0-based, clamped to the last page) and the number of pages (at least 1). */
export function pageOf<T>(rows: T[], page: number, size: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(p * size, (p + 1) * size), page: p, pages };
}

/** Filter options present in the rows: provinces (by English name, labelled in the language), levels, years. */
export function facets(rows: PlanIndexRow[], lang: Lang) {
  const provinces = new Map<string, string>();
  for (const r of rows) if (r.provinceEn) provinces.set(r.provinceEn, provinceOf(r, lang) || r.provinceEn);
  const c = collator(lang);
  return {
    provinces: [...provinces].sort((a, b) => c.compare(a[1], b[1])),
    levels: (['province', 'prefecture', 'county', ''] as Level[]).filter((l) => rows.some((r) => r.level === l)),
    years: [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a),
  };
}
