import { describe, expect, it } from 'vitest';
import { boundedList } from './bounded-list.ts';

const docs = Array.from({ length: 3000 }, (_, i) => ({ doc_id: `p${i}`, issue_year: 2000 + (i % 25) }));
const docOf = (r: { doc: string }) => r.doc;

describe('boundedList', () => {
  it('lists every item up to the cap', () => {
    const items = docs.slice(0, 12).map((d) => ({ doc: d.doc_id }));
    const l = boundedList(items, docOf, docs, 12);
    expect(l).toEqual({ shown: items, total: 12, plans: 12, summarised: false });
  });

  it('beyond the cap, counts items and plans and shows one item of each of the latest plans', () => {
    // Two items per plan for 1,000 plans.
    const items = docs.slice(0, 1000).flatMap((d) => [{ doc: d.doc_id }, { doc: d.doc_id }]);
    const l = boundedList(items, docOf, docs, 12, 3);
    expect(l.summarised).toBe(true);
    expect(l.total).toBe(2000);
    expect(l.plans).toBe(1000);
    expect(l.shown).toHaveLength(3);
    expect(new Set(l.shown.map(docOf)).size).toBe(3);
    // The examples are plans of the latest year among those concerned (2024).
    for (const r of l.shown) expect(docs.find((d) => d.doc_id === r.doc)?.issue_year).toBe(2024);
  });

  it('an empty list is empty, not summarised', () => {
    expect(boundedList([], docOf, docs, 12)).toEqual({ shown: [], total: 0, plans: 0, summarised: false });
  });
});
