// The comparison pages in a real browser: filters round-trip through the URL, downloads hold the rows the chart
// shows, every mark leads to its quote, the SQL link opens the explorer, and the JavaScript stays small.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures.ts';
import { SITE, url } from './site-under-test.ts';

const { base, dist, root: siteUrl } = SITE;

const CHARTS: { page: string; chart: string }[] = [
  { page: '/compare/targets/', chart: 'targets' },
  { page: '/compare/principles/', chart: 'principles' },
  { page: '/compare/organisations/', chart: 'alliances' },
  { page: '/compare/organisations/', chart: 'responsibilities' },
  { page: '/compare/timeline/', chart: 'timeline' },
  { page: '/zh/compare/instruments/', chart: 'instruments' },
];

interface Island {
  rows: Record<string, unknown>[];
  columns: { name: string; type: string }[];
  filters: { key: string; column: string; values: string[] }[];
  defaults: string[];
  source: { parts: Record<string, string> };
}
const island = (page: Page, chart: string) =>
  page.$eval(`chp-chart[data-chart="${chart}"] script.chp-data`, (s) => JSON.parse(s.textContent) as Island);

async function text(d: Download): Promise<string> {
  return readFileSync(await d.path(), 'utf8');
}

/** Rows of a downloaded CSV (BOM checked and stripped by the parser). */
async function csvRows(d: Download): Promise<Record<string, string>[]> {
  const raw = await text(d);
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<Record<string, string>>(raw, { header: true, skipEmptyLines: true }).data;
}

async function download(page: Page, chart: string, kind: string): Promise<Download> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`chp-chart[data-chart="${chart}"] button[data-dl="${kind}"]`),
  ]);
  return d;
}

/** Distinct quote links of the marks a reader can see in the drawing now shown (wide or narrow). */
function visibleMarkLinks(page: Page, chart: string): Promise<string[]> {
  return page.$$eval(`chp-chart[data-chart="${chart}"] .chart-body svg.chp-chart a[href]`, (links) => [
    ...new Set(
      links
        .filter((a) => a.closest('svg')!.getBoundingClientRect().width > 0 && !a.closest('[display="none"]'))
        .map((a) => a.getAttribute('href')!),
    ),
  ]);
}

for (const { page: path, chart } of CHARTS) {
  test.describe(`${path} (${chart})`, () => {
    test('selects places: the URL records them, a reload restores them, and the CSV of rows shown holds exactly those rows', async ({
      page,
      errors,
    }) => {
      await page.goto(url(path));
      const data = await island(page, chart);
      const ids = [...new Set(data.rows.map((r) => String(r['doc_id'])))].sort();
      const pick = ids[ids.length - 1]!;
      const expected = data.rows.filter((row) => row['doc_id'] === pick);
      const el = `chp-chart[data-chart="${chart}"]`;
      // Keyboard: remove every other place's chip (focus its button, press Enter).
      for (const other of data.defaults.filter((d) => d !== pick)) {
        await page.locator(`${el} .chp-chip[data-place="${other}"] button`).focus();
        await page.keyboard.press('Enter');
        await expect(page.locator(`${el} .chp-chip[data-place="${other}"]`)).toHaveCount(0);
      }
      await expect(page.locator(`${el} .chp-chip`)).toHaveCount(1);
      // location, not page.url(): a replaceState reaches Playwright's URL only later.
      const search = () => page.evaluate(() => location.search);
      await expect.poll(async () => new URLSearchParams(await search()).get('place')).toBe(pick);
      await expect.poll(async () => Number(await page.getAttribute(el, 'data-shown'))).toBe(expected.length);
      expect(await page.locator(`${el} table[data-rows] tr[data-i]:not([hidden])`).count()).toBe(expected.length);

      const rows = await csvRows(await download(page, chart, 'csv-shown'));
      expect(rows).toHaveLength(expected.length);
      expect(new Set(rows.map((x) => x['doc_id']))).toEqual(new Set([pick]));
      expect(Object.keys(rows[0]!)).toEqual(data.columns.map((c) => c.name));

      // The source line names the issuer of the plan shown, and no other.
      const sourceLine = (await page.textContent(`${el} .chart-source`))!;
      expect(sourceLine).toContain(data.source.parts[pick]);
      for (const [doc, part] of Object.entries(data.source.parts))
        if (doc !== pick) expect(sourceLine).not.toContain(part);
      // The drawing links marks of that place only (the summary of every plan has no marks of other places).
      const links = await visibleMarkLinks(page, chart);
      expect(links.length).toBeGreaterThan(0);
      for (const h of links) expect(h).toContain(`/plans/${pick}/`);

      await page.reload();
      await expect(page.locator(`${el} .chp-chip`)).toHaveCount(1);
      await expect(page.locator(`${el} .chp-chip[data-place="${pick}"]`)).toHaveCount(1);
      await expect.poll(async () => Number(await page.getAttribute(el, 'data-shown'))).toBe(expected.length);
      // "Reset" goes back to the default places and a clean URL.
      await page.click(`${el} button[data-reset]`);
      await expect.poll(async () => new URLSearchParams(await search()).get('place')).toBeNull();
      await expect.poll(async () => Number(await page.getAttribute(el, 'data-shown'))).toBe(data.rows.length);
      expect(errors).toEqual([]);
    });

    test('downloads all rows as CSV, and the picture as SVG and PNG with title and source baked in', async ({
      page,
      errors,
    }) => {
      await page.goto(url(`${path}?place=`));
      const data = await island(page, chart);
      const all = await csvRows(await download(page, chart, 'csv-all'));
      expect(all).toHaveLength(data.rows.length);
      const first = data.columns[0]!.name;
      expect(all.map((x) => x[first])).toEqual(data.rows.map((x) => String(x[first])));
      const title = (await page.textContent(`chp-chart[data-chart="${chart}"] .chart-title`))!.trim();
      const source = (await page.textContent(`chp-chart[data-chart="${chart}"] .chart-source`))!.trim();
      const svg = await text(await download(page, chart, 'svg'));
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).toContain(title);
      expect(svg).toContain(source.slice(0, 20));
      // The picture names the site, the page it came from and the licence.
      expect(svg).toContain(path.startsWith('/zh/') ? '县域医改方案' : 'County health plans');
      expect(svg).toContain(new URL(url(path)).pathname);
      expect(svg).toContain('CC BY 4.0');
      const png = readFileSync(await (await download(page, chart, 'png')).path());
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.readUInt32BE(16)).toBeGreaterThan(600); // width, drawn at 2×
      expect(errors).toEqual([]);
    });

    test('shows its SQL and links to the explorer with it; gives embed code for /embed/<chart>/ with the filters', async ({
      page,
    }) => {
      await page.goto(url(`${path}?place=guyuan`));
      const frame = `chp-chart[data-chart="${chart}"]`;
      const sql = (await page.textContent(`${frame} .chp-sql code`))!;
      expect(sql).toMatch(/^(--[^\n]*\n)?SELECT|^WITH/m);
      const href = (await page.getAttribute(`${frame} .chp-sql a`, 'href'))!;
      expect(new URL(href, siteUrl).pathname).toMatch(/\/explore\/$/);
      // The explorer gets the query that ran, after the places selected set as its variable.
      expect(new URL(href, siteUrl).searchParams.get('sql')).toBe(`SET VARIABLE place = ['guyuan'];\n${sql.trim()}`);
      const code = await page.$eval(`${frame} textarea[data-embed-code]`, (t) => (t as HTMLTextAreaElement).value);
      const lang = path.startsWith('/zh/') ? 'zh/' : '';
      expect(code).toContain(`<iframe src="${url(`/${lang}embed/${chart}/`)}?place=guyuan"`);
      expect(code).toContain(`data-chp-embed="${chart}"`);
      expect(code).toContain(`<script async src="${url('/embed/resize.js')}"></script>`);
    });
  });
}

test.describe('marks lead to their quotes', () => {
  test('every link of every chart points at an element that exists on the plan page', async ({ page }) => {
    const hrefs = new Set<string>();
    for (const p of [...new Set(CHARTS.map((c) => c.page))]) {
      await page.goto(url(p));
      // SVG links have no string .href: resolve the attribute against the page.
      for (const h of await page.$$eval('chp-chart svg a[href], chp-chart td a[href]', (as) =>
        as.map((a) => new URL(a.getAttribute('href')!, location.href).href),
      ))
        hrefs.add(h);
    }
    const byPage = new Map<string, string[]>();
    for (const h of hrefs) {
      const u = new URL(h);
      byPage.set(u.pathname, [...(byPage.get(u.pathname) ?? []), decodeURIComponent(u.hash.slice(1))]);
    }
    expect(byPage.size).toBeGreaterThanOrEqual(5);
    for (const [pagePath, ids] of byPage) {
      await page.goto(new URL(pagePath, siteUrl).href);
      const missing = await page.evaluate(
        (list) => list.filter((id) => id !== '' && !document.getElementById(id)),
        ids,
      );
      expect(missing, pagePath).toEqual([]);
    }
  });
});

test.describe('the compare index', () => {
  for (const path of ['/compare/', '/zh/compare/'])
    test(`${path} links to every comparison page`, async ({ page }) => {
      await page.goto(url(path));
      const links = await page.$$eval('main .card a', (as) => as.map((a) => a.getAttribute('href')));
      const prefix = path.startsWith('/zh/') ? `${base}zh/` : base;
      for (const slug of ['targets', 'principles', 'organisations', 'timeline', 'instruments'])
        expect(links).toContain(`${prefix}compare/${slug}/`);
      expect(await page.textContent('main')).not.toContain('No data yet');
    });
});

test.describe('page weight', () => {
  test('a comparison page loads at most 30 KB of JavaScript before the reader asks for a download', async ({
    page,
    requests,
  }) => {
    await page.goto(url('/compare/targets/'), { waitUntil: 'networkidle' });
    const scripts = requests.filter((u) => u.endsWith('.js'));
    const bytes = scripts.reduce((n, u) => n + statSync(join(dist, new URL(u).pathname.slice(base.length))).size, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
    expect(scripts.some((u) => /plot|d3|duckdb/i.test(u))).toBe(false);
  });
});

test.describe('tooltips', () => {
  test('hovering a mark shows its details; leaving hides them', async ({ page }) => {
    await page.goto(url('/compare/timeline/'));
    // A mark's tap target (the 24 px disc on top of it) carries its link and tooltip.
    const link = page.locator('chp-chart .chp-wide svg a[data-tip]:has(circle[r="13"])').first();
    const tip = (await link.getAttribute('data-tip'))!;
    expect(tip.length).toBeGreaterThan(0);
    await link.locator('circle[r="13"]').hover();
    await expect(page.locator('.chp-tip').isVisible()).resolves.toBe(true);
    expect(await page.textContent('.chp-tip')).toBe(tip);
    await page.mouse.move(1, 1);
    await expect(page.locator('.chp-tip').isVisible()).resolves.toBe(false);
    // No native <title> left to double the tooltip.
    expect(await page.locator('chp-chart svg title').count()).toBe(0);
  });
});
