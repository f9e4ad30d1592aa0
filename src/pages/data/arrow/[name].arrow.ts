// /data/arrow/<dataset>.arrow: every published dataset as an Arrow IPC stream, made at build time from the
// validated rows and the zod column types. The SQL explorer loads its tables from these files (lossless: no
// CSV formula defusing to undo, null and '' kept apart). Not part of the data release (no checksum, not zipped).
// A dataset published in parts (src/lib/dataset-parts.ts) gets one stream per JSON part, <dataset>.part-001.arrow …,
// listed in /data/arrow/parts.json; the explorer loads them into one table.
import type { APIRoute } from 'astro';
import { datasetArrowIpc } from '../../../lib/arrow/dataset.ts';
import { datasetPartName } from '../../../lib/dataset-parts.ts';
import { DATASETS } from '../../../lib/schema/index.ts';
import { readDatasetParts } from '../../../lib/site-data/index.ts';

export function getStaticPaths() {
  return DATASETS.flatMap((spec) => {
    const parts = readDatasetParts(spec.name);
    if (parts.length <= 1) return [{ params: { name: spec.name }, props: { spec, rows: parts[0] ?? [] } }];
    return parts.map((rows, i) => ({
      params: { name: datasetPartName(spec.name, i, 'arrow').replace(/\.arrow$/, '') },
      props: { spec, rows },
    }));
  });
}

export const GET: APIRoute = ({ props }) => {
  const { spec, rows } = props as { spec: (typeof DATASETS)[number]; rows: unknown[] };
  return new Response(new Uint8Array(datasetArrowIpc(spec, rows)), {
    headers: { 'content-type': 'application/vnd.apache.arrow.stream' },
  });
};
