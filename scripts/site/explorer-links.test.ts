// The explorer's result links use the plan page's own ids: for every row of every dataset with quotes, the link
// from its key column is the id the plan page gives that row's highlight (PlanPage: highlightId + rowKey).
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightId, rowKey, spanDatasets } from '../../src/lib/anchors.ts';
import { explorerLinkSpec } from '../../src/components/explore/link-spec.ts';
import { columnLinks } from '../../src/lib/explore-links.ts';
import type { Cell } from '../../src/lib/explore-format.ts';
import { buildDataRelease, readJsonRows } from './published-data.testing.ts';

let dir: string;
beforeAll(() => {
  dir = buildDataRelease();
}, 120_000);

describe('explorer links to plan pages', () => {
  it('every keyed row of a dataset with quotes links to its highlight id, with or without doc_id beside it', () => {
    const documents = readJsonRows(dir, 'documents') as { doc_id: string; source_file: string }[];
    const spec = explorerLinkSpec(documents, 'en');
    let checked = 0;
    for (const ds of spanDatasets()) {
      const key = spec.keys.find((k) => k.dataset === ds.name)?.column;
      if (!key) continue;
      for (const row of readJsonRows(dir, ds.name)) {
        const doc = String(row['doc_id']);
        const want = `/plans/${doc}/#${highlightId(ds.name, doc, rowKey(ds, row))}`;
        const withDoc = columnLinks([key, 'doc_id'], spec, [ds.name]).map((r) => r?.([row[key] as Cell, doc]));
        expect(withDoc[0]?.href, `${ds.name} ${String(row[key])}`).toBe(want);
        const value = row[key];
        if (typeof value === 'string') {
          const alone = columnLinks([key], spec, [ds.name])[0]?.([value]);
          expect(alone?.href, `${ds.name} ${value} without doc_id`).toBe(want);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    // The keys the issue names are among them.
    expect(spec.keys.map((k) => k.column)).toEqual(expect.arrayContaining(['target_id', 'mention_id']));
  });
});
