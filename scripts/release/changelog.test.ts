import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentRelease, parseChangelog } from './changelog.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('parseChangelog', () => {
  it('reads versions and dates, newest (top) first', () => {
    const text =
      '# Data changelog\n\nIntro.\n\n## 0.2.0 — 2027-01-05\n\n- Added targets.\n\n## 0.1.0 - 2026-11-22\n\nFirst.\n';
    expect(parseChangelog(text).map((r) => [r.version, r.date])).toEqual([
      ['0.2.0', '2027-01-05'],
      ['0.1.0', '2026-11-22'],
    ]);
    expect(currentRelease(text).notes).toBe('- Added targets.');
  });
  it.each([
    ['## Unreleased\n', /expected "## <semver> — <YYYY-MM-DD>"/],
    ['## 0.1 — 2026-11-22\n', /line 1/],
    ['# only a title\n', /no "## <version> — <date>" entry/],
    ['## 0.1.0 — 2026-11-22\n## 0.1.0 — 2026-11-23\n', /version 0.1.0 twice/],
  ])('refuses %j', (text, err) => {
    expect(() => parseChangelog(text)).toThrow(err);
  });
});

describe('the repository files agree on the version', () => {
  const release = currentRelease(readFileSync(`${ROOT}data/CHANGELOG.md`, 'utf8'));
  const cff = readFileSync(`${ROOT}CITATION.cff`, 'utf8');
  it('CITATION.cff carries the changelog version and date', () => {
    expect(cff).toMatch(new RegExp(`^version: "${release.version.replace(/\./g, '\\.')}"$`, 'm'));
    expect(cff).toMatch(new RegExp(`^date-released: "${release.date}"$`, 'm'));
    expect(cff).toMatch(/^license: CC-BY-4\.0$/m);
  });
});
