// /compare-rows/<doc>.json: one plan's rows of every comparison chart (each with its rank in the chart's full
// result), its place and its source-line part in both languages. A comparison page fetches it when the reader adds
// the place; the page itself holds only the summary and the selected places' rows (src/components/compare/rows-file.ts).
import type { APIRoute } from 'astro';
import { rowsOf, sourcePart } from '../../components/compare/chart-view.ts';
import { CHART_IDS } from '../../components/compare/models/index.ts';
import { ROWS_FILE_VERSION, type RowsFile } from '../../components/compare/rows-file.ts';
import { readDocument, readDocuments } from '../../lib/site-data/index.ts';

/** Plans queried together: one query per chart per batch, and only one batch's rows held at a time. */
const BATCH = 100;

export function getStaticPaths() {
  const ids = readDocuments()
    .map((d) => d.doc_id)
    .sort();
  return ids.map((doc, i) => ({
    params: { doc },
    props: { batch: ids.slice(i - (i % BATCH), i - (i % BATCH) + BATCH) },
  }));
}

let cached: { key: string; files: Promise<Map<string, RowsFile['charts']>> } | undefined;

async function batchRows(batch: string[]): Promise<Map<string, RowsFile['charts']>> {
  const out = new Map<string, RowsFile['charts']>(batch.map((id) => [id, {}]));
  for (const chart of CHART_IDS) {
    const { rows, ranks } = await rowsOf(chart, batch);
    rows.forEach((row, i) => {
      const charts = out.get(String(row['doc_id']));
      if (!charts) return;
      const slot = (charts[chart] ??= { rows: [], ranks: [] });
      slot.rows.push(row);
      slot.ranks.push(ranks[i]!);
    });
  }
  return out;
}

export const GET: APIRoute = async ({ params, props }) => {
  const doc = params.doc!;
  const batch = (props as { batch: string[] }).batch;
  const key = batch.join(',');
  if (cached?.key !== key) cached = { key, files: batchRows(batch) };
  const charts = (await cached.files).get(doc) ?? {};
  const d = readDocument(doc);
  if (!d) throw new Error(`compare-rows: ${doc} is not a published plan`);
  const file: RowsFile = {
    v: ROWS_FILE_VERSION,
    id: doc,
    place: { en: d.place_en, zh: d.place_zh },
    source: { en: sourcePart(d, 'en'), zh: sourcePart(d, 'zh') },
    charts,
  };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
