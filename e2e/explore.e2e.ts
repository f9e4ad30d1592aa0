// The SQL explorer in a real browser: shared queries, errors, escaping, loading failure, and no request off the site.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SITE, url } from './site-under-test.ts';

const { dist, origin } = SITE;
const explore = (sql: string, lang: 'en' | 'zh' = 'en') =>
  url(`${lang === 'zh' ? '/zh' : ''}/explore/?sql=${encodeURIComponent(sql)}`);
const isDuckDb = (u: string) => /duckdb|\.wasm(\?|$)/i.test(u);
const foreign = (requests: string[]) =>
  requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));

/** Wait for the explorer to settle: a result, a query error or a load error. */
async function settled(page: Page): Promise<string> {
  await page.waitForSelector(
    'sql-explorer:is([data-state="done"], [data-state="query-error"], [data-state="load-error"])',
    { timeout: 60_000 },
  );
  return (await page.getAttribute('sql-explorer', 'data-state')) ?? '';
}

test.describe('explore: shared queries', () => {
  test('?sql= opens with the query, runs it and shows the count of documents (5)', async ({
    page,
    errors,
    requests,
  }) => {
    await page.goto(explore('SELECT count(*) AS n FROM documents'));
    expect(await settled(page)).toBe('done');
    expect(await page.inputValue('#sql-editor')).toBe('SELECT count(*) AS n FROM documents');
    expect(await page.locator('[data-output] thead th').allTextContents()).toEqual(['n']);
    expect(await page.locator('[data-output] tbody td').allTextContents()).toEqual(['5']);
    expect(await page.getAttribute('[data-status]', 'data-row-count')).toBe('1');
    expect(await page.textContent('[data-status]')).toMatch(/1 row · in [\d.]+ ms/);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
  });

  test('runs with Ctrl+Enter, updates the address, and every dataset is a table', async ({ openPage }) => {
    const r = await openPage({ viewport: { width: 390, height: 844 } });
    await r.page.goto(url('/zh/explore/'));
    const sql = 'SELECT table_name FROM information_schema.tables ORDER BY table_name';
    await r.page.fill('#sql-editor', sql);
    await r.page.press('#sql-editor', 'Control+Enter');
    expect(await settled(r.page)).toBe('done');
    expect(new URL(r.page.url()).searchParams.get('sql')).toBe(sql);
    const datasets = readdirSync(join(dist, 'data'))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => f.slice(0, -4))
      .sort();
    expect(datasets.length).toBeGreaterThan(4);
    expect(await r.page.locator('[data-output] tbody td').allTextContents()).toEqual(datasets);
    expect(await r.page.textContent('[data-status]')).toMatch(new RegExp(`${datasets.length} 行`));
    expect(r.errors).toEqual([]);
  });

  test('reads Chinese text, empty strings and the reserved column "end" as the JSON files have them', async ({
    page,
  }) => {
    await page.goto(
      explore(
        'SELECT d.doc_id, d.place_zh, d.completeness_note, max(s."end") AS last_end FROM documents d JOIN sections s USING (doc_id) WHERE d.doc_id = \'guyuan\' GROUP BY ALL',
      ),
    );
    expect(await settled(page)).toBe('done');
    const read = (name: string) =>
      JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8')) as Record<string, unknown>[];
    const guyuan = read('documents').find((d) => d['doc_id'] === 'guyuan')!;
    const lastEnd = Math.max(
      ...read('sections')
        .filter((s) => s['doc_id'] === 'guyuan')
        .map((s) => Number(s['end'])),
    );
    expect(await page.locator('[data-output] tbody td').allTextContents()).toEqual([
      'guyuan',
      guyuan['place_zh'],
      guyuan['completeness_note'],
      String(lastEnd),
    ]);
  });
});

test.describe('explore: downloads', () => {
  test('CSV (BOM, Chinese, formulas defused) and JSON of the result', async ({ page, errors }) => {
    await page.goto(
      explore(
        "SELECT doc_id, place_zh, issue_year, '-1.5' AS text_not_number, NULL AS nothing FROM documents ORDER BY doc_id LIMIT 2",
      ),
    );
    expect(await settled(page)).toBe('done');
    const save = async (kind: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${kind}"]`)]);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    };
    const docs = (
      JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8')) as Record<string, string | number | null>[]
    )
      .sort((a, b) => String(a['doc_id']).localeCompare(String(b['doc_id'])))
      .slice(0, 2);
    const csv = await save('csv');
    expect(csv.name).toBe('query-result.csv');
    expect(csv.text).toBe(
      `\uFEFFdoc_id,place_zh,issue_year,text_not_number,nothing\r\n${docs.map((d) => `${String(d['doc_id'])},${String(d['place_zh'])},${String(d['issue_year'] ?? '')},'-1.5,`).join('\r\n')}\r\n`,
    );
    const json = await save('json');
    expect(JSON.parse(json.text)).toEqual(
      docs.map((d) => ({
        doc_id: d['doc_id'],
        place_zh: d['place_zh'],
        issue_year: d['issue_year'],
        text_not_number: '-1.5',
        nothing: null,
      })),
    );
    expect(errors).toEqual([]);
  });
});

test.describe('explore: errors and escaping', () => {
  test("bad SQL shows DuckDB's message and no result", async ({ page }) => {
    await page.goto(explore('SELEC count(*) FROM documents'));
    expect(await settled(page)).toBe('query-error');
    const error = page.locator('[data-error]');
    expect(await error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/syntax error at or near "SELEC"/);
    expect(await page.isVisible('[data-output]')).toBe(false);
    // The page recovers: a good query after a bad one works.
    await page.fill('#sql-editor', 'SELECT 40 + 2 AS answer');
    await page.click('[data-run]');
    expect(await settled(page)).toBe('done');
    expect(await page.locator('[data-output] tbody td').allTextContents()).toEqual(['42']);
    expect(await error.isVisible()).toBe(false);
  });

  test('a value that looks like HTML stays text: no element, no script, no dialog', async ({ page, requests }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const evil = '<img src=x onerror=alert(1)>';
    await page.goto(explore(`SELECT '${evil}' AS x, '<script>alert(2)</script>' AS "<b>y</b>"`));
    expect(await settled(page)).toBe('done');
    expect(await page.locator('[data-output] tbody td').allTextContents()).toEqual([evil, '<script>alert(2)</script>']);
    expect(await page.locator('[data-output] thead th').allTextContents()).toEqual(['x', '<b>y</b>']);
    expect(await page.locator('[data-output] img, [data-output] script, [data-output] b').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(requests.some((u) => u.endsWith('/x'))).toBe(false);
    // The error path escapes too.
    await page.fill('#sql-editor', `SELECT * FROM "${evil}"`);
    await page.click('[data-run]');
    expect(await settled(page)).toBe('query-error');
    expect(await page.textContent('[data-error]')).toContain(evil);
    expect(await page.locator('[data-error] img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  // A missing worker fails at once; a wasm download that stops sending is caught by the stall timer (no byte for
  // N s: shortened here through data-stall-ms), never by a limit on the total time.
  test('when the engine cannot load: a visible error with Retry (fast failure, then a stall), and Retry then works', async ({
    page,
    context,
  }) => {
    let block: RegExp | null = /\.worker\.[^/]*\.js$/;
    // The worker request fails at once; the wasm parts are left hanging, so only the stall timer can end the wait.
    let hang = false;
    await context.route(/\/_astro\//, (route) => {
      if (!block?.test(route.request().url())) return route.continue();
      return hang ? new Promise<void>(() => {}) : route.abort('failed');
    });
    await page.goto(explore('SELECT count(*) AS n FROM targets'));
    expect(await settled(page)).toBe('load-error');
    expect(await page.isVisible('[data-error]')).toBe(true);
    expect(await page.textContent('[data-error]')).toMatch(/could not be loaded/);
    block = /\.wasm$/;
    hang = true;
    await page.$eval('sql-explorer', (el) => ((el as HTMLElement).dataset['stallMs'] = '3000'));
    await page.click('[data-error] [data-retry]');
    // The status is written once the retry has started (after an await), so wait for it rather than read at once.
    await page.waitForFunction(
      () => /database engine/.test(document.querySelector('[data-status]')?.textContent ?? ''),
      undefined,
      { timeout: 10_000 },
    );
    expect(await settled(page)).toBe('load-error');
    expect(await page.textContent('[data-error]')).toMatch(/The download stopped: nothing arrived for 3 seconds/);
    block = null;
    await page.click('[data-error] [data-retry]');
    expect(await settled(page)).toBe('done');
    const n = (JSON.parse(readFileSync(join(dist, 'data', 'targets.json'), 'utf8')) as unknown[]).length;
    expect(await page.locator('[data-output] tbody td').allTextContents()).toEqual([String(n)]);
  });

  test('a reserved word used as a column: the error says so once, with the quoting hint', async ({ page }) => {
    await page.goto(explore('SELECT start, end FROM sections'));
    expect(await settled(page)).toBe('query-error');
    const text = (await page.textContent('[data-error]')) ?? '';
    expect(text.match(/LINE 1/g)).toHaveLength(1);
    expect(text.match(/syntax error at or near "end"/g)).toHaveLength(1);
    expect(await page.locator('[data-error] .error-hint').allTextContents()).toEqual([
      'end is an SQL keyword: write it in double quotes, "end".',
    ]);
    // A table name typed wrong gets the published table it is closest to (DuckDB knows only the loaded ones).
    await page.fill('#sql-editor', 'SELECT * FROM targts');
    await page.click('[data-run]');
    expect(await settled(page)).toBe('query-error');
    expect(await page.locator('[data-error] .error-hint').allTextContents()).toEqual(['Did you mean targets?']);
    expect(await page.textContent('[data-error]')).not.toContain('pg_enum');
  });
});

test.describe('explore: tables load when a query names them', () => {
  test('a query on documents fetches documents only; a later query on targets fetches targets only', async ({
    page,
    requests,
  }) => {
    // Table files only: /data/arrow/parts.json (which tables come in parts) is read first, once.
    const arrow = () =>
      requests.filter((u) => /\/data\/arrow\/.*\.arrow$/.test(u)).map((u) => u.replace(/^.*\/arrow\//, ''));
    await page.goto(explore('SELECT count(*) AS n FROM documents'));
    expect(await settled(page)).toBe('done');
    expect(arrow()).toEqual(['documents.arrow']);
    await page.fill('#sql-editor', 'SELECT count(*) FROM targets t JOIN documents d USING (doc_id)');
    await page.click('[data-run]');
    expect(await settled(page)).toBe('done');
    expect(arrow()).toEqual(['documents.arrow', 'targets.arrow']);
  });

  test('the engine starts on intent (focus in the editor), before Run, and no table is fetched for it', async ({
    page,
    requests,
  }) => {
    await page.goto(url('/explore/'), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(requests.filter(isDuckDb)).toEqual([]);
    // The engine's parts are asked for as soon as the reader shows the intent to write a query.
    const wasm = page.waitForRequest((r) => /\.wasm$/.test(r.url()), { timeout: 20_000 });
    await page.focus('#sql-editor');
    await wasm;
    expect(await page.getAttribute('sql-explorer', 'data-state')).toBeNull();
    // The default query names documents: its bytes may come ahead, no other table's.
    expect(requests.filter((u) => /\/data\/arrow\/.*\.arrow$/.test(u) && !u.endsWith('/documents.arrow'))).toEqual([]);
  });
});

test.describe('explore: results', () => {
  test('sorting by a column: click, then Enter on the focused header; numbers as numbers, NULL last', async ({
    page,
  }) => {
    await page.goto(explore('SELECT doc_id, issue_year FROM documents'));
    expect(await settled(page)).toBe('done');
    const docs = JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8')) as {
      doc_id: string;
      issue_year: number | null;
    }[];
    const years = docs.map((d) => d.issue_year);
    const byYear = (dir: 1 | -1) =>
      [...years]
        .sort((a, b) => (a === null ? 1 : b === null ? -1 : dir * (a - b)))
        .map((y) => (y === null ? 'NULL' : String(y)));
    const column = () => page.locator('[data-output] tbody tr td:nth-child(2)').allTextContents();
    const header = page.locator('[data-output] th').nth(1);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await column()).toEqual(byYear(1));
    await header.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await column()).toEqual(byYear(-1));
    expect(await page.locator('[data-output] th').first().getAttribute('aria-sort')).toBeNull();
  });

  test('a target_id leads to its sentence on the plan page; a quote with doc_id and start to its paragraph', async ({
    page,
  }) => {
    await page.goto(explore('SELECT target_id, doc_id, quote FROM targets ORDER BY target_id LIMIT 3'));
    expect(await settled(page)).toBe('done');
    const link = page.locator('[data-output] tbody tr').first().locator('td').first().locator('a');
    const id = (await link.textContent()) ?? '';
    const doc = id.replace(/-t\d+$/, '');
    expect(await link.getAttribute('href')).toBe(`${SITE.base}plans/${doc}/#targets-${id}`);
    await link.click();
    await page.waitForURL(`**/plans/${doc}/#targets-${id}`);
    const target = page.locator(`[id="targets-${id}"]`);
    await expect(target).toBeInViewport();
    expect(await target.count()).toBe(1);

    // No row key in the result: the quote finds its paragraph through the source text (line of `start`).
    await page.goto(explore("SELECT doc_id, start, quote FROM targets WHERE target_id = 'guyuan-t01'"));
    expect(await settled(page)).toBe('done');
    const quote = page.locator('[data-output] tbody td').nth(2).locator('a');
    await expect(quote).toHaveAttribute('href', /\/plans\/guyuan\/#p-\d+$/);
    const text = (await quote.textContent()) ?? '';
    await quote.click();
    await page.waitForURL(/\/plans\/guyuan\/#p-\d+$/);
    const paragraph = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    await expect(paragraph).toBeInViewport();
    expect(await paragraph.textContent()).toContain(text);
  });

  test('no keyboard-shortcut hint on a touch screen; shown with a mouse', async ({ page, openPage }) => {
    await page.goto(url('/explore/'));
    await expect(page.locator('.shortcut')).toBeVisible();
    const phone = await openPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await phone.page.goto(url('/explore/'));
    await expect(phone.page.locator('.shortcut')).toBeHidden();
    await expect(phone.page.locator('[data-run]')).toBeVisible();
  });
});

test.describe('explore: accessibility of the dynamic states', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    test.describe(colorScheme, () => {
      test.use({ colorScheme });
      test(`a result, an open table schema and an error pass axe (${colorScheme})`, async ({ page, axe }) => {
        await page.goto(explore('SELECT * FROM sections LIMIT 20', 'zh'));
        expect(await settled(page)).toBe('done');
        await page.click('#table-targets summary');
        const bad = await axe('result:');
        await page.fill('#sql-editor', 'SELECT nope');
        await page.click('[data-run]');
        expect(await settled(page)).toBe('query-error');
        bad.push(...(await axe('error:')));
        expect(bad).toEqual([]);
      });
    });
});

test.describe('explore: DuckDB stays on its page and on this site', () => {
  test('runs every example and requests nothing from another host (workers included), even for extension functions', async ({
    page,
    errors,
    requests,
  }) => {
    await page.goto(url('/explore/'));
    const links = page.locator('.example-list a[data-sql-link]');
    const count = await links.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      await links.nth(i).click();
      expect(await settled(page)).toBe('done');
      expect(Number(await page.getAttribute('[data-status]', 'data-row-count'))).toBeGreaterThan(0);
    }
    // Functions that would fetch an extension from extensions.duckdb.org: they fail here, offline, on purpose.
    for (const sql of [
      "SELECT * FROM read_parquet('x.parquet')",
      "SELECT * FROM read_json('documents.json')",
      "SELECT '2024-01-01 08:00:00+08'::TIMESTAMPTZ AS t",
      "SELECT * FROM read_csv('https://example.org/a.csv')",
    ]) {
      await page.fill('#sql-editor', sql);
      await page.click('[data-run]');
      await settled(page);
    }
    expect(requests.some(isDuckDb)).toBe(true);
    expect(requests.some((u) => u.includes('.worker.'))).toBe(true);
    expect(foreign(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the explore page without a query and the home page load no DuckDB byte', async ({ openPage }) => {
    for (const path of ['/', '/zh/', '/explore/', '/plans/']) {
      const r = await openPage();
      await r.page.goto(url(path), { waitUntil: 'load' });
      await r.page.waitForTimeout(500);
      expect(r.requests.filter(isDuckDb), path).toEqual([]);
    }
  });

  test('the built HTML: only explore, chart and embed pages reference the DuckDB loader, none preloads it; the wasm files are served from this site', () => {
    const html: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.html')) html.push(full);
      }
    };
    walk(dist);
    const assets = readdirSync(join(dist, '_astro'));
    // Over 25 MiB, the wasm files are published in parts (scripts/post-build.ts) with a manifest each.
    expect(assets.filter((f) => /^duckdb-(eh|mvp)\.[^.]+\.wasm\.parts\.json$/.test(f))).toHaveLength(2);
    expect(assets.filter((f) => /^duckdb-(eh|mvp)\.[^.]+\.part\d+\.wasm$/.test(f)).length).toBeGreaterThanOrEqual(4);
    expect(assets.filter((f) => /^duckdb-browser-(eh|mvp)\.worker\..*\.js$/.test(f))).toHaveLength(2);
    expect(assets.some((f) => f.includes('coi'))).toBe(false);
    // DuckDB's files, then every script that imports one of them, until nothing new is found.
    const duck = new Set(assets.filter((f) => /^duckdb/.test(f)));
    const scripts = assets.filter((f) => f.endsWith('.js'));
    for (let grew = true; grew;) {
      grew = false;
      for (const f of scripts) {
        if (duck.has(f)) continue;
        const text = readFileSync(join(dist, '_astro', f), 'utf8');
        if ([...duck].some((d) => text.includes(d))) {
          duck.add(f);
          grew = true;
        }
      }
    }
    const loaders = [...duck].filter((f) => !/^duckdb/.test(f));
    expect(loaders.length).toBeGreaterThan(0);
    const explorePages: string[] = [];
    for (const file of html) {
      const page = `/${relative(dist, file).split(sep).join('/')}`;
      const text = readFileSync(file, 'utf8');
      const direct = [...duck].filter((d) => /^duckdb/.test(d) && text.includes(d));
      expect(direct, `${page} must not load or preload DuckDB itself`).toEqual([]);
      if (/^\/(zh\/)?explore\/index\.html$/.test(page)) explorePages.push(page);
      // Chart pages and embeds import DuckDB only when the reader asks to edit a chart's SQL (compare-edit.e2e.ts).
      else if (/^\/(zh\/)?(compare|embed)\/[^/]+\/index\.html$/.test(page)) continue;
      else
        expect(
          loaders.filter((l) => text.includes(l)),
          page,
        ).toEqual([]);
    }
    expect(explorePages.sort()).toEqual(['/explore/index.html', '/zh/explore/index.html']);
  });
});
