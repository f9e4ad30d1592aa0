// /plans-index.json: every plan's row of the plans index, compact (src/lib/plans-index/rows.ts). The /plans/ page
// fetches it only above the number of plans it renders in full; for fewer, its table holds every row.
import type { APIRoute } from 'astro';
import { toIndexFile } from '../lib/plans-index/rows.ts';
import { readPlansIndex } from '../lib/site-data/index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(toIndexFile(readPlansIndex())), { headers: { 'content-type': 'application/json' } });
