// A dataset's CSV and JSON on disk: one file per format, or parts when it is larger than a part (src/lib/dataset-parts.ts).
// Files of the other layout left by an earlier run (the whole file after a split, stale parts) are removed.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CsvColumn } from '../../src/lib/csv/index.ts';
import {
  DATASET_PART_BYTES,
  datasetFileNames,
  datasetPartTexts,
  parseDatasetPartName,
} from '../../src/lib/dataset-parts.ts';
import { writeAtomic } from '../io/write-atomic.ts';

/** Extensions a dataset is published in beside datapackage.json (the Arrow files are the site's, under arrow/). */
export const DATASET_EXTS = ['csv', 'json', 'parquet'] as const;

/** Remove `<name>.<ext>` and `<name>.part-NNN.<ext>` files of `outDir` that are not in `keep`. */
export function removeStaleDatasetFiles(outDir: string, name: string, keep: ReadonlySet<string>): void {
  for (const f of readdirSync(outDir)) {
    if (keep.has(f)) continue;
    const part = parseDatasetPartName(f);
    const whole = (DATASET_EXTS as readonly string[]).some((ext) => f === `${name}.${ext}`);
    if (whole || (part?.name === name && (DATASET_EXTS as readonly string[]).includes(part.ext)))
      rmSync(join(outDir, f), { force: true });
  }
}

/** Write a dataset's CSV and JSON; returns the rows of each part (one entry when the dataset is one file). */
export function writeDatasetFiles(
  outDir: string,
  name: string,
  rows: Record<string, unknown>[],
  columns: CsvColumn[],
  partBytes = DATASET_PART_BYTES,
): number[] {
  const { ranges, part } = datasetPartTexts(rows, columns, partBytes);
  const csvNames = datasetFileNames(name, 'csv', ranges.length);
  const jsonNames = datasetFileNames(name, 'json', ranges.length);
  ranges.forEach((_, i) => {
    const { csv, json } = part(i);
    writeAtomic(join(outDir, csvNames[i]!), csv);
    writeAtomic(join(outDir, jsonNames[i]!), json);
  });
  removeStaleDatasetFiles(
    outDir,
    name,
    new Set([...csvNames, ...jsonNames, ...datasetFileNames(name, 'parquet', ranges.length)]),
  );
  return ranges.map(([a, b]) => b - a);
}
