// Specs + file facts → a Frictionless Data Package (datapackage.json): tabular datasets and the source files. Pure: no disk, no clock.
import { columnsOf, type Column } from '../../src/lib/schema/columns.ts';
import type { DatasetSpec } from '../../src/lib/schema/dataset.ts';
import type { SourceDocument } from '../pipeline/types.ts';
import type { Release } from './changelog.ts';
import { PACKAGE_META } from './package-meta.ts';

/** One written file: its path relative to datapackage.json, size and SHA-256 (hex). */
export interface FileFact {
  path: string;
  bytes: number;
  sha256: string;
}

export interface DatasetFiles {
  rows: number;
  /** The CSV (for a dataset in parts: the parts joined, as one file; its path is `<name>.csv`). */
  csv: FileFact;
  json: FileFact;
  parquet: FileFact;
  /** Set when the dataset is published in parts (src/lib/dataset-parts.ts): each part's rows and files, in order. */
  parts?: { rows: number; csv: FileFact; json: FileFact; parquet: FileFact }[];
}

export type { SourceDocument };

export const hashOf = (f: FileFact): string => `sha256:${f.sha256}`;

const FORMATS = { csv: 'text/csv', json: 'application/json', parquet: 'application/vnd.apache.parquet' } as const;

export const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
  skipInitialSpace: false,
};

export const CSV_NOTE =
  'CSV: UTF-8 with BOM, RFC 4180, CRLF. Empty cell = null. A text cell whose value starts with = + - @ (ASCII or full-width), TAB, CR, LF, NUL or an apostrophe is written with one extra leading apostrophe so spreadsheets do not run it as a formula; remove it when reading (JSON and Parquet hold the value unchanged). Number and boolean columns are never altered.';

function field(col: Column, primaryKey: string[]): Record<string, unknown> {
  const f: Record<string, unknown> = { name: col.name, type: col.type, description: col.description };
  if (col.type === 'number') f['format'] = 'default';
  const constraints: Record<string, unknown> = {};
  // "" is the missing value, so only non-text columns (where "" cannot be a value) and keys are required.
  if ((!col.nullable && col.type !== 'string') || primaryKey.includes(col.name)) constraints['required'] = true;
  const values = col.values?.filter((v) => v !== '');
  if (values && values.length > 0) constraints['enum'] = values;
  if (Object.keys(constraints).length > 0) f['constraints'] = constraints;
  return f;
}

/** Where a source's text is published beside datapackage.json: sources/<file name>. */
export const publishedSourcePath = (s: Pick<SourceDocument, 'path'>): string => `sources/${s.path.split('/').pop()}`;

export function sourceTitle(s: SourceDocument): string {
  const parts = [s.titleZh ?? s.docId, s.issuerZh, s.docNumber].filter((p): p is string => !!p);
  return `${parts.join('，')} (text as received: ${publishedSourcePath(s)}, sha256 ${s.sha256})`;
}

/** A published source file: a plan's text (the file every offset indexes) or the original it was converted from. */
export interface SourceFileFact {
  docId: string;
  kind: 'text' | 'original';
  /** Format of the file: txt for a text, else the original's extension (docx, pdf, html, md). */
  format: string;
  fact: FileFact;
}

const SOURCE_MEDIATYPES: Record<string, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** Non-tabular resources for the source files, so a downloader can check every start, end and quote. */
export function sourceResources(files: SourceFileFact[], sources: SourceDocument[]): Record<string, unknown>[] {
  const titleOf = (docId: string) => sources.find((s) => s.docId === docId)?.titleZh ?? docId;
  return (
    [...files]
      // By document, its text before its original.
      .sort((a, b) =>
        a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.kind === b.kind ? 0 : a.kind === 'text' ? -1 : 1,
      )
      .map((f) => ({
        profile: 'data-resource',
        name: `${f.kind === 'text' ? 'source' : 'original'}-${f.docId}`,
        path: f.fact.path,
        title: `${f.kind === 'text' ? 'Source text' : 'Original file'}: ${titleOf(f.docId)}`,
        description:
          f.kind === 'text'
            ? `The text of ${f.docId} exactly as received (documents.doc_id = ${f.docId}). Every start and end offset in the datasets counts UTF-16 code units of this file read as UTF-8, and quote equals the text between them.`
            : `The file ${f.docId} was received as (documents.original_format); its canonical text is sources/${f.docId}.txt.`,
        format: f.format,
        mediatype: SOURCE_MEDIATYPES[f.format] ?? 'application/octet-stream',
        ...(f.format === 'txt' || f.format === 'md' || f.format === 'html' ? { encoding: 'utf-8' } : {}),
        bytes: f.fact.bytes,
        hash: hashOf(f.fact),
      }))
  );
}

export function buildDataPackage(
  specs: DatasetSpec[],
  files: Record<string, DatasetFiles>,
  release: Release,
  sources: SourceDocument[],
  sourceFiles: SourceFileFact[] = [],
): Record<string, unknown> {
  const resources = specs.map((spec) => {
    const f = files[spec.name];
    if (!f) throw new Error(`datapackage: no files for dataset ${spec.name}`);
    const columns = columnsOf(spec);
    const schema: Record<string, unknown> = {
      fields: columns.map((c) => field(c, spec.primaryKey)),
      missingValues: [''],
      primaryKey: spec.primaryKey,
    };
    if (spec.foreignKeys && spec.foreignKeys.length > 0) {
      schema['foreignKeys'] = spec.foreignKeys.map((fk) => ({
        fields: fk.fields,
        reference: { resource: fk.reference.resource, fields: fk.reference.fields },
      }));
    }
    const parts = f.parts && f.parts.length > 1 ? f.parts : null;
    return {
      profile: 'tabular-data-resource',
      name: spec.name,
      // In parts: Frictionless multipart, the CSV parts read as one file (only the first has the header).
      path: parts ? parts.map((p) => p.csv.path) : f.csv.path,
      title: spec.title,
      description: spec.description,
      format: 'csv',
      mediatype: FORMATS.csv,
      encoding: 'utf-8',
      bytes: f.csv.bytes,
      hash: hashOf(f.csv),
      dialect: CSV_DIALECT,
      schema,
      // Not in the standard (extra properties are allowed): row count and the same rows in the other two formats.
      rows: f.rows,
      // A dataset in parts: every file of each part (each JSON and Parquet part is complete on its own).
      alternates: (['json', 'parquet'] as const).map((fmt) =>
        parts
          ? {
              path: parts.map((p) => p[fmt].path),
              format: fmt,
              mediatype: FORMATS[fmt],
              bytes: parts.reduce((n, p) => n + p[fmt].bytes, 0),
            }
          : { path: f[fmt].path, format: fmt, mediatype: FORMATS[fmt], bytes: f[fmt].bytes, hash: hashOf(f[fmt]) },
      ),
      ...(parts
        ? {
            parts: parts.map((p) => ({
              rows: p.rows,
              files: (['csv', 'json', 'parquet'] as const).map((fmt) => ({
                path: p[fmt].path,
                format: fmt,
                bytes: p[fmt].bytes,
                hash: hashOf(p[fmt]),
              })),
            })),
          }
        : {}),
    };
  });
  return {
    // A data package, not a tabular one: beside the tabular datasets it carries the source texts (non-tabular).
    // Each dataset still declares, and is validated against, the tabular-data-resource profile.
    profile: 'data-package',
    name: PACKAGE_META.name,
    title: `${PACKAGE_META.title} / ${PACKAGE_META.titleZh}`,
    description: `${PACKAGE_META.description}\n\n${PACKAGE_META.descriptionZh}\n\n${PACKAGE_META.sourcesNote}\n\n${CSV_NOTE}`,
    version: release.version,
    // The release date from the changelog, not the build clock: two builds give the same bytes.
    created: `${release.date}T00:00:00Z`,
    keywords: [...PACKAGE_META.keywords],
    licenses: PACKAGE_META.licenses.map((l) => ({ ...l })),
    contributors: PACKAGE_META.contributors.map((c) => ({ ...c })),
    sources: [...sources]
      .sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0))
      .map((s) => ({ title: sourceTitle(s), path: publishedSourcePath(s) })),
    resources: [...resources, ...sourceResources(sourceFiles, sources)],
  };
}

/** Fields (dataset.column) that lack a description: the release refuses to ship them. */
export function undocumentedFields(specs: DatasetSpec[]): string[] {
  return specs.flatMap((spec) =>
    columnsOf(spec)
      .filter((c) => c.description.trim().length < 3)
      .map((c) => `${spec.name}.${c.name}`),
  );
}
