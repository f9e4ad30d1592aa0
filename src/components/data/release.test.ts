import { describe, expect, it } from 'vitest';
import type { PackageResource } from '../../lib/site-data/index.ts';
import {
  docOfSourceFile,
  downloadFiles,
  exampleValue,
  formatBytes,
  LISTED_PLANS,
  listedSources,
  shorten,
  snippets,
} from './release.ts';

describe('formatBytes', () => {
  it.each([
    [926, '926 B'],
    [2672, '2.7 kB'],
    [43408, '43 kB'],
    [86713, '87 kB'],
    [3_400_000, '3.4 MB'],
  ])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});

describe('exampleValue', () => {
  // documents rows: henan has no title line, so its title_zh comes from the manifest; recipients are empty for some plans.
  const rows = [
    { doc_id: 'guyuan', recipients_zh: null, chars: 9205 },
    { doc_id: 'hangjin', recipients_zh: '各苏木镇人民政府，旗直各部门，各医疗卫生单位', chars: 6961 },
  ];
  it('skips empty values and shortens long ones by characters, not bytes', () => {
    expect(exampleValue(rows, 'recipients_zh', 10)).toBe('各苏木镇人民政府，…');
    expect(exampleValue(rows, 'chars')).toBe('9205');
    expect(exampleValue(rows, 'missing')).toBe('');
  });
  it('folds whitespace', () => expect(shorten('a\r\nb', 10)).toBe('a b'));
});

describe('snippets', () => {
  const r: PackageResource = {
    profile: 'tabular-data-resource', name: 'targets', title: 'Targets', description: 'd', path: 'targets.csv', format: 'csv', bytes: 1, hash: 'sha256:00', rows: 1,
    schema: { primaryKey: ['doc_id'], fields: [
      { name: 'doc_id', type: 'string', description: 'd' },
      { name: 'target_year', type: 'integer', description: 'y' },
      { name: 'value', type: 'number', description: 'v' },
      { name: 'complete', type: 'boolean', description: 'c' },
    ] },
    alternates: [{ path: 'targets.parquet', format: 'parquet', bytes: 1, hash: 'sha256:00' }],
  };
  const s = snippets(r, (f) => `https://example.org/sub/data/${f}`);
  it('R gets one column letter per field, in order', () => expect(s.r).toContain('col_types = "cidl"'));
  it('pandas keeps text columns as strings and reads the BOM', () => {
    expect(s.pandas).toContain('dtype={"doc_id": "string"}');
    expect(s.pandas).toContain('encoding="utf-8-sig"');
  });
  it('DuckDB reads the Parquet from the given address', () => expect(s.duckdb).toContain("read_parquet('https://example.org/sub/data/targets.parquet')"));
});

describe('a dataset in parts on the data page', () => {
  const file = (path: string, format: string) => ({ path, format, bytes: 10, hash: `sha256:${path}` });
  const r = {
    profile: 'tabular-data-resource',
    name: 'reuse',
    title: 'Reuse',
    description: '',
    rows: 5,
    format: 'csv',
    bytes: 20,
    hash: 'sha256:whole',
    path: ['reuse.part-001.csv', 'reuse.part-002.csv'],
    schema: { fields: [{ name: 'doc_a', type: 'string', description: '' }], primaryKey: ['doc_a'] },
    alternates: [
      { path: ['reuse.part-001.json', 'reuse.part-002.json'], format: 'json', bytes: 20 },
      { path: ['reuse.part-001.parquet', 'reuse.part-002.parquet'], format: 'parquet', bytes: 20 },
    ],
    parts: [
      { rows: 3, files: ['csv', 'json', 'parquet'].map((f) => file(`reuse.part-001.${f}`, f)) },
      { rows: 2, files: ['csv', 'json', 'parquet'].map((f) => file(`reuse.part-002.${f}`, f)) },
    ],
  } satisfies PackageResource;

  it('links every part of every format with its rows', () => {
    expect(downloadFiles(r).map((f) => [f.path, f.part?.first, f.part?.last])).toEqual([
      ['reuse.part-001.csv', 1, 3],
      ['reuse.part-001.json', 1, 3],
      ['reuse.part-001.parquet', 1, 3],
      ['reuse.part-002.csv', 4, 5],
      ['reuse.part-002.json', 4, 5],
      ['reuse.part-002.parquet', 4, 5],
    ]);
  });

  it('loads the Parquet parts into one table in each snippet', () => {
    const s = snippets(r, (f) => `https://example.org/data/${f}`);
    expect(s.duckdb).toContain(
      "read_parquet(['https://example.org/data/reuse.part-001.parquet', 'https://example.org/data/reuse.part-002.parquet'])",
    );
    expect(s.pandas).toContain('pd.concat(');
    expect(s.r).toContain('do.call(rbind');
    expect(`${s.duckdb}${s.pandas}${s.r}`).not.toContain('.csv');
  });
});

describe('listedSources', () => {
  const file = (kind: 'source' | 'original', id: string) => ({ name: `${kind}-${id}`, path: `sources/${id}.txt` });
  it('lists every file up to the limit, in the package’s order', () => {
    const files = [file('source', 'a'), file('original', 'a'), file('source', 'b')];
    const docs = [
      { doc_id: 'a', issue_year: 2019 },
      { doc_id: 'b', issue_year: 2023 },
    ];
    expect(listedSources(files, docs, 2)).toEqual({ files, plans: 2, listedPlans: 2 });
  });

  it('beyond it, the files of the most recent plans only, most recent first, whatever the number of plans', () => {
    const n = 3000;
    const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(4, '0')}`);
    const files = ids.flatMap((id, i) => (i % 2 === 0 ? [file('source', id), file('original', id)] : [file('source', id)]));
    const docs = ids.map((id, i) => ({ doc_id: id, issue_year: 2000 + (i % 25) }));
    const out = listedSources(files, docs);
    expect([out.plans, out.listedPlans]).toEqual([n, LISTED_PLANS]);
    const shown = [...new Set(out.files.map((f) => docOfSourceFile(f.name)))];
    expect(shown).toHaveLength(LISTED_PLANS);
    // Year 2024 (i % 25 = 24) first, then by id: p0024, p0049, …
    expect(shown.slice(0, 3)).toEqual(['p0024', 'p0049', 'p0074']);
    expect(out.files.length).toBeLessThanOrEqual(2 * LISTED_PLANS);
    // A plan missing from documents still counts, with no year (listed last).
    expect(listedSources([...files, file('source', 'zzz')], docs).plans).toBe(n + 1);
  });
});
