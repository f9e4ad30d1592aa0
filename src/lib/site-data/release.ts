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
export interface PackageResource extends PackageFile {
  name: string;
  title: string;
  description: string;
  rows: number;
  schema: {
    fields: PackageField[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
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

/** Lines of a `sha256sum` file as file name → hash. */
export function parseSums(text: string): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) sums[m[2]!] = m[1]!;
  }
  return sums;
}

/** null when `npm run data` has not run: the page then says so instead of failing the build. */
export function readRelease(): ReleaseView | null {
  const pkg = readPublishedJson('datapackage.json') as DataPackage | null;
  if (!pkg) return null;
  return { pkg, sums: parseSums(readPublishedText('SHA256SUMS') ?? '') };
}
