import { describe, expect, it } from 'vitest';
import {
  isReleaseZipPart,
  RELEASE_ZIP,
  RELEASE_ZIP_MANIFEST,
  releaseZipFiles,
  releaseZipNames,
} from './release-zip.ts';

describe('release zip names', () => {
  it('one zip keeps its stable name; parts are numbered', () => {
    expect(releaseZipNames(1)).toEqual([RELEASE_ZIP]);
    expect(releaseZipNames(3)).toEqual([
      'county-health-plans-data.part-001.zip',
      'county-health-plans-data.part-002.zip',
      'county-health-plans-data.part-003.zip',
    ]);
    expect(releaseZipNames(3).every(isReleaseZipPart)).toBe(true);
    expect([RELEASE_ZIP, RELEASE_ZIP_MANIFEST, 'reuse.part-001.csv', 'x.part-001.zip'].some(isReleaseZipPart)).toBe(
      false,
    );
  });

  it('finds the zip among published names: its parts in order, else the one zip, else none', () => {
    const parts = releaseZipNames(12);
    expect(releaseZipFiles(['SHA256SUMS', ...[...parts].reverse(), RELEASE_ZIP_MANIFEST])).toEqual(parts);
    expect(releaseZipFiles(['SHA256SUMS', RELEASE_ZIP, 'targets.csv'])).toEqual([RELEASE_ZIP]);
    expect(releaseZipFiles(['targets.csv'])).toEqual([]);
  });
});
