// Result cells that lead back to the plan page (like Datasette's foreign keys).
import { describe, expect, it } from 'vitest';
import type { Cell } from './explore-format.ts';
import { columnLinks, lineHref, type LinkSpec } from './explore-links.ts';

const SPEC: LinkSpec = {
  planHref: '/zh/plans/{doc}/',
  sources: { guyuan: '/data/sources/guyuan.txt', 'tong-liao': '/data/sources/tong-liao.txt' },
  keys: [
    { column: 'target_id', dataset: 'targets' },
    { column: 'mention_id', dataset: 'target_mentions' },
    { column: 'mention_id', dataset: 'organisation_mentions' },
    { column: 'citation_no', dataset: 'citations' },
  ],
};

function links(columns: string[], row: Cell[], named: string[] = []) {
  return columnLinks(columns, SPEC, named).map((r) => r?.(row) ?? null);
}

describe('columnLinks', () => {
  it('a target_id links to its highlighted sentence; doc_id to the plan; section_id to its section', () => {
    expect(links(['target_id', 'doc_id', 'section_id', 'value'], ['guyuan-t03', 'guyuan', 's1.3', 90])).toEqual([
      { href: '/zh/plans/guyuan/#targets-guyuan-t03' },
      { href: '/zh/plans/guyuan/' },
      { href: '/zh/plans/guyuan/#s1.3' },
      null,
    ]);
  });

  it('a key without a doc_id column finds its document by prefix (the longest known doc id)', () => {
    expect(links(['target_id'], ['tong-liao-t01'])).toEqual([{ href: '/zh/plans/tong-liao/#targets-tong-liao-t01' }]);
    expect(links(['target_id'], ['nowhere-t01'])).toEqual([null]);
  });

  it('a key shared by two datasets (mention_id) links only when the query names one of them', () => {
    expect(links(['mention_id', 'doc_id'], ['guyuan-m001', 'guyuan'])).toEqual([null, { href: '/zh/plans/guyuan/' }]);
    expect(links(['mention_id', 'doc_id'], ['guyuan-m001', 'guyuan'], ['target_mentions'])[0]).toEqual({
      href: '/zh/plans/guyuan/#target_mentions-guyuan-m001',
    });
    expect(links(['mention_id'], ['guyuan-om-0001'], ['organisation_mentions', 'documents'])[0]).toEqual({
      href: '/zh/plans/guyuan/#organisation_mentions-guyuan-om-0001',
    });
  });

  it('a numeric key (citation_no) needs the row doc_id', () => {
    expect(links(['doc_id', 'citation_no'], ['guyuan', 2n])[1]).toEqual({
      href: '/zh/plans/guyuan/#citations-guyuan-2',
    });
    expect(links(['citation_no'], [2n])).toEqual([null]);
  });

  it('a quote leads to the same sentence as the row key, else to its paragraph by line or by offset', () => {
    expect(links(['quote', 'target_id'], ['达到90%', 'guyuan-t01'])[0]).toEqual({
      href: '/zh/plans/guyuan/#targets-guyuan-t01',
    });
    expect(links(['doc_id', 'start', 'quote'], ['guyuan', 1312, '达到90%'])[2]).toEqual({
      doc: 'guyuan',
      start: 1312,
      href: '/zh/plans/guyuan/',
    });
    // reuse: quote_a with doc_a and line_a
    expect(links(['doc_a', 'line_a', 'quote_a'], ['guyuan', 27n, '……'])).toEqual([
      { href: '/zh/plans/guyuan/' },
      null,
      { href: '/zh/plans/guyuan/#p-27' },
    ]);
    // without a document or a position there is nothing to link to
    expect(links(['quote', 'start'], ['达到90%', 5])).toEqual([null, null]);
  });

  it('unknown documents, NULLs, empty and non-text values never link', () => {
    expect(links(['doc_id', 'target_id'], ['elsewhere', null])).toEqual([null, null]);
    expect(links(['doc_id', 'section_id'], ['guyuan', ''])).toEqual([{ href: '/zh/plans/guyuan/' }, null]);
    expect(links(['doc_id'], [5])).toEqual([null]);
  });

  it('ids are made safe for the URL: a doc id is encoded, a section id becomes the plan page anchor', () => {
    const spec: LinkSpec = { ...SPEC, sources: { 'a b': '/x' } };
    const r = columnLinks(['doc_id', 'section_id'], spec, []).map((f) => f?.(['a b', '1.2']) ?? null);
    expect(r).toEqual([{ href: '/zh/plans/a%20b/' }, { href: '/zh/plans/a%20b/#x1.2' }]);
  });
});

describe('lineHref', () => {
  it('is the paragraph anchor of the plan page', () => {
    expect(lineHref(SPEC, 'guyuan', 12)).toBe('/zh/plans/guyuan/#p-12');
  });
});
