// What every chart shares. A chart is a SQL query over the published tables plus a drawing of its result: the
// query runs at build time (Node) and, when a reader edits it, in the browser (DuckDB-wasm); the same pure functions
// below turn its rows into SVG, words and links in both places. Browser-safe: no site-data, no Node.
import { localizedPath, type Lang } from '../../../i18n/ui.ts';
import { highlightId } from '../../../lib/anchor-ids.ts';
import type { SqlCell, SqlRow } from '../../../lib/sql-result.ts';
import type { ColumnContract } from '../query/contract.ts';
import type { ParamKey } from '../query/params.ts';
import { STR } from '../strings.ts';

export type ChartId = 'targets' | 'principles' | 'alliances' | 'responsibilities' | 'timeline' | 'instruments';
export type Cell = SqlCell;
export type DataRow = SqlRow;

/** A filter: a query parameter (getvariable('<key>')) that keeps the rows whose `column` is in the list. */
export interface ParamSpec {
  key: ParamKey;
  column: string;
  label: Record<Lang, string>;
  /** How an option reads, from a row that has the value. */
  optionLabel: (row: DataRow, lang: Lang) => string;
  /** Options in id order (places) or in row order (the query's order: indicators, groups). */
  order: 'id' | 'rows';
  /** Checkboxes (few options) or one pick from a list (many). */
  control: 'checkboxes' | 'select';
}

/** What a drawing needs besides its rows: the page's language and the corpus's plans (labels, issuers). */
export interface ChartContext {
  lang: Lang;
  /** The plans drawn over the summary (the selected places), in id order: notes name those a chart has nothing from. */
  plans: { id: string; label: string }[];
  /** The source line's part for each of those plans ('固原市…领导小组, 2020'): a chart names the plans it draws. */
  sources: Record<string, string>;
  /** The places the reader selected, in the order picked; notes about plans without rows consider only these. */
  selected: string[];
  /** How many plans the corpus has (what the summary counts). */
  total: number;
  /** The summary query's rows: every plan, aggregated (a few dozen rows, whatever the number of plans). */
  summary: DataRow[];
}

/**
 * A note under a chart. A filtered view of the published chart shows it only when it still concerns what is
 * shown: `rows`, when a row shown has one of `values` in `column`; `places`, when the place filter is off or
 * picks one of them.
 */
export interface ChartNote {
  text: string;
  rows?: { column: string; values: string[] };
  places?: string[];
}

export interface ChartText {
  title: string;
  subtitle: string;
  notes: ChartNote[];
  /** Text alternative of the drawing (with the table). */
  summary: string;
  /** Appended to the source line (national goals' documents), under the same condition as a note's. */
  sourceExtra?: ChartNote;
}

export interface Layout {
  document: Document;
  width: number;
}

export interface TableColumn {
  column: string;
  label: string;
  numeric?: boolean;
}

export interface ChartSpec {
  id: ChartId;
  /** Page the chart lives on ('/compare/targets/'), language-neutral. */
  page: string;
  /** The published query; its result is the chart's rows (the selected places' rows: `place` is set). */
  sql: string;
  /**
   * The summary of every plan: an aggregate query, no variables, a bounded number of rows (by indicator, item, kind
   * or year, capped), so the build holds O(items) rows, not O(plans). Drawn under the selected places' rows.
   */
  summarySql: string;
  /** Columns of the summary table (the first table under the chart). */
  summaryTable(lang: Lang): TableColumn[];
  /** Columns the drawing reads (an edited query must return them); `optional` ones enrich it when present. */
  columns: ColumnContract[];
  params: ParamSpec[];
  describe(rows: DataRow[], ctx: ChartContext): ChartText;
  /** Pure: rows → SVG (null when there is nothing to draw). Row order is drawing order. */
  draw(rows: DataRow[], ctx: ChartContext, layout: Layout): SVGSVGElement | null;
  table(lang: Lang): TableColumn[];
  /** Link of a row to its quote on the plan page. */
  rowHref(row: DataRow, lang: Lang): string;
  /** Text of a table cell (default: the value; '—' for null). */
  cell?(row: DataRow, column: string, lang: Lang): string;
}

/** Width of the wide drawing and of the one laid out for phones and narrow embeds. */
export const WIDTH = 600;
export const NARROW = 380;

export const str = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v));
export const num = (v: Cell | undefined): number | null => (typeof v === 'number' ? v : null);

/** A row's place in the page's language. */
export const placeOf = (row: DataRow, lang: Lang): string =>
  str(lang === 'en' ? row['place_en'] : row['place_zh']) || str(row['doc_id']);

/** Link to a row's highlighted quote on its plan page (the plan page itself when the key is empty). */
export function quoteHref(lang: Lang, dataset: string, docId: string, key: string): string {
  const plan = `/plans/${encodeURIComponent(docId)}/`;
  return localizedPath(key ? `${plan}#${highlightId(dataset, docId, key)}` : plan, lang);
}

/** Distinct values in first-seen order. */
export function distinct<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** The rows' plans, in id order. */
export const docIdsOf = (rows: DataRow[]): string[] => distinct(rows.map((r) => str(r['doc_id']))).sort();

/** The source line for the plans of `rows`: their issuing bodies, then any extra sentence. */
export function sourceLine(rows: DataRow[], ctx: ChartContext, extra: ChartNote | undefined): string {
  const parts = docIdsOf(rows).map((id) => ctx.sources[id] ?? id);
  const line = STR[ctx.lang].issuedBy(parts.join(ctx.lang === 'en' ? '; ' : '；'));
  return extra?.text ? `${line} ${extra.text}` : line;
}

/** The plans a view covers: the selected places (all the context knows of, when none is set). */
export const plansInScope = (ctx: ChartContext): { id: string; label: string }[] =>
  ctx.selected.length ? ctx.plans.filter((p) => ctx.selected.includes(p.id)) : ctx.plans;

/** The number of plans in words: '300 plans' / '300 份方案'. */
export const plansWord = (n: number, lang: Lang): string =>
  lang === 'en' ? `${n} plan${n === 1 ? '' : 's'}` : `${n} 份方案`;

/** A bar's count: '12 of 300' / '12/300'. */
export const countOf = (n: number, total: number, lang: Lang): string =>
  lang === 'en' ? `${n} of ${total}` : `${n}/${total}`;

/** The heading over a summary: 'All 300 plans; selected places in colour'. */
export const summaryHeading = (ctx: ChartContext, what: Record<Lang, string>): string =>
  ctx.lang === 'en'
    ? `${what.en}: all ${plansWord(ctx.total, 'en')}; selected places in colour`
    : `${what.zh}：全部 ${plansWord(ctx.total, 'zh')}，所选地区以彩色标出`;

/** Count of a summary row's column (0 for none). */
export const countIn = (row: DataRow | undefined, column: string): number => num(row?.[column]) ?? 0;

/** The plans in scope that give no rows. */
export function plansWithout(rows: DataRow[], ctx: ChartContext): { id: string; label: string }[] {
  const used = new Set(rows.map((r) => str(r['doc_id'])));
  return plansInScope(ctx).filter((p) => !used.has(p.id));
}

/** A note naming the plans that give no rows (shown while the place filter could include them). */
export function withoutNote(rows: DataRow[], ctx: ChartContext, words: (list: string) => string): ChartNote[] {
  const none = plansWithout(rows, ctx);
  if (none.length === 0) return [];
  return [
    {
      text: words(
        listOrCount(
          none.map((p) => p.label),
          ctx.total,
          ctx.lang,
        ),
      ),
      places: none.map((p) => p.id),
    },
  ];
}

/** "Henan" / "12 of 300 plans": plans named while few, counted when many. */
export function listOrCount(labels: string[], total: number, lang: Lang): string {
  if (labels.length <= 8) return labels.join(lang === 'en' ? ', ' : '、');
  return lang === 'en' ? `${labels.length} of ${total} plans` : `${total} 份方案中的 ${labels.length} 份`;
}

/** The place filter every chart has: the plans' ids, labelled by place (picked with the place picker). */
export const placeParam: ParamSpec = {
  key: 'place',
  column: 'doc_id',
  label: { en: STR.en.place, zh: STR.zh.place },
  optionLabel: (row, lang) => placeOf(row, lang),
  order: 'id',
  control: 'checkboxes',
};

/** The place columns every chart's rows carry (labels in both languages). */
export const PLACE_COLUMNS: ColumnContract[] = [
  {
    name: 'doc_id',
    kind: 'text',
    use: { en: 'plan id: filters, source line, links', zh: '方案编号：筛选、来源、链接' },
  },
  { name: 'place_en', kind: 'text', use: { en: 'place label (English pages)', zh: '地区名（英文页）' } },
  { name: 'place_zh', kind: 'text', use: { en: 'place label (Chinese pages)', zh: '地区名（中文页）' } },
];
