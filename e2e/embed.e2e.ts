// The embeds in a real browser, framed by a host page on another origin: the height message arrives and
// resize.js applies it (and only from its own frame), URL filters apply, no JS still shows the chart, weight stays small.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';
import { SITE, url } from './site-under-test.ts';

const { base, dist, origin } = SITE;
const CHARTS = ['targets', 'principles', 'alliances', 'responsibilities', 'timeline', 'instruments'];

/** A host page as a newsroom would write it: the embed code, plus a log of the messages it receives. */
function hostPage(src: string, chart: string): string {
  return `<!doctype html><html><body><h1>Host</h1>
<script>window.received = []; addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));</script>
<iframe src="${src}" title="chart" data-chp-embed="${chart}" width="100%" height="150" style="border:0;width:100%"></iframe>
<script async src="${url('/embed/resize.js')}"></script></body></html>`;
}

test.describe('embeds in a host page', () => {
  test.use({ viewport: { width: 800, height: 900 } });
  for (const chart of CHARTS)
    test(`/embed/${chart}/ posts its height to the host, and resize.js sets the iframe to it`, async ({
      page,
      errors,
    }) => {
      // The host lives on another origin (about:blank here); the chart origin is the site's.
      await page.setContent(hostPage(url(`/embed/${chart}/`), chart));
      await page.waitForFunction(() => document.querySelector('iframe')!.hasAttribute('data-chp-height'), null, {
        timeout: 15_000,
      });
      const received = await page.evaluate(
        () =>
          (
            window as unknown as {
              received: { origin: string; data: { type: string; height: number; chart: string } | null }[];
            }
          ).received,
      );
      const msg = received.find((m) => m.data?.type === 'chp-embed-height')!;
      expect(msg.origin).toBe(origin);
      expect(msg.data?.chart).toBe(chart);
      const frame = page.frames().find((f) => f.url().includes(`/embed/${chart}/`))!;
      const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const height = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
      expect(Math.abs(height - inner)).toBeLessThanOrEqual(2);
      expect(height).toBeGreaterThan(150);
      // The whole chart is inside the frame: nothing to scroll.
      expect(
        await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
      ).toBeLessThanOrEqual(1);
      expect(errors).toEqual([]);
    });
});

test.describe('resize.js', () => {
  test('ignores height messages that do not come from its own frame', async ({ page }) => {
    await page.setContent(hostPage(url('/embed/principles/'), 'principles'));
    await page.waitForFunction(() => document.querySelector('iframe')!.hasAttribute('data-chp-height'));
    const before = await page.$eval('iframe', (f) => f.getAttribute('data-chp-height'));
    await page.evaluate(() =>
      window.postMessage({ type: 'chp-embed-height', height: 12345, chart: 'principles' }, '*'),
    );
    await page.waitForTimeout(200);
    expect(await page.$eval('iframe', (f) => f.getAttribute('data-chp-height'))).toBe(before);
  });
});

test.describe('embed pages', () => {
  test("accept the page's filters in the URL", async ({ page }) => {
    await page.goto(url('/embed/targets/?group=orderly_care_seeking&place=guyuan,jieshou'));
    const data = await page.$eval(
      'script.chp-data',
      (s) => JSON.parse(s.textContent) as { rows: { doc_id: string; indicator_group: string }[] },
    );
    const expected = data.rows.filter(
      (x) => ['guyuan', 'jieshou'].includes(x.doc_id) && x.indicator_group === 'orderly_care_seeking',
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(Number(await page.getAttribute('chp-chart', 'data-shown'))).toBe(expected);
    const rows = await page.$$eval('svg.chp-chart g.blk-row:not([display])', (gs) =>
      gs
        .filter((g) => g.closest('svg')!.getBoundingClientRect().width > 0)
        .map((g) => `${g.getAttribute('data-place')} ${g.getAttribute('data-group')}`),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const x of rows) expect(x).toMatch(/^(guyuan|jieshou) orderly_care_seeking$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('show the chart without JavaScript, with a title and no site chrome', async ({ page }) => {
      await page.goto(url('/zh/embed/timeline/'));
      expect(await page.title()).toContain('实施阶段');
      expect(await page.locator('header.site-header').count()).toBe(0);
      expect(await page.locator('svg.chp-chart g.blk-row').count()).toBeGreaterThan(0);
      expect(await page.locator('svg.chp-chart').first().isVisible()).toBe(true);
    });
  });

  test('follow dark mode', async ({ openPage }) => {
    for (const [scheme, dark] of [
      ['light', false],
      ['dark', true],
    ] as const) {
      const { page } = await openPage({ colorScheme: scheme });
      await page.goto(url('/embed/instruments/'));
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [red] = bg.match(/\d+/g)!.map(Number);
      expect(red! < 100).toBe(dark);
    }
  });

  for (const chart of CHARTS)
    test(`/embed/${chart}/ transfers at most 60 KB (gzip) on first load`, async ({ page, requests }) => {
      await page.goto(url(`/embed/${chart}/`), { waitUntil: 'networkidle' });
      const own = requests.filter((u) => u.startsWith(origin));
      const bytes = own.reduce((n, u) => {
        let rel = new URL(u).pathname.slice(base.length);
        if (rel === '' || rel.endsWith('/')) rel += 'index.html';
        return n + gzipSync(readFileSync(join(dist, rel))).length;
      }, 0);
      expect(bytes).toBeLessThanOrEqual(60 * 1024);
    });
});
