import { describe, expect, it } from 'vitest';
import {
  DATA_CACHE,
  headerCsp,
  headerRules,
  headersFile,
  headersFor,
  IMMUTABLE,
  metaCspOf,
  PAGE_CACHE,
  parseHeadersFile,
  patternMatches,
} from './headers.ts';

const META =
  "default-src 'self'; img-src 'self' data: blob:; script-src 'self' 'sha256-abc'; style-src 'self' 'sha256-def';";

describe('headers for static hosts', () => {
  it('reads the CSP that Astro put in a page', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="${META.replace(/'/g, '&#39;')}"></head>`;
    expect(metaCspOf(html)).toBe(META);
    expect(metaCspOf('<head></head>')).toBeNull();
  });

  it('adds wasm-unsafe-eval to script-src and forbids framing outside /embed/', () => {
    const csp = headerCsp({ path: '/explore/', metaCsp: META });
    expect(csp).toContain("script-src 'self' 'sha256-abc' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('lets embeds be framed anywhere, also under a base path', () => {
    expect(headerCsp({ path: '/sub/embed/targets/', metaCsp: META }, '/sub/')).toContain('frame-ancestors *');
    const rules = headerRules([
      { path: '/embed/targets/', metaCsp: META },
      { path: '/', metaCsp: META },
    ]);
    expect(headersFor(rules, '/embed/targets/').has('x-frame-options')).toBe(false);
    expect(headersFor(rules, '/').get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('caching and content types', () => {
  const pages = ['/', '/data/', '/zh/data/', '/explore/', '/embed/targets/'].map((path) => ({ path, metaCsp: META }));
  const rules = headerRules(pages);

  it('splats match any characters, slashes included, and nothing else', () => {
    expect(patternMatches('/_astro/*', '/_astro/duckdb-eh.abc.part0.wasm')).toBe(true);
    expect(patternMatches('/_astro/*.wasm', '/_astro/a/b.part1.wasm')).toBe(true);
    expect(patternMatches('/_astro/*.wasm', '/_astro/duckdb-eh.abc.wasm.parts.json')).toBe(false);
    expect(patternMatches('/data/*', '/zh/data/')).toBe(false);
    expect(patternMatches('/', '/about/')).toBe(false);
  });

  it.each([
    ['/_astro/duckdb-eh.abc.part0.wasm', IMMUTABLE, 'application/wasm'],
    ['/_astro/duckdb-eh.abc.wasm.parts.json', IMMUTABLE, undefined],
    ['/_astro/ExplorePage.abc.js', IMMUTABLE, undefined],
    ['/data/arrow/targets.arrow', DATA_CACHE, undefined],
    ['/data/targets.csv', DATA_CACHE, undefined],
    ['/data/', DATA_CACHE, undefined],
    ['/zh/data/', PAGE_CACHE, undefined],
    ['/explore/', PAGE_CACHE, undefined],
    ['/embed/targets/', PAGE_CACHE, undefined],
  ])('%s: one Cache-Control (%s), content type %s', (path, cache, type) => {
    const h = headersFor(rules, path);
    // A header set by two matching rules would be joined with a comma by the host: never for these.
    expect(h.get('cache-control')).toBe(cache);
    expect(h.get('content-type')).toBe(type);
    expect(h.get('x-content-type-options')).toBe('nosniff');
  });

  it('every page and every file gets each header from one rule only', () => {
    for (const path of [...pages.map((p) => p.path), '/_astro/x.wasm', '/data/x.json', '/favicon.svg'])
      for (const v of headersFor(rules, path).values())
        expect(v, path).not.toMatch(/immutable.*max-age|max-age.*max-age/);
  });

  it('rules under a base path', () => {
    const sub = headerRules([{ path: '/sub/explore/', metaCsp: META }], '/sub/');
    expect(headersFor(sub, '/sub/_astro/e.part0.wasm').get('cache-control')).toBe(IMMUTABLE);
    expect(headersFor(sub, '/sub/data/arrow/t.arrow').get('cache-control')).toBe(DATA_CACHE);
    expect(headersFor(sub, '/_astro/e.part0.wasm').has('cache-control')).toBe(false);
  });

  it('the file reads back as the same rules', () => {
    expect(parseHeadersFile(headersFile(pages))).toEqual(rules);
    expect(() => parseHeadersFile('  X-Orphan: 1\n')).toThrow(/cannot read/);
  });
});
