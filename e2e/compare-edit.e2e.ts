// Charts made by the SQL they show, edited in place in Chromium: an edit of every kind of chart redraws it; a result
// that breaks the chart's contract keeps the last chart with a message naming the column; a shared ?sql= link opens
// the chart redrawn (compare page and embed); downloads (CSV, SVG, PNG) and embed code carry the edit; filters
// compose with it; Reset restores the original. And the same query gives the same rows in Node (the build) and in
// Chromium (the reader).
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { variableStatements } from '../src/components/compare/query/params.ts';
import { runPublishedSql } from '../src/lib/site-data/sql.ts';
import { expect, test } from './fixtures.ts';
import { url } from './site-under-test.ts';

/** One chart of each kind: dots (targets), matrix (principles), fans (alliances), bars, timeline, matrix (zh). */
const CHARTS = [
  { page: '/compare/targets/', chart: 'targets', place: 'jieshou' },
  { page: '/compare/principles/', chart: 'principles', place: 'guyuan' },
  { page: '/compare/organisations/', chart: 'alliances', place: 'yulin' },
  { page: '/compare/organisations/', chart: 'responsibilities', place: 'guyuan' },
  { page: '/compare/timeline/', chart: 'timeline', place: 'jieshou' },
  { page: '/zh/compare/instruments/', chart: 'instruments', place: 'hangjin' },
];

interface Shown {
  sql: string;
  edited: false | 'page' | 'link';
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
}

const el = (chart: string) => `chp-chart[data-chart="${chart}"]`;
const shown = (page: Page, chart: string) =>
  page.$eval(el(chart), (c) => {
    const s = (c as unknown as { shown: Shown }).shown;
    return { sql: s.sql, edited: s.edited, columns: s.columns, rows: s.rows };
  });
const published = (page: Page, chart: string) =>
  page.$eval(`${el(chart)} script.chp-data`, (s) => (JSON.parse(s.textContent) as { sql: string }).sql);

/** Type a query into the chart's editor and run it; resolves when it is drawn or refused. */
async function runEdit(page: Page, chart: string, sql: string): Promise<string> {
  const frame = el(chart);
  if (await page.locator(`${frame} [data-editor]`).isHidden()) await page.click(`${frame} button[data-edit]`);
  await page.fill(`${frame} textarea[data-sql]`, sql);
  await page.$eval(frame, (c) => c.removeAttribute('data-edit-state'));
  await page.click(`${frame} button[data-run]`);
  await page.waitForFunction(
    (f) => ['drawn', 'error'].includes(document.querySelector(f)!.getAttribute('data-edit-state') ?? ''),
    frame,
    { timeout: 90_000 },
  );
  return (await page.getAttribute(frame, 'data-edit-state'))!;
}

/** Links of the marks in the drawing the reader sees (wide or narrow). */
const visibleMarkLinks = (page: Page, chart: string) =>
  page.$$eval(`${el(chart)} .chart-body svg.chp-chart a[href]`, (links) => [
    ...new Set(
      links
        .filter((a) => a.closest('svg')!.getBoundingClientRect().width > 0 && !a.closest('[display="none"]'))
        .map((a) => a.getAttribute('href')!),
    ),
  ]);

async function text(d: Download): Promise<string> {
  return readFileSync(await d.path(), 'utf8');
}

for (const { page: path, chart, place } of CHARTS)
  test(`${chart}: an edited query redraws the chart in place, says so, and goes into the URL`, async ({
    page,
    errors,
  }) => {
    await page.goto(url(path));
    const sql = await published(page, chart);
    // Keep one place: the chart must show only its marks, with the edit labelled and shareable.
    const edited = `SELECT * FROM (\n${sql}\n) AS chart WHERE doc_id = '${place}'`;
    expect(await runEdit(page, chart, edited)).toBe('drawn');
    const now = await shown(page, chart);
    expect(now.edited).toBe('page');
    expect(now.rows.length).toBeGreaterThan(0);
    expect(new Set(now.rows.map((r) => r['doc_id']))).toEqual(new Set([place]));
    const links = await visibleMarkLinks(page, chart);
    expect(links.length).toBeGreaterThan(0);
    for (const h of links) expect(h).toContain(`/plans/${place}/`);
    await expect(page.locator(`${el(chart)} [data-edited]`)).toBeVisible();
    expect(await page.locator(`${el(chart)} table[data-rows] tbody tr`).count()).toBe(now.rows.length);
    const key = path.includes('organisations') ? `sql.${chart}` : 'sql';
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get(key)).toBe(edited.trim());
    // The SQL box shows the query that ran.
    expect(await page.textContent(`${el(chart)} .chp-sql code`)).toBe(edited);
    expect(errors).toEqual([]);
  });

test.describe('a result the chart cannot draw', () => {
  test('a missing column or a wrong type keeps the last chart, with a message naming the column', async ({ page }) => {
    await page.goto(url('/compare/targets/'));
    const sql = await published(page, 'targets');
    const before = await page.$eval(`${el('targets')} .chp-wide`, (d) => d.innerHTML);
    expect(await runEdit(page, 'targets', `SELECT * EXCLUDE (place_zh) FROM (\n${sql}\n)`)).toBe('error');
    const missing = await page.textContent(`${el('targets')} [data-edit-error]`);
    expect(missing).toContain('no column “place_zh”');
    expect(await page.$eval(`${el('targets')} .chp-wide`, (d) => d.innerHTML)).toBe(before);
    expect((await shown(page, 'targets')).edited).toBe(false);

    expect(await runEdit(page, 'targets', `SELECT * REPLACE (CAST(value AS VARCHAR) AS value) FROM (\n${sql}\n)`)).toBe(
      'error',
    );
    const wrong = await page.textContent(`${el('targets')} [data-edit-error]`);
    expect(wrong).toContain('“value” is VARCHAR');
    expect(await page.$eval(`${el('targets')} .chp-wide`, (d) => d.innerHTML)).toBe(before);
    await expect(page.locator(`${el('targets')} [data-edited]`)).toBeHidden();
  });

  test('more rows than 5,000 are refused; a DuckDB error is shown; the last good edit stays', async ({ page }) => {
    await page.goto(url('/compare/organisations/'));
    const sql = await published(page, 'responsibilities');
    expect(await runEdit(page, 'responsibilities', `SELECT * FROM (\n${sql}\n) WHERE doc_id = 'yulin'`)).toBe('drawn');
    const good = await page.$eval(`${el('responsibilities')} .chp-wide`, (d) => d.innerHTML);
    expect(await runEdit(page, 'responsibilities', `SELECT r.* FROM (\n${sql}\n) AS r, range(100)`)).toBe('error');
    expect(await page.textContent(`${el('responsibilities')} [data-edit-error]`)).toContain('5,000');
    expect(await runEdit(page, 'responsibilities', 'SELECT * FROM no_such_table')).toBe('error');
    expect(await page.textContent(`${el('responsibilities')} [data-edit-error]`)).toContain('no_such_table');
    expect(await page.$eval(`${el('responsibilities')} .chp-wide`, (d) => d.innerHTML)).toBe(good);
    expect((await shown(page, 'responsibilities')).rows.every((r) => r['doc_id'] === 'yulin')).toBe(true);
  });
});

test.describe('sharing and downloading an edited chart', () => {
  const edit = (sql: string) => sql.replace('ORDER BY s.plans DESC', 'ORDER BY s.plans ASC');

  test('a shared ?sql= link opens the chart already redrawn with it, labelled as a reader’s edit', async ({
    page,
    errors,
  }) => {
    await page.goto(url('/compare/principles/'));
    const sql = edit(await published(page, 'principles'));
    await page.goto(url(`/compare/principles/?sql=${encodeURIComponent(sql)}`));
    await page.waitForFunction(
      () => document.querySelector('chp-chart')!.getAttribute('data-edit-state') === 'drawn',
      null,
      {
        timeout: 90_000,
      },
    );
    const now = await shown(page, 'principles');
    expect(now.edited).toBe('link');
    expect(now.sql).toBe(sql);
    expect(await page.inputValue('textarea[data-sql]')).toBe(sql);
    expect(await page.textContent('[data-edited]')).toContain('given in the link');
    // Fewest plans first now: the last row of the drawing is a principle every plan shares.
    const rows = await page.$$eval('.chp-wide g.blk-row', (gs) => gs.map((g) => g.getAttribute('data-place')));
    expect(rows.at(-1)!.split(' ').length).toBeGreaterThan(rows[0]!.split(' ').length);
    // "See the original chart" leads back to the published one.
    const original = await page.getAttribute('[data-edited] a[data-original]', 'href');
    expect(new URL(original!, page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  test('an embed opened with ?sql= draws the edited chart, says so, and its full-chart link carries the query', async ({
    page,
    errors,
  }) => {
    await page.goto(url('/embed/principles/'));
    const sql = edit(await published(page, 'principles'));
    await page.goto(url(`/embed/principles/?sql=${encodeURIComponent(sql)}`));
    await page.waitForFunction(
      () => document.querySelector('chp-chart')!.getAttribute('data-edit-state') === 'drawn',
      null,
      { timeout: 90_000 },
    );
    const now = await shown(page, 'principles');
    expect(now.edited).toBe('link');
    expect(now.sql).toBe(sql);
    await expect(page.locator('[data-edited]')).toBeVisible();
    const rows = await page.$$eval('.chp-wide g.blk-row, .chp-narrow g.blk-row', (gs) =>
      gs.filter((g) => g.closest('svg')!.getBoundingClientRect().width > 0).map((g) => g.getAttribute('data-place')),
    );
    expect(rows.at(-1)!.split(' ').length).toBeGreaterThan(rows[0]!.split(' ').length);
    const full = new URL((await page.getAttribute('a[data-full-chart]', 'href'))!, page.url());
    expect(full.pathname).toMatch(/\/compare\/principles\/$/);
    expect(full.searchParams.get('sql')).toBe(sql.trim());
    expect(errors).toEqual([]);
  });

  test('downloads and embed code carry the edit; filters compose with it; Reset restores the original', async ({
    page,
  }) => {
    await page.goto(url('/compare/principles/'));
    const original = await published(page, 'principles');
    const sql = edit(original);
    expect(await runEdit(page, 'principles', sql)).toBe('drawn');
    const rows = (await shown(page, 'principles')).rows;
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('button[data-dl="csv-shown"]')]);
    expect(csv.suggestedFilename()).toBe('principles-edited-shown.csv');
    const parsed = Papa.parse<Record<string, string>>(await text(csv), { header: true, skipEmptyLines: true }).data;
    expect(parsed.map((r) => r['principle_row_id'])).toEqual(rows.map((r) => r['principle_row_id']));
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('button[data-dl="svg"]')]);
    const picture = await text(svg);
    expect(picture).toContain('Edited by a reader');
    expect(picture).toContain('County health plans');
    expect(picture).toContain('CC BY 4.0');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('button[data-dl="png"]')]);
    expect(png.suggestedFilename()).toBe('principles-edited.png');
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    const code = await page.inputValue('textarea[data-embed-code]');
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));
    expect(src.pathname).toMatch(/\/embed\/principles\/$/);
    expect(src.searchParams.get('sql')).toBe(sql.trim());

    // The places selected are the query's variable: the edited query runs again with them. Keep Guyuan only.
    const chips = page.locator('.chp-chip:not([data-place="guyuan"]) button');
    while ((await chips.count()) > 0) {
      const before = await chips.count();
      await chips.first().click();
      await expect(chips).toHaveCount(before - 1);
    }
    await page.waitForFunction(() => {
      const c = document.querySelector('chp-chart') as unknown as { shown: Shown } | null;
      return c?.shown.rows.every((r) => r['doc_id'] === 'guyuan') ?? false;
    });
    const search = new URLSearchParams(await page.evaluate(() => location.search));
    expect(search.get('place')).toBe('guyuan');
    expect(search.get('sql')).toBe(sql.trim());

    await page.click('button[data-reset-sql]');
    const back = await shown(page, 'principles');
    expect(back.edited).toBe(false);
    expect(back.sql).toBe(original);
    await expect(page.locator('[data-edited]')).toBeHidden();
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get('sql')).toBeNull();
  });
});

test.describe('the same answer in Node and in Chromium', () => {
  for (const { chart } of CHARTS)
    test(`${chart}: the published query gives identical rows (values, order, types) at build time and in the browser`, async ({
      page,
    }) => {
      await page.goto(url(`/embed/${chart}/`));
      const sql = await published(page, chart);
      // The page draws its default places: the query runs with them as its variable, in Node and in the browser.
      const defaults = await page.$eval(
        'script.chp-data',
        (s) => (JSON.parse(s.textContent) as { defaults: string[] }).defaults,
      );
      const node = await runPublishedSql(sql, variableStatements({ place: defaults }));
      // A comment makes it an edit, so the browser runs it in DuckDB-wasm instead of showing the built chart.
      expect(await runEdit(page, chart, `${sql}\n-- run again in this browser`)).toBe('drawn');
      const browser = await shown(page, chart);
      expect(browser.columns).toEqual(node.columns);
      expect(browser.rows).toEqual(node.rows);
      expect(browser.rows.length).toBeGreaterThan(0);
      // And the build's rows, in the page, are those too.
      const built = await page.$eval('script.chp-data', (s) => JSON.parse(s.textContent) as { rows: unknown[] });
      expect(built.rows).toEqual(node.rows);
    });
});
