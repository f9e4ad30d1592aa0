// An extracted plan's datasets as files, by the release's rules (scripts/build-data.ts, src/lib/csv): one CSV per
// dataset (UTF-8 with BOM, CRLF, formula rule, columns of the schema), the same rows as JSON, and one zip holding
// every file plus the canonical text the offsets index. Pure; runs in the Web Worker.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { csvColumns, toCsv } from '../../lib/csv/index.ts';
import { columnsOf } from '../../lib/schema/columns.ts';
import { PLAN_DATASETS, type PlanResult } from './run-extraction.ts';

export interface PlanFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** As the release: 1980-01-01 local time, so the zip's bytes do not depend on when or where it is made. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

export function datasetCsv(plan: PlanResult, name: string): PlanFile {
  const spec = PLAN_DATASETS.find((s) => s.name === name);
  if (!spec) throw new Error(`no plan dataset ${name}`);
  const csv = toCsv(plan.datasets[name] ?? [], csvColumns(columnsOf(spec)));
  return { name: `${plan.docId}-${name}.csv`, type: 'text/csv;charset=utf-8', bytes: strToU8(csv) };
}

export function datasetJson(plan: PlanResult, name: string): PlanFile {
  if (!PLAN_DATASETS.some((s) => s.name === name)) throw new Error(`no plan dataset ${name}`);
  const json = `${JSON.stringify(plan.datasets[name] ?? [], null, 1)}\n`;
  return { name: `${plan.docId}-${name}.json`, type: 'application/json', bytes: strToU8(json) };
}

/** `<doc_id>-datasets.zip`: folder `<doc_id>/` with `<dataset>.csv`, `<dataset>.json` and `<doc_id>.txt`. */
export function planZip(plan: PlanResult): PlanFile {
  const entries: Record<string, Uint8Array> = { [`${plan.docId}.txt`]: strToU8(plan.raw) };
  for (const spec of PLAN_DATASETS) {
    entries[`${spec.name}.csv`] = datasetCsv(plan, spec.name).bytes;
    entries[`${spec.name}.json`] = datasetJson(plan, spec.name).bytes;
  }
  const tree: Zippable = {};
  for (const name of Object.keys(entries).sort())
    tree[`${plan.docId}/${name}`] = [entries[name]!, { mtime: FIXED_MTIME, level: 9, os: 3, attrs: 0o100644 << 16 }];
  return {
    name: `${plan.docId}-datasets.zip`,
    type: 'application/zip',
    bytes: zipSync(tree, { mtime: FIXED_MTIME }),
  };
}
