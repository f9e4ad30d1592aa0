// Where the all-datasets zip is published: one file, or, when one would pass the hosts' file-size cap, complete zips
// in parts (each under the part size, entries in name order) with a small manifest listing them. Unzipped into one
// folder, the parts give exactly what the single zip holds. Pure and browser-safe: the release writes the files,
// the /data/ page links them.
import { datasetPartName, parseDatasetPartName } from './dataset-parts.ts';

const STEM = 'county-health-plans-data';
/** The single zip; its name carries no version, so links stay stable. */
export const RELEASE_ZIP = `${STEM}.zip`;
/** Written beside the parts only when the zip is in parts. */
export const RELEASE_ZIP_MANIFEST = `${STEM}.parts.json`;

/** What RELEASE_ZIP_MANIFEST holds. */
export interface ZipPartsManifest {
  version: string;
  /** The folder every part's entries sit in. */
  folder: string;
  note: string;
  files: number;
  parts: { path: string; bytes: number; sha256: string; files: number; first: string; last: string }[];
}

/** The zip's file names: [RELEASE_ZIP] for one, else `county-health-plans-data.part-001.zip`, … */
export function releaseZipNames(parts: number): string[] {
  return parts <= 1 ? [RELEASE_ZIP] : Array.from({ length: parts }, (_, i) => datasetPartName(STEM, i, 'zip'));
}

/** Whether a published file name is a part of the release zip. */
export function isReleaseZipPart(name: string): boolean {
  const p = parseDatasetPartName(name);
  return p !== null && p.name === STEM && p.ext === 'zip';
}

/** Among published file names (SHA256SUMS), the zip's: its parts in order when it is in parts, else the one zip, else none. */
export function releaseZipFiles(names: Iterable<string>): string[] {
  const all = [...names];
  const parts = all.filter(isReleaseZipPart).sort();
  if (parts.length > 0) return parts;
  return all.includes(RELEASE_ZIP) ? [RELEASE_ZIP] : [];
}
