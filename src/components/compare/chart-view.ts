// A chart at build time: its published query run over the published tables (Node, @duckdb/node-api), the result
// checked against the chart's contract, and drawn (jsdom). Server side only; the page and the embed of a chart in a
// language share one view.
import type { Lang } from '../../i18n/ui.ts';
import { nameLookup, readDocuments, runPublishedSql } from '../../lib/site-data/index.ts';
import type { SqlResult } from '../../lib/sql-result.ts';
import { chartDocument } from '../charts/dom.ts';
import { drawChart, filterViews, type ChartDrawing, type FilterView } from './draw.ts';
import { chartSpec, type ChartContext, type ChartId, type ChartSpec } from './models/index.ts';
import { checkResult, problemText } from './query/contract.ts';
import { variableStatements } from './query/params.ts';
import { STR } from './strings.ts';

export interface ChartView {
  spec: ChartSpec;
  lang: Lang;
  /** The query's result as it ran: column names with DuckDB types, rows. */
  result: SqlResult;
  ctx: ChartContext;
  drawing: ChartDrawing;
  filters: FilterView[];
}

const results = new Map<ChartId, Promise<SqlResult>>();
const views = new Map<string, Promise<ChartView>>();

/** The published query's result with no filter set, once per build. */
export function publishedResult(id: ChartId): Promise<SqlResult> {
  let hit = results.get(id);
  if (!hit) {
    hit = runPublishedSql(chartSpec(id).sql, variableStatements({}));
    results.set(id, hit);
  }
  return hit;
}

/** The plans and their source-line parts, from the documents dataset (issuers in the page's language, by the glossary). */
export function chartContext(lang: Lang): ChartContext {
  const docs = [...readDocuments()].sort((a, b) => a.doc_id.localeCompare(b.doc_id));
  const en = lang === 'en';
  const names = nameLookup();
  return {
    lang,
    plans: docs.map((d) => ({ id: d.doc_id, label: en ? d.place_en : d.place_zh })),
    sources: Object.fromEntries(
      docs.map((d) => {
        const unstated = en ? `${d.place_en} (issuer not stated)` : `${d.place_zh}（发文机关未载明）`;
        const issuer = d.issuer_zh ? names(d.issuer_zh, lang).text : unstated;
        const year = d.issue_year ? (en ? `, ${d.issue_year}` : `，${d.issue_year}年`) : '';
        const flag = d.complete ? '' : en ? ` (${STR.en.incomplete})` : `（${STR.zh.incomplete}）`;
        return [d.doc_id, `${issuer}${year}${flag}`];
      }),
    ),
    selected: [],
  };
}

async function build(id: ChartId, lang: Lang): Promise<ChartView> {
  const spec = chartSpec(id);
  const result = await publishedResult(id);
  const checked = checkResult(result, spec.columns);
  // The published query must meet its own chart's contract: a failure here is a bug, and stops the build.
  if (!checked.ok) throw new Error(`chart ${id}: the published query's result: ${problemText(checked.problem, 'en')}`);
  const ctx = chartContext(lang);
  return {
    spec,
    lang,
    result,
    ctx,
    drawing: drawChart(spec, result.rows, ctx, chartDocument()),
    filters: filterViews(spec, result.rows, lang),
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
