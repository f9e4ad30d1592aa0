// The real release, built twice from data/raw into temp directories: same bytes, valid package, three formats that agree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { columnsOf } from '../../src/lib/schema/columns.ts';
import type { DatasetSpec } from '../../src/lib/schema/dataset.ts';
import { DATASETS } from '../../src/lib/schema/index.ts';
import { defuseFormula, restoreFormula } from '../../src/lib/csv/index.ts';
import { validateRows } from '../pipeline/validate-rows.ts';
import { factOf, parseSha256Sums } from './checksums.ts';
import { PACKAGE_META } from './package-meta.ts';
import { sortByPrimaryKey } from '../pipeline/sort-rows.ts';
import { readParquet } from './write-parquet.ts';
import { listFiles } from '../io/list-files.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
type Row = Record<string, string | number | boolean | null>;

function build(): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-'));
  const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/build-data.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATA_OUT: dir },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build-data failed:\n${r.stderr}`);
  return dir;
}

let a = '';
let b = '';
interface Resource {
  profile: string;
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: { name: string; type: string }[] };
  alternates: { path: string; bytes: number; hash: string }[];
}
let pkg: { resources: Resource[] } & Row;
const tabular = (): Resource[] => pkg.resources.filter((r) => r.profile === 'tabular-data-resource');
const sourceResources = (): Resource[] => pkg.resources.filter((r) => r.profile === 'data-resource');
beforeAll(() => {
  // No time limit here (tests are not timed): `npm run bench` measures the pipeline.
  a = build();
  b = build();
  pkg = JSON.parse(readFileSync(join(a, 'datapackage.json'), 'utf8')) as typeof pkg;
}, 30_000);
afterAll(() => {
  for (const dir of [a, b]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const bytes = (dir: string, name: string) => readFileSync(join(dir, name));

describe('determinism', () => {
  it('two builds write the same files with the same bytes', () => {
    const names = listFiles(a);
    expect(listFiles(b)).toEqual(names);
    expect(names).toContain('datapackage.json');
    expect(names).toContain(PACKAGE_META.zipName);
    expect(names).toContain('rules/TARGET_RULES.md');
    expect(names).toContain('sources/guyuan.txt');
    const differ = names.filter((n) => !bytes(a, n).equals(bytes(b, n)));
    expect(differ).toEqual([]);
  });
});

describe('files the pages link to', () => {
  it('every rule file and every raw source is published byte for byte', () => {
    const want = [
      ...listFiles(join(ROOT, 'data/vocab'), { ext: '.md' }).map((f) => [`rules/${f}`, join(ROOT, 'data/vocab', f)]),
      ...listFiles(join(ROOT, 'data/raw'), { ext: '.txt' }).map((f) => [`sources/${f}`, join(ROOT, 'data/raw', f)]),
    ];
    expect(want.length).toBeGreaterThan(5);
    for (const [published, original] of want)
      expect(bytes(a, published as string).equals(readFileSync(original as string)), published).toBe(true);
  });
});

describe('datapackage.json against the files', () => {
  it('lists every registered dataset', () => {
    expect(tabular().map((r) => r.name)).toEqual(DATASETS.map((d) => d.name));
  });
  it('lists every source text as a non-tabular resource whose bytes and sha256 match data/raw', () => {
    const raw = listFiles(join(ROOT, 'data/raw'), { recursive: false, ext: '.txt' });
    expect(sourceResources().map((r) => r.path)).toEqual(raw.map((f) => `sources/${f}`));
    for (const r of sourceResources()) {
      const fact = factOf(r.path, readFileSync(join(ROOT, 'data/raw', r.path.replace(/^sources\//, ''))));
      expect([r.name, r.bytes, r.hash]).toEqual([r.name, fact.bytes, `sha256:${fact.sha256}`]);
      expect(r.name).toMatch(/^source-[a-z0-9_-]+$/);
    }
  });
  it('bytes and sha256 of every CSV, JSON and Parquet match the files', () => {
    for (const r of tabular()) {
      for (const f of [r, ...r.alternates]) {
        const fact = factOf(f.path, bytes(a, f.path));
        expect([f.path, f.bytes, f.hash]).toEqual([f.path, fact.bytes, `sha256:${fact.sha256}`]);
      }
    }
  });
  it('SHA256SUMS covers every published file beside it and under sources/ (not yet rules/) and is right', () => {
    const sums = parseSha256Sums(bytes(a, PACKAGE_META.checksumsName).toString('utf8'));
    const published = [
      ...listFiles(a, { recursive: false }).filter(
        (n) => n !== PACKAGE_META.checksumsName && n !== 'build-report.json',
      ),
      ...listFiles(join(a, 'sources')).map((n) => `sources/${n}`),
    ].sort();
    expect(published).toContain('sources/henan.txt');
    expect(Object.keys(sums).sort()).toEqual(published);
    for (const [name, hex] of Object.entries(sums)) expect(factOf(name, bytes(a, name)).sha256, name).toBe(hex);
  });
  it('the zip holds the data, the sources, datapackage.json, README, licence, citation and changelog, byte for byte', () => {
    const files = unzipSync(bytes(a, PACKAGE_META.zipName));
    const names = Object.keys(files).map((n) => n.replace(/^[^/]+\//, ''));
    for (const need of [
      'datapackage.json',
      'README-DATA.md',
      'LICENSE-DATA.md',
      'CITATION.cff',
      'CHANGELOG.md',
      'sources/guyuan.txt',
      'sources/henan.txt',
    ])
      expect(names).toContain(need);
    for (const spec of DATASETS)
      for (const ext of ['csv', 'json', 'parquet']) expect(names).toContain(`${spec.name}.${ext}`);
    for (const [path, content] of Object.entries(files))
      expect(Buffer.from(content).equals(bytes(a, path.replace(/^[^/]+\//, ''))), path).toBe(true);
  });
});

describe.each(DATASETS.map((d) => [d.name, d] as const))('%s: CSV, JSON and Parquet agree', (name, spec) => {
  const columns = columnsOf(spec);
  const json = (): Row[] => JSON.parse(bytes(a, `${name}.json`).toString('utf8')) as Row[];

  it('JSON rows are valid and in primary-key order', () => {
    const rows = json();
    expect(validateRows(spec, rows)).toEqual(rows);
    expect(sortByPrimaryKey(spec, rows)).toEqual(rows);
  });

  it('CSV: BOM, CRLF, and it parses back (no dynamic typing) to the JSON rows', () => {
    const text = bytes(a, `${name}.csv`).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.replace(/"[^"]*"/g, '').includes('\n') && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, ''))).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(columns.map((c) => c.name));
    const rows = json();
    expect(parsed.data).toHaveLength(rows.length);
    parsed.data.forEach((cells, i) => {
      for (const c of columns) {
        const v = rows[i]![c.name];
        const cell = cells[c.name]!;
        if (v === null) expect(cell, `${name} row ${i + 1} ${c.name}`).toBe('');
        else if (c.type === 'string') {
          // Text: defused on the way out, restored exactly on the way in; leading zeros are kept.
          expect(cell, `${name} row ${i + 1} ${c.name}`).toBe(defuseFormula(String(v)));
          expect(restoreFormula(cell)).toBe(v);
        } else expect(cell, `${name} row ${i + 1} ${c.name}`).toBe(String(v)); // numbers and booleans untouched
      }
    });
  });

  it('Parquet has typed columns and the same rows', async () => {
    const back = await readParquet(join(a, `${name}.parquet`));
    const want = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN' } as const;
    expect(back.types).toEqual(Object.fromEntries(columns.map((c) => [c.name, want[c.type]])));
    expect(back.rows).toEqual(json());
  });
});

describe('a row that fails its schema stops the build', () => {
  const spec: DatasetSpec = {
    name: 'targets_demo',
    title: 'Demo',
    description: 'Rows shaped like targets',
    schema: z.object({
      doc_id: z.string().describe('Document id'),
      target_year: z.number().int().describe('Target year'),
    }),
    primaryKey: ['doc_id'],
  };
  it.each([
    [
      [
        { doc_id: 'jieshou', target_year: 2025 },
        { doc_id: 'yulin', target_year: '2025年' },
      ],
      /dataset targets_demo, row 2, field target_year: .*\(doc yulin\)/,
    ],
    [
      [{ doc_id: 'guyuan', target_year: 2022, extra: 1 }],
      /dataset targets_demo, row 1, field extra: field is not in the schema/,
    ],
    [[{ doc_id: 'henan' }], /dataset targets_demo, row 1, field target_year/],
  ])('%j', (rows, message) => {
    expect(() => validateRows(spec, rows as Row[])).toThrow(message);
  });
});
