// The engine's download in bytes of the total, as the host sends it.
import { describe, expect, it } from 'vitest';
import { byteProgress, idlePrefetchAllowed, mb } from './explore-progress.ts';

describe('byteProgress', () => {
  it('applies the share of decoded bytes received to the compressed total of the encoding in use', () => {
    const p = byteProgress({
      bytesLoaded: 17_121_293,
      bytesTotal: 34_242_586,
      encoding: 'br',
      transferTotal: 6_199_212,
    });
    expect(p).toEqual({ fraction: 0.5, loaded: 3_099_606, total: 6_199_212, encoding: 'br' });
    expect(`${mb(p!.loaded)} of ${mb(p!.total)} MB`).toBe('3.1 of 6.2 MB');
  });

  it('without a compressed total (host sends it plain, or no manifest) counts the bytes themselves', () => {
    expect(byteProgress({ bytesLoaded: 1e6, bytesTotal: 4e6 })).toEqual({
      fraction: 0.25,
      loaded: 1e6,
      total: 4e6,
      encoding: 'identity',
    });
  });

  it('is nothing before the total is known, and never beyond 100 %', () => {
    expect(byteProgress({})).toBeNull();
    expect(byteProgress({ bytesLoaded: 5, bytesTotal: 0 })).toBeNull();
    expect(byteProgress({ bytesLoaded: 12, bytesTotal: 10 })?.fraction).toBe(1);
  });
});

describe('idlePrefetchAllowed', () => {
  it('only on a line known not to be metered, fast, without data saver', () => {
    expect(idlePrefetchAllowed({ type: 'wifi', effectiveType: '4g' })).toBe(true);
    expect(idlePrefetchAllowed({ type: 'ethernet', effectiveType: '4g' })).toBe(true);
    expect(idlePrefetchAllowed({ type: 'wifi', effectiveType: '4g', saveData: true })).toBe(false);
    expect(idlePrefetchAllowed({ type: 'cellular', effectiveType: '4g' })).toBe(false);
    expect(idlePrefetchAllowed({ type: 'wifi', effectiveType: '3g' })).toBe(false);
    // Desktop Chromium reports no type; Firefox and Safari have no API: intent only.
    expect(idlePrefetchAllowed({ effectiveType: '4g' })).toBe(false);
    expect(idlePrefetchAllowed(undefined)).toBe(false);
  });
});
