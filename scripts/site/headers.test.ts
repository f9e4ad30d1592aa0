import { describe, expect, it } from 'vitest';
import { headerCsp, headersFile, metaCspOf } from './headers.ts';

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
    const file = headersFile([
      { path: '/embed/targets/', metaCsp: META },
      { path: '/', metaCsp: META },
    ]);
    const embedBlock = file.slice(file.indexOf('/embed/targets/'));
    expect(embedBlock).not.toContain('X-Frame-Options');
    expect(file.slice(file.indexOf('\n/\n'), file.indexOf('/embed/'))).toContain('X-Frame-Options: SAMEORIGIN');
  });
});
