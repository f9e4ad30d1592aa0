// The plans index's rows from the published documents and targets: one per plan, with its number of targets.
import { planIndexRow, type PlanIndexRow } from '../plans-index/rows.ts';
import { readDocumentRows, readDocuments } from './published.ts';

export function readPlansIndex(): PlanIndexRow[] {
  return readDocuments().map((d) => planIndexRow(d, readDocumentRows('targets', d.doc_id).length));
}
