// The built site as a whole: internal links and fragments resolve, HTML validates, no file is too big for a
// static host, and every page carries a CSP without unsafe-inline scripts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../scripts/measure/built-pages.ts';
import { serve } from '../scripts/measure/static-server.ts';
import { metaCspOf } from '../scripts/site/headers.ts';
import { MAX_FILE_BYTES } from '../scripts/site/split-large-files.ts';
import { brokenLinks } from './broken-links.ts';
import { expect, test } from './fixtures.ts';
import { SITE } from './site-under-test.ts';

const { dist, base } = SITE;

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

const files = allFiles(dist);
const sitePath = (file: string) => `${base}${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
const pages = new Map(files.filter((f) => f.endsWith('.html')).map((f) => [sitePath(f), readFileSync(f, 'utf8')]));

test.describe('the built site', () => {
  // On the dumb static server, as a plain host serves files (astro preview answers 404 for a file without an
  // extension such as data/SHA256SUMS under trailingSlash: 'always').
  test('has no broken internal link or fragment (linkinator over every page)', async () => {
    const { server, origin } = await serve(dist, base);
    try {
      const urls = builtPages(dist).map((p) => `${origin}${base}${p.slice(1)}`);
      expect(await brokenLinks(urls, origin)).toEqual([]);
    } finally {
      server.close();
    }
  });

  test('the link check finds missing files, missing fragments (also in SVG) and links outside the base', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a/index.html'), '<!doctype html><title>a</title><h2 id="ok">ok</h2>');
      writeFileSync(
        join(dir, 'index.html'),
        `<!doctype html><title>home</title><h1 id="here">home</h1>
<a href="/sub/a/#ok">ok</a> <a href="#here">ok</a> <a href="a/">ok</a> <a href="https://example.org/">other host</a>
<a href="/sub/a/#nope">bad fragment</a> <a href="#nothere">bad fragment</a> <a href="/sub/gone/">missing</a>
<img src="/sub/x.png" alt=""> <a href="/a/">outside the base</a>
<svg><a href="/sub/a/#svgbad"><text>t</text></a></svg>
<script type="application/json">{"html":"<a href='/sub/not-a-link/'>"}</script>`,
      );
      const { server, origin } = await serve(dir, '/sub/');
      try {
        const found = await brokenLinks([`${origin}/sub/`], origin);
        expect(found.map((b) => b.link.slice(origin.length)).sort()).toEqual(
          ['/a/', '/sub/#nothere', '/sub/a/#nope', '/sub/a/#svgbad', '/sub/gone/', '/sub/x.png'].sort(),
        );
      } finally {
        server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('validates as HTML (html-validate: document + standard; SRI is not needed for same-origin files)', async () => {
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

  test(`has no file over ${MAX_FILE_BYTES / 1048576} MiB (static hosts refuse them)`, () => {
    const big = files.filter((f) => statSync(f).size > MAX_FILE_BYTES).map((f) => relative(dist, f));
    expect(big).toEqual([]);
  });

  test('sends a CSP on every page, without unsafe-inline scripts', () => {
    for (const [path, html] of pages) {
      if (path.endsWith('404.html')) continue;
      const csp = metaCspOf(html) ?? '';
      expect(csp, path).toMatch(/script-src/);
      expect(/script-src[^;]*unsafe-inline/.test(csp), path).toBe(false);
    }
  });
});

// CSP violations in the browser: Chromium reports each as a console error, and the recorder in e2e/fixtures.ts
// (which also listens for `securitypolicyviolation`) hands them to every test that checks `errors`.
