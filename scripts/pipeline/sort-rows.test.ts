import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DatasetSpec } from '../../src/lib/schema/dataset.ts';
import { checkForeignKeys, compareValues, KeyError, sortByPrimaryKey } from './sort-rows.ts';

const docs: DatasetSpec = {
  name: 'docs',
  title: 'D',
  description: 'd',
  schema: z.object({ doc_id: z.string().describe('id') }),
  primaryKey: ['doc_id'],
};
const secs: DatasetSpec = {
  name: 'secs',
  title: 'S',
  description: 's',
  schema: z.object({
    doc_id: z.string().describe('id'),
    section_id: z.string().describe('sid'),
    n: z.number().int().nullable().describe('n'),
  }),
  primaryKey: ['doc_id', 'section_id'],
  foreignKeys: [{ fields: ['doc_id'], reference: { resource: 'docs', fields: ['doc_id'] } }],
};

describe('compareValues', () => {
  it.each([
    // section ids as the sections dataset writes them (guyuan outline)
    ['s2', 's10', -1],
    ['s2.1.3', 's2.1.10', -1],
    ['s1', 's1.1', -1],
    ['a1', 'cover', -1],
    ['007', '7', -1], // same number, distinct strings: still ordered, never a tie
    ['固原市', '杭锦旗', -1], // code-point order, not locale collation
    [null, 'a', -1],
    [2, 10, -1],
    [false, true, -1],
  ])('%s before %s', (a, b, sign) => {
    expect(Math.sign(compareValues(a, b))).toBe(sign);
    expect(Math.sign(compareValues(b, a))).toBe(-sign);
  });
});

describe('sortByPrimaryKey', () => {
  it('orders by each key field in turn, numbers inside ids naturally', () => {
    const rows = [
      { doc_id: 'yulin', section_id: 's1', n: 1 },
      { doc_id: 'guyuan', section_id: 's10', n: 2 },
      { doc_id: 'guyuan', section_id: 's2.1', n: 3 },
      { doc_id: 'guyuan', section_id: 'cover', n: null },
    ];
    expect(sortByPrimaryKey(secs, rows).map((r) => `${r.doc_id}/${r.section_id}`)).toEqual([
      'guyuan/cover',
      'guyuan/s2.1',
      'guyuan/s10',
      'yulin/s1',
    ]);
  });

  it('gives the same order whatever the input order', () => {
    const rows = ['s3', 's1', 's2.2', 's2', 's2.10', 'a1'].map((section_id) => ({ doc_id: 'henan', section_id, n: 0 }));
    const a = sortByPrimaryKey(secs, rows);
    const b = sortByPrimaryKey(secs, [...rows].reverse());
    expect(a).toEqual(b);
  });

  it('stops on a duplicate key, naming dataset, both rows and the key', () => {
    const rows = [
      { doc_id: 'guyuan', section_id: 's1', n: 1 },
      { doc_id: 'hangjin', section_id: 's1', n: 1 },
      { doc_id: 'guyuan', section_id: 's1', n: 2 },
    ];
    expect(() => sortByPrimaryKey(secs, rows)).toThrow(
      /dataset secs, rows 1 and 3: duplicate primary key \(doc_id, section_id\) = \["guyuan","s1"\]/,
    );
  });

  it('rejects a primary key field the schema lacks', () => {
    expect(() => sortByPrimaryKey({ ...docs, primaryKey: ['id'] }, [])).toThrow(KeyError);
  });
});

describe('checkForeignKeys', () => {
  it('passes when every reference exists', () => {
    expect(() =>
      checkForeignKeys([docs, secs], {
        docs: [{ doc_id: 'guyuan' }],
        secs: [{ doc_id: 'guyuan', section_id: 's1', n: 1 }],
      }),
    ).not.toThrow();
  });
  it('names the dataset, row and field of a dangling reference', () => {
    expect(() =>
      checkForeignKeys([docs, secs], {
        docs: [{ doc_id: 'guyuan' }],
        secs: [
          { doc_id: 'guyuan', section_id: 's1', n: 1 },
          { doc_id: 'jieshou', section_id: 's1', n: 1 },
        ],
      }),
    ).toThrow(/dataset secs, row 2, field doc_id: \["jieshou"\] has no row in docs/);
  });
  it('refuses a reference to a dataset that does not exist', () => {
    expect(() => checkForeignKeys([secs], { secs: [] })).toThrow(/unknown dataset docs/);
  });
});
