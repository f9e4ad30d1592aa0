// Build-time view of the data release for the /data/ page: datapackage.json, SHA256SUMS and the JSON rows. Server side only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Astro bundles page code elsewhere before running it: resolve from the project root.
const DATA_DIR = join(process.cwd(), 'public', 'data');

export interface PackageField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}
export interface PackageFile {
  path: string;
  format: string;
  bytes: number;
  hash: string;
}
export interface PackageResource extends PackageFile {
  name: string;
  title: string;
  description: string;
  rows: number;
  schema: { fields: PackageField[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
  alternates: PackageFile[];
}
export interface DataPackage {
  name: string;
  title: string;
  version: string;
  created: string;
  licenses: { name: string; title: string; path: string }[];
  sources: { title: string }[];
  resources: PackageResource[];
}

export interface ReleaseView {
  pkg: DataPackage;
  /** file name → sha256 hex, from SHA256SUMS (covers the zip too). */
  sums: Record<string, string>;
}

/** null when `npm run data` has not run: the page then says so instead of failing the build. */
export function readRelease(dir = DATA_DIR): ReleaseView | null {
  const pkgFile = join(dir, 'datapackage.json');
  if (!existsSync(pkgFile)) return null;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as DataPackage;
  const sumsFile = join(dir, 'SHA256SUMS');
  const sums: Record<string, string> = {};
  if (existsSync(sumsFile)) {
    for (const line of readFileSync(sumsFile, 'utf8').split('\n')) {
      const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (m) sums[m[2]!] = m[1]!;
    }
  }
  return { pkg, sums };
}

export function readRows(path: string, dir = DATA_DIR): Record<string, unknown>[] {
  return JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>[];
}

export function fileSize(name: string, dir = DATA_DIR): number | null {
  const f = join(dir, name);
  return existsSync(f) ? readFileSync(f).byteLength : null;
}

/** 1 KB = 1000 bytes (SI), one decimal below 10. */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB'];
  let v = n / 1000;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

/** The first non-empty value of a column, shortened for a table cell. */
export function exampleValue(rows: Record<string, unknown>[], column: string, max = 40): string {
  const v = rows.map((r) => r[column]).find((x) => x !== null && x !== undefined && x !== '');
  return v === undefined ? '' : shorten(String(v), max);
}

export function shorten(s: string, max: number): string {
  const chars = [...s.replace(/\s+/g, ' ')];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

const SQL_TYPE = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN' } as const;
const R_TYPE = { string: 'c', integer: 'i', number: 'd', boolean: 'l' } as const;

/** Loading snippets for one dataset; `url(file)` gives the absolute download address. */
export function snippets(r: PackageResource, url: (file: string) => string): { duckdb: string; pandas: string; r: string } {
  const parquet = r.alternates.find((a) => a.format === 'parquet')?.path ?? `${r.name}.parquet`;
  const strings = r.schema.fields.filter((f) => f.type === 'string').map((f) => `"${f.name}": "string"`);
  const colTypes = r.schema.fields.map((f) => R_TYPE[f.type]).join('');
  const sqlTypes = r.schema.fields.map((f) => `'${f.name}': '${SQL_TYPE[f.type]}'`).join(', ');
  return {
    duckdb: `-- DuckDB (CLI or Python): typed columns from Parquet\nCREATE TABLE ${r.name} AS\n  SELECT * FROM read_parquet('${url(parquet)}');\n-- or the CSV, with the types of datapackage.json (no guessing: codes stay text)\nSELECT * FROM read_csv('${url(r.path)}', header = true,\n  types = {${sqlTypes}});`,
    pandas: `import pandas as pd\n# Parquet keeps the types (needs pyarrow)\n${r.name} = pd.read_parquet("${url(parquet)}")\n# CSV: keep codes as text so leading zeros survive\n${r.name} = pd.read_csv(\n    "${url(r.path)}",\n    encoding="utf-8-sig",\n    dtype={${strings.join(', ')}},\n    keep_default_na=False, na_values=[""],\n)`,
    r: `# R (readr): one letter per column, c = text, i = integer, d = number, l = logical\nlibrary(readr)\n${r.name} <- read_csv("${url(r.path)}", col_types = "${colTypes}", na = "")\n# or typed Parquet: arrow::read_parquet("${url(parquet)}")`,
  };
}
