// The built site as a whole: internal links and fragments resolve, HTML validates, no file is too big for a
// static host, and every page keeps its CSP: no violation is reported while it loads.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../scripts/site/link-check.ts';
import { MAX_FILE_BYTES } from '../scripts/site/split-large-files.ts';
import { builtPages, launch, newPage } from './browser.ts';

const dist = inject('distDir');
const base = inject('siteBase');
const siteUrl = inject('siteUrl');

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
    const hv = new HtmlValidate({ extends: ['html-validate:document', 'html-validate:standard'], rules: { 'require-sri': 'off' } });
    const problems: string[] = [];
    for (const [path, html] of pages) {
      const report = await hv.validateString(html, path);
      for (const r of report.results) for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
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
      const csp = /http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
      expect(csp, path).toMatch(/script-src/);
      expect(/script-src[^;]*unsafe-inline/.test(csp), path).toBe(false);
    }
  });
});

describe('CSP in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('no page reports a CSP violation while it loads', async () => {
    const violations: string[] = [];
    for (const path of builtPages(dist)) {
      const r = await newPage(browser);
      await r.page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      await r.page.goto(`${siteUrl}${path.slice(1)}`, { waitUntil: 'networkidle' });
      violations.push(...r.errors.filter((e) => /CSP violation|Content Security Policy/.test(e)).map((e) => `${path}: ${e}`));
      await r.close();
    }
    expect(violations).toEqual([]);
  });
});
