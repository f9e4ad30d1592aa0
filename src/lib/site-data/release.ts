// The data release as the /data/ page shows it: datapackage.json and SHA256SUMS, read from public/data/.
import { readPublishedJson, readPublishedText } from './published.ts';

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
export interface PackageResource extends Omit<PackageFile, 'path'> {
  /** The CSV; for a dataset in parts, the list of CSV parts read as one file (Frictionless multipart). */
  path: string | string[];
  profile: 'tabular-data-resource';
  name: string;
  title: string;
  description: string;
  rows: number;
  schema: {
    fields: PackageField[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
  /** Formats other than CSV; for a dataset in parts each `path` is the list of its parts (see `parts`). */
  alternates: (Omit<PackageFile, 'path' | 'hash'> & { path: string | string[]; hash?: string })[];
  /** A dataset published in parts (src/lib/dataset-parts.ts): each part's rows and files (csv, json, parquet). */
  parts?: { rows: number; files: PackageFile[] }[];
}
export interface DataPackage {
  name: string;
  title: string;
  version: string;
  created: string;
  licenses: { name: string; title: string; path: string }[];
  sources: { title: string; path?: string }[];
  /** The tabular datasets only (the source files are in ReleaseView.sourceFiles). */
  resources: PackageResource[];
}

export interface ReleaseView {
  pkg: DataPackage;
  /** The source texts and originals the package lists beside the datasets. */
  sourceFiles: (SourceFileView & { name: string; title: string })[];
  /** file name → sha256 hex, from SHA256SUMS (covers the zip too). */
  sums: Record<string, string>;
}

/** Lines of a `sha256sum` file as file name → hash. */
export function parseSums(text: string): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) sums[m[2]!] = m[1]!;
  }
  return sums;
}

/** The view of the release last read, kept while datapackage.json and SHA256SUMS are the same (cached) values:
 * every plan page asks for it, and building it is linear in the number of published files. */
let memo: { raw: unknown; sumsText: string | null; view: ReleaseView; byName: Map<string, SourceFileView> } | null =
  null;

function releaseMemo(): typeof memo {
  const raw = readPublishedJson('datapackage.json');
  const sumsText = readPublishedText('SHA256SUMS');
  if (!raw) return null;
  if (memo?.raw !== raw || memo.sumsText !== sumsText) {
    const view = releaseView(raw as Omit<DataPackage, 'resources'> & { resources: RawResource[] }, sumsText);
    memo = { raw, sumsText, view, byName: new Map(view.sourceFiles.map((f) => [f.name, f])) };
  }
  return memo;
}

/** null when `npm run data` has not run: the page then says so instead of failing the build. */
export function readRelease(): ReleaseView | null {
  return releaseMemo()?.view ?? null;
}

function releaseView(
  raw: Omit<DataPackage, 'resources'> & { resources: RawResource[] },
  sumsText: string | null,
): ReleaseView {
  const tabular = raw.resources.filter((r): r is PackageResource => r.profile === 'tabular-data-resource');
  const sourceFiles = raw.resources
    .filter((r) => r.profile !== 'tabular-data-resource')
    .map((r) => ({ ...fileView(r), name: r.name, title: r.title ?? r.name }));
  return {
    pkg: { ...raw, resources: tabular },
    sourceFiles,
    sums: parseSums(sumsText ?? ''),
  };
}

interface RawResource {
  profile?: string;
  name: string;
  title?: string;
  path: string | string[];
  format: string;
  bytes: number;
  hash: string;
}

const fileView = (r: RawResource): SourceFileView => ({
  path: Array.isArray(r.path) ? r.path.join(', ') : r.path,
  format: r.format,
  bytes: r.bytes,
  sha256: r.hash.replace(/^sha256:/, ''),
});

/** A published source file as datapackage.json lists it (sources/<doc>.txt, sources/originals/<doc>.<ext>). */
export interface SourceFileView {
  path: string;
  format: string;
  bytes: number;
  sha256: string;
}

/** The source text and the original file of a document, from datapackage.json; null where not published. */
export function sourceFilesOf(docId: string): { text: SourceFileView | null; original: SourceFileView | null } {
  const byName = releaseMemo()?.byName;
  const find = (name: string): SourceFileView | null => byName?.get(name) ?? null;
  return { text: find(`source-${docId}`), original: find(`original-${docId}`) };
}
