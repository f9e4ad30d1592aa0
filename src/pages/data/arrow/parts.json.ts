// /data/arrow/parts.json: the Arrow files of each dataset published in parts, in order ({} when none is): the
// explorer (src/lib/duckdb.ts) reads it before loading a table, and loads a table without an entry from <name>.arrow.
import type { APIRoute } from 'astro';
import { arrowPartFiles } from '../../../lib/dataset-parts.ts';
import { DATASETS } from '../../../lib/schema/index.ts';
import { readDatasetParts } from '../../../lib/site-data/index.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(arrowPartFiles(DATASETS.map((spec) => ({ name: spec.name, parts: readDatasetParts(spec.name).length })))),
    { headers: { 'content-type': 'application/json' } },
  );
