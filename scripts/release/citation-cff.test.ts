import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationCff } from './citation-cff.ts';

const cff = readFileSync(new URL('../../CITATION.cff', import.meta.url), 'utf8');

describe('citationCff', () => {
  it('adds the data address after the licence when the site URL is known', () => {
    const out = citationCff(cff, 'https://plans.health.cn/sub/data/');
    expect(out).toMatch(/^license: CC-BY-4\.0\nurl: "https:\/\/plans\.health\.cn\/sub\/data\/"$/m);
    expect(out.replace('url: "https://plans.health.cn/sub/data/"\n', '')).toBe(cff);
  });
  it('leaves the file byte for byte alone when the address is unknown: no placeholder host', () => {
    expect(citationCff(cff, null)).toBe(cff);
    expect(cff).not.toMatch(/example\.(org|com)/);
  });
  it('replaces an old url line instead of adding a second', () => {
    const once = citationCff(cff, 'https://a.cn/data/');
    expect(citationCff(once, 'https://b.cn/data/').match(/^url:/gm)).toHaveLength(1);
  });
  it('refuses something that is not an address', () => {
    expect(() => citationCff(cff, 'plans.health.cn')).toThrow(/not an address/);
  });
});
