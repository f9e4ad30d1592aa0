// Pure helpers of the /data/ page: sizes, example values, loading snippets. The release is read through site-data.
import { SQL_TYPES } from '../../lib/explore-sql.ts';
import { latestPlans } from '../home/headline-targets.ts';
import type { PackageResource } from '../../lib/site-data/index.ts';
import { scalarText, sqlIdent, sqlString } from '../../lib/text/index.ts';

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
  return shorten(scalarText(v), max);
}

export function shorten(s: string, max: number): string {
  const chars = [...s.replace(/\s+/g, ' ')];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

const R_TYPE = { string: 'c', integer: 'i', number: 'd', boolean: 'l' } as const;

/** Loading snippets for one dataset; `url(file)` gives the absolute download address. A dataset in parts loads its
 * Parquet parts into one table (its CSV parts after the first have no header, so the CSV lines are left out). */
export function snippets(r: PackageResource, url: (file: string) => string): { duckdb: string; pandas: string; r: string } {
  const alt = r.alternates.find((a) => a.format === 'parquet')?.path;
  const strings = r.schema.fields.filter((f) => f.type === 'string').map((f) => `"${f.name}": "string"`);
  const colTypes = r.schema.fields.map((f) => R_TYPE[f.type]).join('');
  const sqlTypes = r.schema.fields.map((f) => `${sqlString(f.name)}: ${sqlString(SQL_TYPES[f.type])}`).join(', ');
  if (Array.isArray(alt) || Array.isArray(r.path)) {
    const parts = (Array.isArray(alt) ? alt : [alt ?? `${r.name}.parquet`]).map(url);
    return {
      duckdb: `-- DuckDB (CLI or Python): typed columns from the Parquet parts, one table\nCREATE TABLE ${sqlIdent(r.name)} AS\n  SELECT * FROM read_parquet([${parts.map(sqlString).join(', ')}]);`,
      pandas: `import pandas as pd\n# Parquet keeps the types (needs pyarrow); the parts, in order, make one table\n${r.name} = pd.concat(\n    [pd.read_parquet(u) for u in [${parts.map((u) => `"${u}"`).join(', ')}]],\n    ignore_index=True,\n)`,
      r: `# R (arrow): the Parquet parts, in order, bound into one table\n${r.name} <- do.call(rbind, lapply(c(${parts.map((u) => `"${u}"`).join(', ')}), arrow::read_parquet))`,
    };
  }
  const parquet = alt ?? `${r.name}.parquet`;
  return {
    duckdb: `-- DuckDB (CLI or Python): typed columns from Parquet\nCREATE TABLE ${sqlIdent(r.name)} AS\n  SELECT * FROM read_parquet(${sqlString(url(parquet))});\n-- or the CSV, with the types of datapackage.json (no guessing: codes stay text)\nSELECT * FROM read_csv(${sqlString(url(r.path))}, header = true,\n  types = {${sqlTypes}});`,
    pandas: `import pandas as pd\n# Parquet keeps the types (needs pyarrow)\n${r.name} = pd.read_parquet("${url(parquet)}")\n# CSV: keep codes as text so leading zeros survive\n${r.name} = pd.read_csv(\n    "${url(r.path)}",\n    encoding="utf-8-sig",\n    dtype={${strings.join(', ')}},\n    keep_default_na=False, na_values=[""],\n)`,
    r: `# R (readr): one letter per column, c = text, i = integer, d = number, l = logical\nlibrary(readr)\n${r.name} <- read_csv("${url(r.path)}", col_types = "${colTypes}", na = "")\n# or typed Parquet: arrow::read_parquet("${url(parquet)}")`,
  };
}

/** The download rows of a dataset: one per format, or, in parts, one per part and format (with its row range). */
export function downloadFiles(
  r: PackageResource,
): { path: string; format: string; bytes: number; hash: string; part?: { index: number; first: number; last: number } }[] {
  if (r.parts && r.parts.length > 1) {
    let first = 1;
    return r.parts.flatMap((p, index) => {
      const part = { index: index + 1, first, last: first + p.rows - 1 };
      first += p.rows;
      return p.files.map((f) => ({ ...f, part }));
    });
  }
  const one = (f: { path: string | string[]; format: string; bytes: number; hash?: string }) => ({
    path: Array.isArray(f.path) ? (f.path[0] ?? '') : f.path,
    format: f.format,
    bytes: f.bytes,
    hash: f.hash ?? '',
  });
  return [one({ ...r, format: 'csv' }), ...r.alternates.map(one)];
}

/** Up to this many plans, /data/ lists every source file; beyond, those of this many most recent plans. */
export const LISTED_PLANS = 12;

/** `source-guyuan`, `original-guyuan` → `guyuan`. */
export const docOfSourceFile = (name: string): string => name.replace(/^(source|original)-/, '');

/**
 * The source files /data/ lists: all of them up to `max` plans (in the package's order); beyond, the files of the
 * `max` most recently issued plans (latestPlans), most recent first. `plans` counts every plan with a file.
 */
export function listedSources<F extends { name: string }>(
  files: readonly F[],
  docs: readonly { doc_id: string; issue_year: number | null }[],
  max = LISTED_PLANS,
): { files: F[]; plans: number; listedPlans: number } {
  const plans = new Set(files.map((f) => docOfSourceFile(f.name)));
  if (plans.size <= max) return { files: [...files], plans: plans.size, listedPlans: plans.size };
  const known = new Set(docs.map((d) => d.doc_id));
  // A file whose plan is missing from documents still counts, as a plan of unknown year.
  const candidates = [
    ...docs.filter((d) => plans.has(d.doc_id)),
    ...[...plans].filter((id) => !known.has(id)).map((id) => ({ doc_id: id, issue_year: null })),
  ];
  const rank = new Map(latestPlans(candidates, max).map((d, i) => [d.doc_id, i]));
  const listed = files
    .filter((f) => rank.has(docOfSourceFile(f.name)))
    .sort((a, b) => rank.get(docOfSourceFile(a.name))! - rank.get(docOfSourceFile(b.name))!);
  return { files: listed, plans: plans.size, listedPlans: rank.size };
}
