// The site on the plainest host: a static server that sends a content type and no other header (dist/_headers is
// ignored), so the only CSP is each page's <meta>. Everything else runs under `astro preview`; this file keeps the
// promise that the site works where no header can be configured, DuckDB's worker and wasm included.
import type { Server } from 'node:http';
import { serve } from '../scripts/measure/static-server.ts';
import { expect, test } from './fixtures.ts';
import { SITE } from './site-under-test.ts';

let server: Server | undefined;
let root: string;

test.beforeAll(async () => {
  const served = await serve(SITE.dist, SITE.base);
  server = served.server;
  root = `${served.origin}${SITE.base}`;
});

test.afterAll(() => {
  server?.close();
});

test('on a host that sends no headers, pages load without console error or CSP violation and SQL runs', async ({
  page,
  errors,
  requests,
}) => {
  for (const path of ['', 'zh/plans/guyuan/', 'compare/targets/', 'embed/timeline/', 'data/']) {
    const res = await page.goto(`${root}${path}`, { waitUntil: 'load' });
    expect(res?.status(), path).toBe(200);
    expect(res?.headers()['content-security-policy'], path).toBeUndefined();
  }
  await page.goto(`${root}explore/?sql=${encodeURIComponent('SELECT count(*) AS n FROM documents')}`);
  await page.waitForSelector(
    'sql-explorer:is([data-state="done"], [data-state="query-error"], [data-state="load-error"])',
    {
      timeout: 60_000,
    },
  );
  expect(await page.getAttribute('sql-explorer', 'data-state')).toBe('done');
  expect(await page.locator('[data-output] tbody td').allTextContents()).toEqual(['5']);
  // DuckDB really ran here: its worker and wasm came from this server.
  expect(requests.some((u) => u.includes('.worker.'))).toBe(true);
  expect(requests.some((u) => /\.wasm$/.test(u))).toBe(true);
  expect(errors).toEqual([]);
});
