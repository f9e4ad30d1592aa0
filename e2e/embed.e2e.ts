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
    // The selection redraws after the page loads (it fetches the drawing code): wait for it.
    await expect.poll(async () => Number(await page.getAttribute('chp-chart', 'data-shown'))).toBe(expected);
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

test.describe('embeds that fit an article', () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test('one indicator at 600 px wide is at most 900 px tall, and its source line names only its plans', async ({
    page,
    errors,
  }) => {
    // The host page frames the embed 600 px wide, as an article column would.
    await page.setContent(`<!doctype html><html><body style="margin:0">
<iframe src="${url('/embed/targets/?indicator=county_visit_rate')}" title="chart" data-chp-embed="targets" width="600" height="150" style="border:0;width:600px"></iframe>
<script async src="${url('/embed/resize.js')}"></script></body></html>`);
    await page.waitForFunction(() => document.querySelector('iframe')!.hasAttribute('data-chp-height'), null, {
      timeout: 15_000,
    });
    const height = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    // 700 px before the summary of every plan was drawn over the places (issue 18): it adds about 130 px.
    expect(height).toBeLessThanOrEqual(900);
    const frame = page.frames().find((f) => f.url().includes('/embed/targets/'))!;
    const rows = await frame.$$eval(
      '.chp-narrow svg.chp-chart g.blk-row:not([display]), .chp-wide svg.chp-chart g.blk-row:not([display])',
      (gs) =>
        gs
          .filter((g) => g.closest('svg')!.getBoundingClientRect().width > 0)
          .map((g) => g.getAttribute('data-indicator')),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows)).toEqual(new Set(['county_visit_rate']));
    // Yulin states no in-county visit rate: it is not named as a source of this view (issuers in English here).
    const source = await frame.textContent('.chart-source');
    expect(source).toContain('Jieshou');
    expect(source).not.toContain('Yulin');
    expect(errors).toEqual([]);
  });

  test('chrome=0 keeps the chart, its source line and the link, and nothing else', async ({ page }) => {
    await page.goto(url('/embed/targets/?indicator=county_visit_rate&chrome=0'));
    for (const sel of ['svg.chp-chart', '.chart-source', 'a[data-full-chart]', '.chart-title'])
      await expect(page.locator(sel).first()).toBeVisible();
    for (const sel of ['.chp-filter-box', '.chart-notes', '.chart-table', 'button[data-edit]', '.embed-lang'])
      await expect(page.locator(sel)).toBeHidden();
  });

  test('theme=dark and theme=light override the reader’s system; auto follows it', async ({ openPage }) => {
    for (const [scheme, theme, dark] of [
      ['light', 'dark', true],
      ['dark', 'light', false],
      ['dark', 'auto', true],
    ] as const) {
      const { page, errors } = await openPage({ colorScheme: scheme });
      await page.goto(url(`/embed/principles/?theme=${theme}`));
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [red] = bg.match(/\d+/g)!.map(Number);
      expect(red! < 100, `${scheme} system, theme=${theme}`).toBe(dark);
      expect(errors, 'no CSP violation from the theme script').toEqual([]);
    }
  });

  test('the language switch and the full-chart link keep the filters', async ({ page }) => {
    await page.goto(url('/embed/targets/?indicator=county_visit_rate&place=jieshou&theme=dark'));
    const lang = new URL((await page.getAttribute('a[data-lang-switch]', 'href'))!, page.url());
    expect(lang.pathname).toMatch(/\/zh\/embed\/targets\/$/);
    expect(lang.searchParams.get('indicator')).toBe('county_visit_rate');
    expect(lang.searchParams.get('place')).toBe('jieshou');
    expect(lang.searchParams.get('theme')).toBe('dark');
    const full = new URL((await page.getAttribute('a[data-full-chart]', 'href'))!, page.url());
    expect(full.pathname).toMatch(/\/compare\/targets\/$/);
    expect(full.searchParams.get('indicator')).toBe('county_visit_rate');
    expect(full.searchParams.get('place')).toBe('jieshou');
    expect(full.searchParams.get('theme')).toBeNull();
    // On a comparison page, the site's language switch keeps them too.
    await page.goto(url('/compare/targets/?place=jieshou'));
    const zh = new URL((await page.getAttribute('header a[data-lang-switch]', 'href'))!, page.url());
    expect(zh.pathname).toMatch(/\/zh\/compare\/targets\/$/);
    expect(zh.searchParams.get('place')).toBe('jieshou');
  });
});

test.describe('tap targets', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('on a phone every mark of every chart can be tapped on at least 24 × 24 px', async ({ page }) => {
    for (const chart of CHARTS) {
      await page.goto(url(`/embed/${chart}/`));
      const small = await page.$$eval('.chp-narrow svg.chp-chart a[href]', (links) => {
        const byHref = new Map<string, number>();
        for (const a of links) {
          const r = a.getBoundingClientRect();
          const h = a.getAttribute('href')!;
          byHref.set(h, Math.max(byHref.get(h) ?? 0, Math.min(r.width, r.height)));
        }
        return [...byHref].filter(([, size]) => size < 24);
      });
      expect(small, chart).toEqual([]);
    }
  });
});
