// The release shell, run by build-data after the CSV and JSON files: Parquet, datapackage.json, README, licence/citation copies, zip, SHA256SUMS.
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { columnsOf } from '../../src/lib/schema/columns.ts';
import type { DatasetSpec } from '../../src/lib/schema/dataset.ts';
import { currentRelease, type Release } from './changelog.ts';
import { factOf, sha256Sums } from './checksums.ts';
import {
  buildDataPackage,
  undocumentedFields,
  type DatasetFiles,
  type FileFact,
  type SourceDocument,
  type SourceFileFact,
} from './datapackage.ts';
import { citationCff } from './citation-cff.ts';
import { PACKAGE_META } from './package-meta.ts';
import { readmeData } from './readme-data.ts';
import { validateDataPackage } from './validate-package.ts';
import { writeParquet, type ParquetJob } from './write-parquet.ts';
import { DATASET_PART_BYTES, datasetFileNames } from '../../src/lib/dataset-parts.ts';
import {
  isReleaseZipPart,
  RELEASE_ZIP,
  RELEASE_ZIP_MANIFEST,
  releaseZipNames,
  type ZipPartsManifest,
} from '../../src/lib/release-zip.ts';
import { writeAtomic } from '../io/write-atomic.ts';
import { deflateEntry, makeZipParts, type Deflate, type ZipEntry } from './zip.ts';
import type { ReleaseCache } from './release-cache.ts';

/** Hand-written files at the repository root that travel in the zip. */
export const ROOT_FILES = [
  { from: 'data/CHANGELOG.md', name: 'CHANGELOG.md' },
  { from: 'LICENSE-DATA.md', name: 'LICENSE-DATA.md' },
  { from: 'CITATION.cff', name: 'CITATION.cff' },
];

export interface ReleaseSummary {
  release: Release;
  files: Record<string, DatasetFiles>;
  /** The zip, or its parts in order when one zip would pass `zipPartBytes`. */
  zips: FileFact[];
}

/** A source file already written under outDir (sources/<doc>.txt, sources/originals/<doc>.<ext>). */
export interface PublishedSourceFile {
  docId: string;
  kind: SourceFileFact['kind'];
  format: string;
  /** Relative to outDir, with forward slashes. */
  path: string;
}

export interface ReleaseOptions {
  /** The source texts and originals, published beside the data: they join the zip, SHA256SUMS and datapackage.json. */
  sourceFiles?: PublishedSourceFile[];
  /** The data page's public address (from SITE_URL), written into CITATION.cff; null when unknown. */
  dataUrl?: string | null;
  /** Rows of each part of a dataset published in parts (writeDatasetFiles); a dataset absent here is one file. */
  partRows?: Record<string, number[]>;
  /** The largest zip written (default DATASET_PART_BYTES); a release larger than this comes as zips in parts. */
  zipPartBytes?: number;
  /** Parquet files and deflated zip entries of earlier runs, by the bytes they were made from (release-cache.ts). */
  cache?: ReleaseCache | null;
}

/** Expects <name>.csv and <name>.json (or their parts, options.partRows) of every spec in outDir; `rows` is the row count per dataset. */
export async function writeRelease(
  outDir: string,
  rootDir: string,
  specs: DatasetSpec[],
  rows: Record<string, number>,
  sources: SourceDocument[],
  options: ReleaseOptions = {},
): Promise<ReleaseSummary> {
  const undocumented = undocumentedFields(specs);
  if (undocumented.length > 0)
    throw new Error(`fields without a description (add .describe() in src/lib/schema): ${undocumented.join(', ')}`);
  const release = currentRelease(readFileSync(join(rootDir, 'data/CHANGELOG.md'), 'utf8'));

  // Parquet goes to a temp name first, then renamed: a failed run leaves no half-written file. A dataset in parts
  // gets a Parquet file per part, from the JSON part with the same rows.
  const partsOf = (name: string): number => options.partRows?.[name]?.length ?? 1;
  const namesOf = (name: string, ext: string): string[] => datasetFileNames(name, ext, partsOf(name));
  const jobs = specs.flatMap((spec) =>
    namesOf(spec.name, 'json').map((json, i) => ({
      jsonPath: join(outDir, json),
      parquetPath: join(outDir, `${namesOf(spec.name, 'parquet')[i]!}.tmp-${process.pid}`),
      columns: columnsOf(spec),
    })),
  );
  // A Parquet file made earlier from the same JSON bytes and columns is copied from the cache; DuckDB makes the rest.
  const cache = options.cache ?? null;
  const finalPath = (job: ParquetJob): string => job.parquetPath.replace(/\.tmp-\d+$/, '');
  const todo: { job: ParquetJob; key: string | null }[] = [];
  for (const job of jobs) {
    const key = cache ? cache.parquetKey(readFileSync(job.jsonPath), job.columns) : null;
    const hit = key === null ? undefined : cache?.parquet(key);
    if (hit) writeAtomic(finalPath(job), hit);
    else todo.push({ job, key });
  }
  if (todo.length > 0) await writeParquet(todo.map((t) => t.job));
  for (const { job, key } of todo) {
    renameSync(job.parquetPath, finalPath(job));
    if (key !== null) cache?.setParquet(key, readFileSync(finalPath(job)));
  }

  const bytesOf = (name: string): Uint8Array => readFileSync(join(outDir, name));
  const files: Record<string, DatasetFiles> = {};
  for (const spec of specs) {
    const facts = (ext: string) => namesOf(spec.name, ext).map((n) => factOf(n, bytesOf(n)));
    const [csv, json, parquet] = [facts('csv'), facts('json'), facts('parquet')] as [
      FileFact[],
      FileFact[],
      FileFact[],
    ];
    files[spec.name] = {
      rows: rows[spec.name] ?? 0,
      csv: csv[0]!,
      json: json[0]!,
      parquet: parquet[0]!,
      ...(csv.length > 1
        ? {
            parts: csv.map((c, i) => ({
              rows: options.partRows?.[spec.name]?.[i] ?? 0,
              csv: c,
              json: json[i]!,
              parquet: parquet[i]!,
            })),
            // The CSV parts joined are the dataset's one CSV file: its size and hash, as Frictionless reads them.
            csv: factOf(`${spec.name}.csv`, concatBytes(csv.map((c) => bytesOf(c.path)))),
          }
        : {}),
    };
  }
  const sourceFiles: SourceFileFact[] = (options.sourceFiles ?? []).map((f) => ({
    docId: f.docId,
    kind: f.kind,
    format: f.format,
    fact: factOf(f.path, bytesOf(f.path)),
  }));
  const pkg = buildDataPackage(specs, files, release, sources, sourceFiles);
  const invalid = validateDataPackage(pkg);
  if (invalid.length > 0)
    throw new Error(`datapackage.json fails the Frictionless tabular-data-package profile: ${invalid.join('; ')}`);
  writeAtomic(join(outDir, 'datapackage.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeAtomic(join(outDir, 'README-DATA.md'), readmeData(specs, files, release));

  const enc = new TextEncoder();
  // Hand-written files, CITATION.cff with the site's data address when it is known.
  const rootFiles = ROOT_FILES.map((f) => {
    const bytes = readFileSync(join(rootDir, f.from));
    return {
      name: f.name,
      bytes:
        f.name === 'CITATION.cff' ? enc.encode(citationCff(bytes.toString('utf8'), options.dataUrl ?? null)) : bytes,
    };
  });
  const entries = [
    // The zip holds the files as published (parts where the dataset is in parts), so its datapackage.json holds.
    ...specs.flatMap((spec) =>
      ['csv', 'json', 'parquet'].flatMap((ext) => namesOf(spec.name, ext).map((n) => ({ name: n, bytes: bytesOf(n) }))),
    ),
    { name: 'datapackage.json', bytes: bytesOf('datapackage.json') },
    { name: 'README-DATA.md', bytes: bytesOf('README-DATA.md') },
    ...rootFiles,
    ...sourceFiles.map((f) => ({ name: f.fact.path, bytes: bytesOf(f.fact.path) })),
  ];
  // The hand-written files are published beside the data too, so the page can link them.
  for (const f of rootFiles) writeAtomic(join(outDir, f.name), f.bytes);
  const folder = `${PACKAGE_META.name}-data-${release.version}`;
  const deflate: Deflate = cache ? (bytes) => cache.deflate(bytes, deflateEntry) : deflateEntry;
  const zips = writeZips(outDir, entries, folder, release.version, options.zipPartBytes ?? DATASET_PART_BYTES, deflate);
  const published = [...entries.map((e) => factOf(e.name, e.bytes)), ...zips.published];
  writeAtomic(join(outDir, PACKAGE_META.checksumsName), enc.encode(sha256Sums(published)));
  return { release, files, zips: zips.zips };
}

/**
 * The zip, or zips in parts of at most `partBytes` with RELEASE_ZIP_MANIFEST listing them (src/lib/release-zip.ts).
 * The other layout's files left by an earlier run (the single zip after a split, stale parts, the manifest) are removed.
 */
function writeZips(
  outDir: string,
  entries: ZipEntry[],
  folder: string,
  version: string,
  partBytes: number,
  deflate: Deflate,
): { zips: FileFact[]; published: FileFact[] } {
  const parts = makeZipParts(entries, folder, partBytes, deflate);
  const names = releaseZipNames(parts.length);
  const keep = new Set(parts.length > 1 ? [...names, RELEASE_ZIP_MANIFEST] : names);
  for (const f of readdirSync(outDir))
    if ((f === RELEASE_ZIP || f === RELEASE_ZIP_MANIFEST || isReleaseZipPart(f)) && !keep.has(f))
      rmSync(join(outDir, f), { force: true });
  const zips = parts.map((bytes, i) => {
    writeAtomic(join(outDir, names[i]!), bytes);
    return factOf(names[i]!, bytes);
  });
  if (parts.length === 1) return { zips, published: zips };
  // Each part's entries are a run of the sorted names: its first and last tell a reader where a file is.
  const sorted = entries.map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let at = 0;
  const manifest: ZipPartsManifest = {
    version,
    folder,
    note: `The release in ${parts.length} zips, each a complete zip of a run of the files in name order. Unzip every part into one place: together they hold ${folder}/ exactly as a single zip would.`,
    files: entries.length,
    parts: zips.map((z, i) => {
      const count = zipEntryCount(parts[i]!);
      const first = sorted[at]!;
      const last = sorted[at + count - 1]!;
      at += count;
      return { path: z.path, bytes: z.bytes, sha256: z.sha256, files: count, first, last };
    }),
  };
  const text = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  writeAtomic(join(outDir, RELEASE_ZIP_MANIFEST), text);
  return { zips, published: [...zips, factOf(RELEASE_ZIP_MANIFEST, text)] };
}

/** The entry count from a zip's end-of-central-directory record (the last 22 bytes: no comment is written). */
function zipEntryCount(zip: Uint8Array): number {
  return new DataView(zip.buffer, zip.byteOffset, zip.byteLength).getUint16(zip.byteLength - 22 + 10, true);
}

function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
