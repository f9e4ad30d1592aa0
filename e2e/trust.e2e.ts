// Citing, checking and reaching (issue 16, items 1–5): no placeholder host anywhere, search on every page, source
// files that download with the checksums SHA256SUMS gives, a passage citation from the ¶, a 404 page in both languages.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { builtPages } from '../scripts/measure/built-pages.ts';
import { expect, test } from './fixtures.ts';
import { SITE, url } from './site-under-test.ts';

const pages = builtPages(SITE.dist);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test.describe('no placeholder host', () => {
  test('no file of dist/ names example.org (text and binary files alike)', () => {
    const needle = Buffer.from('example.org');
    const files = filesUnder(SITE.dist);
    expect(files.length).toBeGreaterThan(100);
    const hits = files.filter((f) => readFileSync(f).includes(needle)).map((f) => relative(SITE.dist, f));
    expect(hits).toEqual([]);
  });

  test('without SITE_URL, no canonical link is guessed; the citation shows this site’s own address', async ({
    page,
  }) => {
    if (process.env['SITE_URL']) test.skip();
    const html = readFileSync(join(SITE.dist, 'plans/yulin/index.html'), 'utf8');
    expect(html).not.toContain('rel="canonical"');
    await page.goto(url('/plans/yulin/'));
    await expect(page.locator('[data-cite-text]')).toContainText(url('/plans/yulin/'));
    await page.goto(url('/data/'));
    // Snippets carry full addresses on this host once the page runs, and plain paths without JavaScript.
    await expect(page.locator('section:has(> h3#ds-targets) pre').first()).toContainText(
      `read_parquet('${url('/data/targets.parquet')}')`,
    );
    const raw = readFileSync(join(SITE.dist, 'data/index.html'), 'utf8');
    expect(raw).toContain(`data-site-path="${SITE.base}data/targets.parquet"`);
  });
});

test.describe('search is reachable', () => {
  test('every page with the site navigation links to search, in its language', () => {
    const missing: string[] = [];
    for (const path of pages) {
      const html = readFileSync(join(SITE.dist, path, 'index.html'), 'utf8');
      const nav = /<nav class="site-nav"[^]*?<\/nav>/.exec(html)?.[0];
      if (!nav) {
        // Only embeds, framed into other sites, go without the site's chrome.
        if (!/^\/(zh\/)?embed\//.test(path)) missing.push(`${path} (no navigation)`);
        continue;
      }
      const search = `${SITE.base}${path.startsWith('/zh/') ? 'zh/' : ''}search/`;
      if (!nav.includes(`href="${search}"`)) missing.push(path);
    }
    expect(missing).toEqual([]);
  });

  test('the home page’s search box is a plain form: it reaches the results without JavaScript', async ({
    openPage,
  }) => {
    const { page } = await openPage({ javaScriptEnabled: false });
    await page.goto(url('/zh/'));
    await page.fill('#home-q', '家庭医生');
    await page.press('#home-q', 'Enter');
    await page.waitForURL(/\/zh\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('家庭医生');
  });

  test('and with JavaScript the search page runs the query it was given', async ({ page }) => {
    await page.goto(url('/'));
    await page.fill('#home-q', '总会计师');
    await page.press('#home-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await expect(page.locator('.results li').first()).toContainText('总会计师');
  });
});

test.describe('source files', () => {
  const sums = Object.fromEntries(
    readFileSync(join(SITE.dist, 'data/SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => /^([0-9a-f]{64}) {2}(.+)$/.exec(l)!)
      .map((m) => [m[2]!, m[1]!]),
  );

  test('each plan’s text downloads from its plan page, and its SHA-256 is the one SHA256SUMS gives', async ({
    page,
  }) => {
    const docs = pages.filter((p) => /^\/plans\/[^/]+\/$/.test(p));
    expect(docs.length).toBeGreaterThanOrEqual(5);
    for (const path of docs) {
      await page.goto(url(path));
      const href = await page.locator('.facts .files a[download]').first().getAttribute('href');
      expect(href, path).toMatch(/\/data\/sources\/[a-z0-9_-]+\.txt$/);
      const res = await page.request.get(new URL(href!, page.url()).href);
      expect(res.status(), href!).toBe(200);
      const body = await res.body();
      const name = href!.replace(/^.*\/data\//, '');
      expect(createHash('sha256').update(body).digest('hex'), name).toBe(sums[name]);
      // The page states the same checksum it links.
      await expect(page.locator('.facts .files code.hash').first()).toHaveText(sums[name]!);
    }
  });

  test('the data page lists every source file SHA256SUMS covers, each downloading with that checksum', async ({
    page,
  }) => {
    await page.goto(url('/data/'));
    const links = await page.$$eval('#sources ~ ul.sources a[download]', (as) =>
      as.map((a) => a.getAttribute('href')!),
    );
    const listed = Object.keys(sums).filter((n) => n.startsWith('sources/'));
    expect(listed.length).toBeGreaterThanOrEqual(5);
    expect(links.map((h) => h.replace(/^.*\/data\//, '')).sort()).toEqual(listed.sort());
    for (const href of links) {
      const body = await (await page.request.get(new URL(href, page.url()).href)).body();
      const name = href.replace(/^.*\/data\//, '');
      expect(createHash('sha256').update(body).digest('hex'), name).toBe(sums[name]);
    }
  });

  test('every quote of a dataset row is the text between its offsets in the downloaded source', async ({ page }) => {
    const src = await (await page.request.get(url('/data/sources/jieshou.txt'))).text();
    const rows = (await (await page.request.get(url('/data/targets.json'))).json()) as {
      doc_id: string;
      start: number;
      end: number;
      quote: string;
    }[];
    const mine = rows.filter((r) => r.doc_id === 'jieshou');
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) expect(src.slice(r.start, r.end)).toBe(r.quote);
  });
});

test.describe('citing a passage', () => {
  test('the ¶ opens “cite this passage” with the line and permalink; Escape closes it and gives focus back', async ({
    page,
  }) => {
    await page.goto(url('/plans/yulin/'));
    const pilcrow = page.locator('#p-22 .pilcrow');
    await pilcrow.focus();
    await page.keyboard.press('Enter');
    const pop = page.locator('#cite-pop');
    await expect(pop).toBeVisible();
    expect(new URL(page.url()).hash).toBe('#p-22');
    await expect(pop).toContainText('Line 22 of the source file');
    await expect(pop.locator('[data-pop-text]')).toContainText('加快推进玉林医疗联合体建设和发展实施方案');
    await expect(pop.locator('[data-pop-text]')).toContainText('Line 22 of the text');
    await expect(pop.locator('[data-pop-link]')).toHaveAttribute('href', url('/plans/yulin/#p-22'));
    // Focus moved into the popover; Tab reaches its buttons.
    expect(await page.evaluate(() => document.activeElement?.closest('#cite-pop') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#p-22');
  });

  test('on the Chinese page the passage is cited in GB/T 7714 form', async ({ page }) => {
    await page.goto(url('/zh/plans/yulin/'));
    await page.click('#p-22 .pilcrow');
    const text = page.locator('#cite-pop [data-pop-text]');
    await expect(text).toContainText(
      '玉林市人民政府办公室. 加快推进玉林医疗联合体建设和发展实施方案: 玉政办发〔2017〕55号[EB/OL]. (2017-09-20).',
    );
    await expect(text).toContainText('第 22 行');
  });

  test('without JavaScript the ¶ is a plain link to its paragraph, and the plan citation is there', async ({
    openPage,
  }) => {
    const { page } = await openPage({ javaScriptEnabled: false });
    await page.goto(url('/plans/yulin/'));
    await page.click('#p-22 .pilcrow');
    expect(new URL(page.url()).hash).toBe('#p-22');
    await expect(page.locator('#cite-pop')).toBeHidden();
    await expect(page.locator('[data-cite-text]')).toContainText(
      'General Office of the Yulin Municipal People’s Government',
    );
  });

  test('a jumped-to highlight lands low enough that the start of its sentence stays in view', async ({ page }) => {
    await page.goto(url('/plans/guyuan/'));
    const id = await page.locator('.plan-text mark.hl-targets[id]').first().getAttribute('id');
    await page.goto(url(`/plans/guyuan/#${id!}`));
    const top = await page.locator(`[id="${id!}"]`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(page.viewportSize()!.height * 0.3);
  });
});

test.describe('not found', () => {
  test('a missing page answers 404 with the page in both languages; under /zh/ the Chinese comes first', async ({
    page,
  }) => {
    const res = await page.goto(url('/plans/no-such-plan/'));
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText('Page not found');
    await expect(page.locator('.nf-zh')).toContainText('此地址没有页面');
    await page.goto(url('/zh/plans/no-such-plan/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    const first = await page
      .locator('.not-found .nf')
      .evaluateAll(
        (els) =>
          els
            .map((e) => ({ lang: e.getAttribute('lang'), top: e.getBoundingClientRect().top }))
            .sort((a, b) => a.top - b.top)[0]!.lang,
      );
    expect(first).toBe('zh-Hans');
    // Its search form works from any depth: its address starts with the base.
    expect(await page.locator('.nf-zh form').getAttribute('action')).toBe(`${SITE.base}zh/search/`);
  });
  test('dist/404.html exists (hosts serve it for every missing path)', () => {
    expect(statSync(join(SITE.dist, '404.html')).isFile()).toBe(true);
    expect(sep).toBeTruthy();
  });
});

test.describe('reporting an error', () => {
  test('the footer of every page leads to how to report it', () => {
    for (const path of pages.filter((p) => !/^\/(zh\/)?embed\//.test(p))) {
      const html = readFileSync(join(SITE.dist, path, 'index.html'), 'utf8');
      const footer = /<footer class="site-footer"[^]*?<\/footer>/.exec(html)?.[0] ?? '';
      expect(footer, path).toContain(`${path.startsWith('/zh/') ? 'zh/' : ''}about/#report`);
    }
  });
});
