// The built site as a whole: internal links and fragments resolve, HTML validates, no file is too big for a
// static host, and every page carries a CSP without unsafe-inline scripts.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { metaCspOf } from '../scripts/site/headers.ts';
import { checkLinks } from '../scripts/site/link-check.ts';
import { MAX_FILE_BYTES } from '../scripts/site/split-large-files.ts';

const dist = inject('distDir');
const base = inject('siteBase');

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

const files = allFiles(dist);
const sitePath = (file: string) => `${base}${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
const pages = new Map(files.filter((f) => f.endsWith('.html')).map((f) => [sitePath(f), readFileSync(f, 'utf8')]));

describe('the built site', () => {
  it('has no broken internal link or fragment', () => {
    const exists = (p: string) => p.startsWith(base) && existsSync(join(dist, p.slice(base.length)));
    expect(checkLinks(pages, exists)).toEqual([]);
  });

  it('validates as HTML (html-validate: document + standard; SRI is not needed for same-origin files)', async () => {
    const hv = new HtmlValidate({
      extends: ['html-validate:document', 'html-validate:standard'],
      rules: { 'require-sri': 'off' },
    });
    const problems: string[] = [];
    for (const [path, html] of pages) {
      const report = await hv.validateString(html, path);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it(`has no file over ${MAX_FILE_BYTES / 1048576} MiB (static hosts refuse them)`, () => {
    const big = files.filter((f) => statSync(f).size > MAX_FILE_BYTES).map((f) => relative(dist, f));
    expect(big).toEqual([]);
  });

  it('sends a CSP on every page, without unsafe-inline scripts', () => {
    for (const [path, html] of pages) {
      if (path.endsWith('404.html')) continue;
      const csp = metaCspOf(html) ?? '';
      expect(csp, path).toMatch(/script-src/);
      expect(/script-src[^;]*unsafe-inline/.test(csp), path).toBe(false);
    }
  });
});

// CSP violations in the browser: Chromium reports each as a console error, and e2e/site.e2e.ts fails any page
// with a console error (it also listens for `securitypolicyviolation`).
