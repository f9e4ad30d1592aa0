// The reuse rows between two plans, through an index built once per published file: a plan page takes its few
// pairs' rows without filtering every passage of the corpus.
import type { ReuseRow } from '../schema/reuse.ts';
import { readDataset } from './published.ts';

let index: { rows: ReuseRow[]; byPair: Map<string, ReuseRow[]> } | null = null;

/** Published reuse rows between plans x and y (either order), in the published order. */
export function readReuseBetween(x: string, y: string): ReuseRow[] {
  const rows = readDataset<ReuseRow>('reuse');
  if (index?.rows !== rows) {
    const byPair = new Map<string, ReuseRow[]>();
    for (const r of rows) {
      const key = `${r.doc_a}\t${r.doc_b}`;
      const list = byPair.get(key);
      if (list) list.push(r);
      else byPair.set(key, [r]);
    }
    index = { rows, byPair };
  }
  return (index.byPair.get(x < y ? `${x}\t${y}` : `${y}\t${x}`) ?? []).slice();
}
