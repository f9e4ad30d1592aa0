// Ids that tie the plan text and the data rows together: highlight ids, row keys, marker codes, and which
// datasets point into the text (doc_id, start, end, quote).
import { DATASETS, type DatasetSpec } from './schema/index.ts';
import { scalarText } from './text/index.ts';

// The ids themselves have no dependency (the explorer's result links build them in the browser).
export { highlightId, htmlId } from './anchor-ids.ts';

/** A dataset whose rows point into the text: it has doc_id, start, end and quote. */
export function isSpanDataset(spec: DatasetSpec): boolean {
  const shape = spec.schema.shape;
  return ['doc_id', 'start', 'end', 'quote'].every((k) => k in shape);
}

export function spanDatasets(): DatasetSpec[] {
  return DATASETS.filter(isSpanDataset);
}

/** The key of a row within its document: the primary key without doc_id ('t03', 'n001', '2'). */
export function rowKey(spec: DatasetSpec, row: Record<string, unknown>): string {
  const keys = spec.primaryKey.filter((k) => k !== 'doc_id');
  return keys.map((k) => scalarText(row[k])).join('-') || scalarText(row['start']);
}

/** Short unique codes for datasets (targets → T, target_mentions → TM, phases → PH): marker labels. */
export function datasetCodes(names: string[]): Map<string, string> {
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    const words = name.split('_').filter(Boolean);
    const initials = words
      .map((w) => w[0]!)
      .join('')
      .toUpperCase();
    let code = initials;
    for (let n = 2; taken.has(code) && n <= name.length; n++)
      code = (initials + words[words.length - 1]!.slice(1, n)).toUpperCase();
    codes.set(name, code);
    taken.add(code);
  }
  return codes;
}
