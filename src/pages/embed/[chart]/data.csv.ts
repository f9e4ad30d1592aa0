// /embed/<chart>/data.csv: all rows of a chart's published query as CSV (the one writer: BOM, CRLF, formulas
// defused), the download that works without JavaScript.
import type { APIRoute } from 'astro';
import { objectsToCsv } from '../../../lib/csv/write.ts';
import { publishedResult } from '../../../components/compare/chart-view.ts';
import { CHART_IDS, type ChartId } from '../../../components/compare/models/index.ts';

export function getStaticPaths() {
  return CHART_IDS.map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { columns, rows } = await publishedResult(params.chart as ChartId);
  return new Response(
    objectsToCsv(
      columns.map((c) => c.name),
      rows,
    ),
    { headers: { 'content-type': 'text/csv; charset=utf-8' } },
  );
};
