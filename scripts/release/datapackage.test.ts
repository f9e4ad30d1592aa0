import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { columnsOf } from '../../src/lib/schema/columns.ts';
import type { DatasetSpec } from '../../src/lib/schema/dataset.ts';
import { DATASETS } from '../../src/lib/schema/index.ts';
import {
  buildDataPackage,
  sourceTitle,
  undocumentedFields,
  type DatasetFiles,
  type SourceDocument,
} from './datapackage.ts';
import { validateDataPackage } from './validate-package.ts';

const release = { version: '0.1.0', date: '2026-11-22', notes: '' };
const fact = (path: string) => ({ path, bytes: 10, sha256: 'a'.repeat(64) });
const filesFor = (specs: DatasetSpec[]): Record<string, DatasetFiles> =>
  Object.fromEntries(
    specs.map((s) => [
      s.name,
      { rows: 1, csv: fact(`${s.name}.csv`), json: fact(`${s.name}.json`), parquet: fact(`${s.name}.parquet`) },
    ]),
  );
// Front matter as parsed from data/raw/guyuan.txt.
const guyuan: SourceDocument = {
  docId: 'guyuan',
  titleZh: '固原市全面开展县（区）域综合医改实施方案',
  issuerZh: '固原市深化医药卫生体制改革领导小组',
  docNumber: '固医改发〔2020〕1号',
  path: 'data/raw/guyuan.txt',
  sha256: 'b'.repeat(64),
};

describe('every registered dataset is documented', () => {
  it.each(DATASETS.map((d) => [d.name, d] as const))('%s: title, description, every field described', (_name, spec) => {
    expect(spec.title.trim()).not.toBe('');
    expect(spec.description.trim().length).toBeGreaterThan(10);
    const bare = columnsOf(spec)
      .filter((c) => c.description.trim().length < 3)
      .map((c) => c.name);
    expect(bare).toEqual([]);
  });
  it('keys name fields that exist, and foreign keys point at registered datasets', () => {
    for (const spec of DATASETS) {
      const names = Object.keys(spec.schema.shape);
      expect(
        spec.primaryKey.filter((k) => !names.includes(k)),
        spec.name,
      ).toEqual([]);
      for (const fk of spec.foreignKeys ?? []) {
        const target = DATASETS.find((d) => d.name === fk.reference.resource);
        expect(target, `${spec.name} → ${fk.reference.resource}`).toBeDefined();
        expect(fk.reference.fields.filter((k) => !Object.keys(target!.schema.shape).includes(k))).toEqual([]);
      }
    }
  });
});

describe('undocumentedFields', () => {
  it('finds a field without .describe()', () => {
    const spec: DatasetSpec = {
      name: 'bad',
      title: 'Bad',
      description: 'A dataset with a bare field',
      schema: z.object({ id: z.string().describe('Row id'), value: z.number() }),
      primaryKey: ['id'],
    };
    expect(undocumentedFields([spec])).toEqual(['bad.value']);
  });
});

describe('buildDataPackage', () => {
  const pkg = buildDataPackage(DATASETS, filesFor(DATASETS), release, [guyuan]) as Record<string, unknown> & {
    resources: Record<string, unknown>[];
  };

  it('passes the official data-package profile, each dataset the tabular-data-resource profile', () => {
    expect(pkg['profile']).toBe('data-package');
    expect(validateDataPackage(pkg)).toEqual([]);
  });

  it('lists source texts and originals as plain data resources with their SHA-256, and still validates', () => {
    const withSources = buildDataPackage(
      DATASETS,
      filesFor(DATASETS),
      release,
      [guyuan],
      [
        { docId: 'guyuan', kind: 'text', format: 'txt', fact: fact('sources/guyuan.txt') },
        { docId: 'guyuan', kind: 'original', format: 'pdf', fact: fact('sources/originals/guyuan.pdf') },
      ],
    ) as { resources: Record<string, unknown>[] };
    const plain = withSources.resources.filter((r) => r['profile'] === 'data-resource');
    expect(plain).toEqual([
      expect.objectContaining({
        name: 'source-guyuan',
        path: 'sources/guyuan.txt',
        mediatype: 'text/plain',
        encoding: 'utf-8',
        title: `Source text: ${guyuan.titleZh!}`,
      }),
      expect.objectContaining({
        name: 'original-guyuan',
        path: 'sources/originals/guyuan.pdf',
        mediatype: 'application/pdf',
        hash: `sha256:${'a'.repeat(64)}`,
      }),
    ]);
    expect(plain.some((r) => 'schema' in r)).toBe(false);
    expect(validateDataPackage(withSources)).toEqual([]);
    const broken = structuredClone(withSources);
    broken.resources.at(-1)!['hash'] = 'sha256:not-hex';
    expect(validateDataPackage(broken).some((e) => e.includes(`/resources/${broken.resources.length - 1}/hash`))).toBe(
      true,
    );
  });

  it('carries name, version, both languages, CC BY 4.0 and the sources as official documents', () => {
    expect(pkg['version']).toBe('0.1.0');
    expect(pkg['created']).toBe('2026-11-22T00:00:00Z');
    expect(pkg['description']).toMatch(/医共体/);
    expect(pkg['description']).toMatch(/official document/);
    expect(pkg['licenses']).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
    expect(pkg['sources']).toEqual([{ title: sourceTitle(guyuan), path: 'sources/guyuan.txt' }]);
    expect(sourceTitle(guyuan)).toContain('固医改发〔2020〕1号');
    expect(sourceTitle(guyuan)).not.toContain('data/raw');
  });

  it('one CSV resource per dataset with path, bytes, sha256 hash, typed and described fields, keys', () => {
    expect(pkg.resources.map((r) => r['name'])).toEqual(DATASETS.map((d) => d.name)); // no source files given
    for (const spec of DATASETS) {
      const r = pkg.resources.find((x) => x['name'] === spec.name)!;
      expect(r).toMatchObject({
        path: `${spec.name}.csv`,
        bytes: 10,
        hash: `sha256:${'a'.repeat(64)}`,
        format: 'csv',
        profile: 'tabular-data-resource',
      });
      const schema = r['schema'] as {
        fields: { name: string; type: string; description: string }[];
        primaryKey: string[];
        foreignKeys?: unknown[];
      };
      expect(schema.fields.map((f) => [f.name, f.type])).toEqual(columnsOf(spec).map((c) => [c.name, c.type]));
      expect(schema.fields.every((f) => f.description.length > 0)).toBe(true);
      expect(schema.primaryKey).toEqual(spec.primaryKey);
      expect(schema.foreignKeys ?? []).toEqual(spec.foreignKeys ?? []);
    }
  });

  it('lists JSON and Parquet beside each CSV', () => {
    const alts = pkg.resources[0]!['alternates'] as { format: string; path: string; hash: string }[];
    expect(alts.map((a) => a.format)).toEqual(['json', 'parquet']);
    expect(alts[1]!.path).toMatch(/\.parquet$/);
  });

  it('the profile check is real: a bad hash, a missing field name and a clock-like date all fail', () => {
    const broken = structuredClone(pkg);
    broken.resources[0]!['hash'] = 'not-a-hash';
    (broken.resources[0]!['schema'] as { fields: Record<string, unknown>[] }).fields[0]!['name'] = undefined;
    broken['created'] = '22/11/2026';
    const errors = validateDataPackage(JSON.parse(JSON.stringify(broken)));
    expect(errors.some((e) => e.includes('/resources/0/hash'))).toBe(true);
    expect(errors.some((e) => e.includes("required property 'name'"))).toBe(true);
    expect(errors.some((e) => e.includes('/created'))).toBe(true);
  });

  it('is the same object whatever order the sources come in', () => {
    const other: SourceDocument = { ...guyuan, docId: 'yulin', path: 'data/raw/yulin.txt' };
    expect(buildDataPackage(DATASETS, filesFor(DATASETS), release, [other, guyuan])).toEqual(
      buildDataPackage(DATASETS, filesFor(DATASETS), release, [guyuan, other]),
    );
  });

  it('refuses a dataset whose files are missing', () => {
    expect(() => buildDataPackage(DATASETS, {}, release, [])).toThrow(/no files for dataset/);
  });
});
