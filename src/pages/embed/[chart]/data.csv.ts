// /embed/<chart>/data.csv: all rows of a chart as CSV (BOM, CRLF), the download that works without JavaScript.
import Papa from 'papaparse';
import type { APIRoute } from 'astro';
import { CHART_IDS, chartModel, type ChartId } from '../../../components/compare/models.ts';

export function getStaticPaths() {
  return CHART_IDS.map((chart) => ({ params: { chart } }));
}

export const GET: APIRoute = ({ params }) => {
  const m = chartModel(params.chart as ChartId, 'en');
  const defuse = (v: unknown) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  const csv = Papa.unparse(
    { fields: m.columns, data: m.rows.map((r) => m.columns.map((c) => defuse(r[c] ?? ''))) },
    { newline: '\r\n' },
  );
  return new Response(`\uFEFF${csv}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
