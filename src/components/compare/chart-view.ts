// A chart at build time: its published query run over the published tables (Node, @duckdb/node-api), the result
// checked against the chart's contract, and drawn (jsdom). Server side only; the page and the embed of a chart in a
// language share one view.
import type { Lang } from '../../i18n/ui.ts';
import { nameLookup, readDocument, runPublishedSql } from '../../lib/site-data/index.ts';
import type { DocumentRow } from '../../lib/schema/index.ts';
import type { SqlResult } from '../../lib/sql-result.ts';
import { chartDocument } from '../charts/dom.ts';
import { drawChart, filterViews, type ChartDrawing, type FilterView } from './draw.ts';
import { chartSpec, type ChartContext, type ChartId, type ChartSpec } from './models/index.ts';
import { checkResult, problemText } from './query/contract.ts';
import { variableStatements } from './query/params.ts';
import { DEFAULT_PLACES, defaultSelectionSql, PLAN_COUNT_SQL, rankedSql, SMALL_CORPUS } from './selection.ts';
import { STR } from './strings.ts';

export interface ChartView {
  spec: ChartSpec;
  lang: Lang;
  /** The query's result for the default places: column names with DuckDB types, rows, their ranks. */
  result: Ranked;
  /** The summary query's result (every plan, aggregated). */
  summary: SqlResult;
  /** The places drawn when a link names none. */
  defaults: string[];
  ctx: ChartContext;
  drawing: ChartDrawing;
  filters: FilterView[];
}

const summaries = new Map<ChartId, Promise<SqlResult>>();
const selectedResults = new Map<ChartId, Promise<Ranked>>();
const views = new Map<string, Promise<ChartView>>();
let defaults: Promise<{ total: number; places: string[] }> | undefined;

/** A query's rows with their positions in the full result (see rankedSql). */
export interface Ranked extends SqlResult {
  ranks: number[];
}

/** The summary of every plan for a chart (an aggregate: a few dozen rows), once per build. */
export function summaryResult(id: ChartId): Promise<SqlResult> {
  let hit = summaries.get(id);
  if (!hit) {
    hit = runPublishedSql(chartSpec(id).summarySql, variableStatements({}));
    summaries.set(id, hit);
  }
  return hit;
}

/** The number of plans and the places drawn when a link names none (see selection.ts). */
export function defaultSelection(): Promise<{ total: number; places: string[] }> {
  defaults ??= (async () => {
    const total = Number((await runPublishedSql(PLAN_COUNT_SQL)).rows[0]?.['n'] ?? 0);
    const limit = total <= SMALL_CORPUS ? total : DEFAULT_PLACES;
    const places = (await runPublishedSql(defaultSelectionSql(limit))).rows.map((r) => String(r['doc_id'])).sort();
    return { total, places };
  })();
  return defaults;
}

/** A chart's published query for some plans only, each row with its rank in the full result. */
export async function rowsOf(id: ChartId, docs: string[]): Promise<Ranked> {
  const result = await runPublishedSql(rankedSql(chartSpec(id).sql, docs), variableStatements({}));
  return {
    columns: result.columns.filter((c) => c.name !== '_rank'),
    rows: result.rows.map(({ _rank, ...row }) => row),
    ranks: result.rows.map((r) => Number(r['_rank'])),
  };
}

/** The published query's rows for the default places, once per build. */
export function publishedResult(id: ChartId): Promise<Ranked> {
  let hit = selectedResults.get(id);
  if (!hit) {
    hit = defaultSelection().then((d) => rowsOf(id, d.places));
    selectedResults.set(id, hit);
  }
  return hit;
}

/** Where a plan's source line comes from: its issuer in the page's language (by the glossary), year, completeness. */
export function sourcePart(d: DocumentRow, lang: Lang, names = nameLookup()): string {
  const en = lang === 'en';
  const unstated = en ? `${d.place_en} (issuer not stated)` : `${d.place_zh}（发文机关未载明）`;
  const issuer = d.issuer_zh ? names(d.issuer_zh, lang).text : unstated;
  const year = d.issue_year ? (en ? `, ${d.issue_year}` : `，${d.issue_year}年`) : '';
  const flag = d.complete ? '' : en ? ` (${STR.en.incomplete})` : `（${STR.zh.incomplete}）`;
  return `${issuer}${year}${flag}`;
}

/** The context of a chart: the selected plans and their source-line parts, the number of plans, the summary rows. */
export function chartContext(lang: Lang, selected: string[], total: number, summary: SqlResult['rows']): ChartContext {
  const docs = [...selected]
    .sort()
    .map((id) => readDocument(id))
    .filter((d): d is DocumentRow => d !== null);
  const en = lang === 'en';
  const names = nameLookup();
  return {
    lang,
    plans: docs.map((d) => ({ id: d.doc_id, label: en ? d.place_en : d.place_zh })),
    sources: Object.fromEntries(docs.map((d) => [d.doc_id, sourcePart(d, lang, names)])),
    selected,
    total,
    summary,
  };
}

async function build(id: ChartId, lang: Lang): Promise<ChartView> {
  const spec = chartSpec(id);
  const [result, summary, selection] = await Promise.all([publishedResult(id), summaryResult(id), defaultSelection()]);
  const checked = checkResult(result, spec.columns);
  // The published query must meet its own chart's contract: a failure here is a bug, and stops the build.
  if (!checked.ok) throw new Error(`chart ${id}: the published query's result: ${problemText(checked.problem, 'en')}`);
  const ctx = chartContext(lang, selection.places, selection.total, summary.rows);
  return {
    spec,
    lang,
    result,
    summary,
    ctx,
    defaults: selection.places,
    drawing: drawChart(spec, result.rows, ctx, chartDocument()),
    filters: filterViews(spec, [...summary.rows, ...result.rows], lang),
  };
}

export function chartView(id: ChartId, lang: Lang): Promise<ChartView> {
  const key = `${id}:${lang}`;
  let hit = views.get(key);
  if (!hit) {
    hit = build(id, lang);
    views.set(key, hit);
  }
  return hit;
}
