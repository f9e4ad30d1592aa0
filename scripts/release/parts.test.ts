// The real release built twice from data/raw: as published, and with a tiny part size so that the larger datasets come
// in parts. Parts hold the same rows as the whole files, datapackage.json lists them and stays valid, the zip and
// SHA256SUMS carry them, and the datasets under the size are the very same bytes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetFileNames } from '../../src/lib/dataset-parts.ts';
import {
  isReleaseZipPart,
  RELEASE_ZIP,
  RELEASE_ZIP_MANIFEST,
  releaseZipFiles,
  type ZipPartsManifest,
} from '../../src/lib/release-zip.ts';
import { DATASETS } from '../../src/lib/schema/index.ts';
import { loadTableSql } from '../../src/lib/site-data/sql.ts';
import { factOf, parseSha256Sums } from './checksums.ts';
import { PACKAGE_META } from './package-meta.ts';
import { validateDataPackage } from './validate-package.ts';
import { readParquet } from './write-parquet.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const PART = 32 * 1024;

function build(env: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-parts-'));
  const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/build-data.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATA_OUT: dir, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build-data failed:\n${r.stderr}`);
  return dir;
}

interface Resource {
  profile: string;
  name: string;
  path: string | string[];
  bytes: number;
  hash: string;
  alternates: { path: string | string[]; format: string }[];
  parts?: { rows: number; files: { path: string; format: string; bytes: number; hash: string }[] }[];
}
let whole = '';
let parted = '';
let zipped = '';
const ZIP_PART = 64 * 1024;
let pkg: { resources: Resource[] };
beforeAll(() => {
  whole = build();
  parted = build({ DATASET_PART_BYTES: String(PART) });
  zipped = build({ ZIP_PART_BYTES: String(ZIP_PART) });
  pkg = JSON.parse(readFileSync(join(parted, 'datapackage.json'), 'utf8')) as typeof pkg;
}, 90_000);
afterAll(() => {
  for (const dir of [whole, parted, zipped]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const read = (dir: string, name: string) => readFileSync(join(dir, name));
const inParts = () => pkg.resources.filter((r) => Array.isArray(r.path));
const jsonRows = (dir: string, name: string) => JSON.parse(read(dir, name).toString('utf8')) as unknown[];

describe('a release with datasets in parts', () => {
  it('splits exactly the datasets whose CSV or JSON passes the part size, and no other', () => {
    const over = DATASETS.map((d) => d.name).filter(
      (n) => read(whole, `${n}.csv`).length > PART || read(whole, `${n}.json`).length > PART,
    );
    expect(over).toContain('organisation_mentions');
    expect(inParts().map((r) => r.name)).toEqual(over);
    for (const d of DATASETS.filter((d) => !over.includes(d.name)))
      for (const ext of ['csv', 'json', 'parquet'])
        expect(read(parted, `${d.name}.${ext}`).equals(read(whole, `${d.name}.${ext}`))).toBe(true);
  });

  it('datapackage.json stays valid and lists every part; the whole files are not published', () => {
    expect(validateDataPackage(pkg)).toEqual([]);
    for (const r of inParts()) {
      const n = r.parts!.length;
      expect(n).toBeGreaterThan(1);
      expect(r.path).toEqual(datasetFileNames(r.name, 'csv', n));
      expect(r.alternates.map((a) => a.path)).toEqual([
        datasetFileNames(r.name, 'json', n),
        datasetFileNames(r.name, 'parquet', n),
      ]);
      for (const ext of ['csv', 'json', 'parquet']) expect(existsSync(join(parted, `${r.name}.${ext}`))).toBe(false);
      for (const p of r.parts!)
        for (const f of p.files) {
          const fact = factOf(f.path, read(parted, f.path));
          expect(`sha256:${fact.sha256}`).toBe(f.hash);
          expect(fact.bytes).toBe(f.bytes);
          if (f.format !== 'parquet') expect(f.bytes).toBeLessThanOrEqual(PART);
        }
    }
  });

  it('CSV parts joined are the whole CSV byte for byte (the resource hash is that of the whole)', () => {
    for (const r of inParts()) {
      const joined = Buffer.concat((r.path as string[]).map((p) => read(parted, p)));
      expect(joined.equals(read(whole, `${r.name}.csv`))).toBe(true);
      expect(r.hash).toBe(`sha256:${factOf('', joined).sha256}`);
      for (const p of (r.path as string[]).slice(1)) expect(read(parted, p)[0]).not.toBe(0xef);
    }
  });

  it('each JSON part is an array and each Parquet part a file; in order they give the whole rows', async () => {
    for (const r of inParts()) {
      const files = (f: string) => r.parts!.map((p) => p.files.find((x) => x.format === f)!.path);
      const json = files('json').map((p) => jsonRows(parted, p));
      json.forEach((rows, i) => expect(rows).toHaveLength(r.parts![i]!.rows));
      expect(json.flat()).toEqual(jsonRows(whole, `${r.name}.json`));
      const parquet = await Promise.all(files('parquet').map((p) => readParquet(join(parted, p))));
      const all = await readParquet(join(whole, `${r.name}.parquet`));
      for (const p of parquet) expect(p.types).toEqual(all.types);
      expect(parquet.flatMap((p) => p.rows)).toEqual(all.rows);
    }
  });

  it('the zip and SHA256SUMS carry every part', () => {
    const zip = unzipSync(read(parted, PACKAGE_META.zipName));
    const names = new Set(Object.keys(zip).map((k) => k.replace(/^[^/]+\//, '')));
    const sums = parseSha256Sums(read(parted, PACKAGE_META.checksumsName).toString('utf8'));
    for (const r of inParts())
      for (const f of r.parts!.flatMap((p) => p.files)) {
        expect(names.has(f.path)).toBe(true);
        expect(`sha256:${sums[f.path]}`).toBe(f.hash);
      }
  });

  it('README-DATA.md explains the parts only in a release that has them', () => {
    const readme = read(parted, 'README-DATA.md').toString('utf8');
    const section = readme.slice(readme.indexOf('### Datasets in parts'), readme.indexOf('| dataset | rows |'));
    for (const r of inParts()) expect(section).toContain(`\`${r.name}\``);
    expect(read(whole, 'README-DATA.md').toString('utf8')).not.toContain('in parts');
  });

  it('the site reads a dataset in parts as one table (build-time SQL over the JSON parts)', async () => {
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const con = await instance.connect();
    try {
      for (const r of inParts()) {
        await con.run(loadTableSql(r.name, parted));
        const back = (await con.runAndReadAll(`SELECT * FROM ${r.name}`)).getRowObjectsJson();
        await con.run(`DROP TABLE ${r.name}`);
        await con.run(loadTableSql(r.name, whole));
        expect(back).toEqual((await con.runAndReadAll(`SELECT * FROM ${r.name}`)).getRowObjectsJson());
        expect(back).toHaveLength(jsonRows(whole, `${r.name}.json`).length);
        await con.run(`DROP TABLE ${r.name}`);
      }
    } finally {
      con.closeSync();
      instance.closeSync();
    }
  });
});

describe('a release whose zip passes the zip part size', () => {
  const unzipAll = (dir: string, names: string[]): Record<string, Uint8Array> =>
    Object.assign({}, ...names.map((n) => unzipSync(read(dir, n)))) as Record<string, Uint8Array>;

  it('under the size: one zip, no parts and no manifest, as before', () => {
    const files = readdirSync(whole);
    expect(files).toContain(RELEASE_ZIP);
    expect(files.filter((f) => isReleaseZipPart(f) || f === RELEASE_ZIP_MANIFEST)).toEqual([]);
  });

  it('over it: complete zips in parts, each within the size, together holding exactly the single zip’s files', () => {
    const files = readdirSync(zipped);
    expect(files).not.toContain(RELEASE_ZIP);
    const parts = releaseZipFiles(files);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(read(zipped, p).length, p).toBeLessThanOrEqual(ZIP_PART);
    const one = unzipSync(read(whole, RELEASE_ZIP));
    const merged = unzipAll(zipped, parts);
    expect(Object.keys(merged).sort()).toEqual(Object.keys(one).sort());
    for (const [name, bytes] of Object.entries(one)) expect(Buffer.from(merged[name]!).equals(bytes), name).toBe(true);
  });

  it('the manifest and SHA256SUMS list every part with its size and checksum; the single zip is not listed', () => {
    const manifest = JSON.parse(read(zipped, RELEASE_ZIP_MANIFEST).toString('utf8')) as ZipPartsManifest;
    const sums = parseSha256Sums(read(zipped, PACKAGE_META.checksumsName).toString('utf8'));
    const parts = releaseZipFiles(readdirSync(zipped));
    expect(manifest.parts.map((p) => p.path)).toEqual(parts);
    expect(manifest.parts.reduce((n, p) => n + p.files, 0)).toBe(manifest.files);
    for (const p of manifest.parts) {
      const fact = factOf(p.path, read(zipped, p.path));
      expect([p.bytes, p.sha256, sums[p.path]]).toEqual([fact.bytes, fact.sha256, fact.sha256]);
      const names = Object.keys(unzipSync(read(zipped, p.path)));
      expect([names.length, names[0], names.at(-1)]).toEqual([
        p.files,
        `${manifest.folder}/${p.first}`,
        `${manifest.folder}/${p.last}`,
      ]);
    }
    expect(sums[RELEASE_ZIP_MANIFEST]).toBe(factOf('', read(zipped, RELEASE_ZIP_MANIFEST)).sha256);
    expect(sums[RELEASE_ZIP]).toBeUndefined();
  });
});
