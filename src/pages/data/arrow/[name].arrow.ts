// /data/arrow/<dataset>.arrow: every published dataset as an Arrow IPC stream, made at build time from the
// validated rows and the zod column types. The SQL explorer loads its tables from these files (lossless: no
// CSV formula defusing to undo, null and '' kept apart). Not part of the data release (no checksum, not zipped).
import type { APIRoute } from 'astro';
import { datasetArrowIpc } from '../../../lib/arrow/dataset.ts';
import { DATASETS } from '../../../lib/schema/index.ts';
import { readDataset } from '../../../lib/site-data/index.ts';

export function getStaticPaths() {
  return DATASETS.map((spec) => ({ params: { name: spec.name }, props: { spec } }));
}

export const GET: APIRoute = ({ props }) => {
  const { spec } = props as { spec: (typeof DATASETS)[number] };
  return new Response(new Uint8Array(datasetArrowIpc(spec, readDataset(spec.name))), {
    headers: { 'content-type': 'application/vnd.apache.arrow.stream' },
  });
};
