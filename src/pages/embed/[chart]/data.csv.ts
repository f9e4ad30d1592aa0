// /embed/<chart>/data.csv: all rows of a chart as CSV (the one writer: BOM, CRLF, formulas defused), the download
// that works without JavaScript.
import type { APIRoute } from 'astro';
import { objectsToCsv } from '../../../lib/csv/write.ts';
import { CHART_IDS, chartModel, type ChartId } from '../../../components/compare/models/index.ts';

export function getStaticPaths() {
  return CHART_IDS.map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = ({ params }) => {
  const m = chartModel(params.chart as ChartId, 'en');
  return new Response(objectsToCsv(m.columns, m.rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
