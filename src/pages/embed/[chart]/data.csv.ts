// /embed/<chart>/data.csv: all rows of a chart's published query as CSV (the one writer: BOM, CRLF, formulas
// defused), the download that works without JavaScript.
import type { APIRoute } from 'astro';
import { objectsToCsv } from '../../../lib/csv/write.ts';
import { runPublishedSql } from '../../../lib/site-data/index.ts';
import { CHART_IDS, chartSpec, type ChartId } from '../../../components/compare/models/index.ts';

export function getStaticPaths() {
  return CHART_IDS.map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { columns, rows } = await runPublishedSql(chartSpec(params.chart as ChartId).sql);
  return new Response(
    objectsToCsv(
      columns.map((c) => c.name),
      rows,
    ),
    { headers: { 'content-type': 'text/csv; charset=utf-8' } },
  );
};
