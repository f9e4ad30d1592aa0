// The plans index as a table (issue 18): sort, filters, counts, pages, no-JavaScript fallback, phone width, axe.
// Facts of the five plans (public/data/documents.json, targets.json): Yulin 22 targets, Jieshou 19, Hangjin
// Banner 11, Guyuan 6, Henan 4; Yulin lacks 2 attachments, Henan's copy is incomplete; 2017 is Yulin's year alone.
import { axeProblems, expect, test } from './fixtures.ts';
import { url } from './site-under-test.ts';

const places = (page: import('@playwright/test').Page) => page.locator('plans-table tbody th a');

test.describe('the plans table', () => {
  test('sorts by a heading: aria-sort follows, numbers start with the largest', async ({ page, errors }) => {
    await page.goto(url('/plans/'));
    const place = page.locator('th[data-sort="place"]');
    const targets = page.locator('th[data-sort="targets"]');
    await expect(place).toHaveAttribute('aria-sort', 'ascending');
    await expect(places(page)).toHaveText(['Guyuan', 'Hangjin Banner', 'Henan', 'Jieshou', 'Yulin']);
    await targets.getByRole('button').click();
    await expect(targets).toHaveAttribute('aria-sort', 'descending');
    await expect(place).not.toHaveAttribute('aria-sort', /./);
    await expect(places(page)).toHaveText(['Yulin', 'Jieshou', 'Hangjin Banner', 'Guyuan', 'Henan']);
    await targets.getByRole('button').click();
    await expect(targets).toHaveAttribute('aria-sort', 'ascending');
    await expect(places(page).first()).toHaveText('Henan');
    await page.locator('th[data-sort="year"]').getByRole('button').click();
    await expect(places(page).first()).toHaveText('Yulin');
    expect(errors).toEqual([]);
  });

  test('filters by text in English and Chinese, by province, level, year and completeness, with counts', async ({
    page,
  }) => {
    await page.goto(url('/plans/'));
    const count = page.locator('plans-table .count');
    await expect(count).toHaveText('5 of 5 plans');
    await page.getByLabel(/^Place/).fill('玉林');
    await expect(count).toHaveText('1 of 5 plans');
    await expect(places(page)).toHaveText(['Yulin']);
    await page.getByLabel(/^Place/).fill('yulin');
    await expect(count).toHaveText('1 of 5 plans');
    await page.getByLabel(/^Place/).fill('北京');
    await expect(page.locator('plans-table tbody')).toContainText('No plan matches these filters.');
    await expect(count).toHaveText('0 of 5 plans');
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(count).toHaveText('5 of 5 plans');
    await page.locator('#pf-level').selectOption('prefecture');
    await expect(places(page)).toHaveText(['Guyuan', 'Yulin']);
    await page.locator('#pf-year').selectOption('2017');
    await expect(places(page)).toHaveText(['Yulin']);
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.locator('#pf-completeness').selectOption('incomplete');
    await expect(places(page)).toHaveText(['Henan']);
    await page.locator('#pf-completeness').selectOption('');
    await page.locator('#pf-province').selectOption({ label: 'Anhui Province' });
    await expect(places(page)).toHaveText(['Jieshou']);
    await expect(count).toHaveText('1 of 5 plans');
    // Five plans: one page, no pager.
    await expect(page.locator('plans-table .pager')).toBeHidden();
  });

  test('filters by number of targets; the URL keeps filters, sort and page, and a link restores them', async ({
    page,
    errors,
  }) => {
    await page.goto(url('/plans/'));
    const count = page.locator('plans-table .count');
    // Yulin 22, Jieshou 19, Hangjin Banner 11, Guyuan 6, Henan 4.
    await page.locator('#pf-targets').selectOption('10-29');
    await expect(places(page)).toHaveText(['Hangjin Banner', 'Jieshou', 'Yulin']);
    await expect(count).toHaveText('3 of 5 plans');
    await page.locator('th[data-sort="targets"]').getByRole('button').click();
    await expect(places(page)).toHaveText(['Yulin', 'Jieshou', 'Hangjin Banner']);
    await expect(page).toHaveURL(/\?targets=10-29&sort=targets&dir=desc$/);
    await page.reload();
    await expect(page.locator('#pf-targets')).toHaveValue('10-29');
    await expect(places(page)).toHaveText(['Yulin', 'Jieshou', 'Hangjin Banner']);
    await expect(page.locator('th[data-sort="targets"]')).toHaveAttribute('aria-sort', 'descending');
    await page.goto(url('/plans/?targets=1-9&q=%E5%9B%BA%E5%8E%9F'));
    await expect(page.getByLabel(/^Place/)).toHaveValue('固原');
    await expect(places(page)).toHaveText(['Guyuan']);
    // A link naming a province the table does not have falls back to all provinces.
    await page.goto(url('/plans/?province=Atlantis'));
    await expect(page.locator('#pf-province')).toHaveValue('');
    await expect(count).toHaveText('5 of 5 plans');
    await expect(page).toHaveURL(/\/plans\/$/);
    await page.getByRole('button', { name: 'Clear' }).click();
    expect(errors).toEqual([]);
  });

  test('in Chinese: Chinese labels, pinyin order, text search by either name', async ({ page }) => {
    await page.goto(url('/zh/plans/'));
    const count = page.locator('plans-table .count');
    await expect(count).toHaveText('5 份方案中的 5 份');
    // 固原 gù, 杭锦旗 háng, 河南 hé, 界首 jiè, 玉林 yù
    await expect(places(page)).toHaveText(['固原市', '杭锦旗', '河南省', '界首市', '玉林市']);
    await page.getByLabel(/^地区/).fill('Yulin');
    await expect(places(page)).toHaveText(['玉林市']);
    await page.getByLabel(/^地区/).fill('界首');
    await expect(places(page)).toHaveText(['界首市']);
    await expect(count).toHaveText('5 份方案中的 1 份');
    await expect(page.locator('th[data-sort="targets"]')).toHaveText(/目标数/);
  });

  test('without JavaScript: a plain, complete table, no filter form', async ({ openPage }) => {
    const { page } = await openPage({ javaScriptEnabled: false });
    await page.goto(url('/plans/'));
    await expect(page.locator('plans-table form.filters')).toBeHidden();
    await expect(page.locator('plans-table tbody tr')).toHaveCount(5);
    await expect(page.locator('plans-table .count')).toHaveText('5 of 5 plans');
    await expect(page.locator('th[data-sort="place"]')).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('th[data-sort] button')).toHaveCount(0);
    const yulin = page.locator('plans-table tbody tr', { hasText: 'Yulin' });
    await expect(yulin.locator('td')).toHaveText([
      'Guangxi Zhuang Autonomous Region',
      'Prefecture city',
      '2017',
      '22',
      'Text complete, attachments missing',
    ]);
    await page.getByRole('link', { name: 'Yulin' }).click();
    await page.waitForURL(/\/plans\/yulin\/$/);
  });

  for (const path of ['/plans/', '/zh/plans/']) {
    test(`${path} at 390 px: no sideways page scroll; the table scrolls in its own box; no axe violation`, async ({
      openPage,
    }) => {
      const { page, errors } = await openPage({ viewport: { width: 390, height: 844 } });
      await page.goto(url(path));
      await expect(page.locator('plans-table form.filters')).toBeVisible();
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.view);
      const box = await page.locator('.table-scroll').boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      await page.screenshot({
        path: `test-results/plans-table-390${path.replace(/\/$/, '').replace(/\//g, '-')}.png`,
        fullPage: true,
      });
      expect(await axeProblems(page, `${path} 390`)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('has no serious or critical axe violation after sorting and filtering', async ({ page, axe }) => {
    await page.goto(url('/plans/'));
    await page.locator('th[data-sort="year"]').getByRole('button').click();
    await page.getByLabel(/^Place/).fill('北京');
    await expect(page.locator('plans-table .count')).toHaveText('0 of 5 plans');
    expect(await axe('filtered')).toEqual([]);
  });

  test('beyond 200 plans the rows come from /plans-index.json and the table pages by 50', async ({ page }) => {
    // The page as the build makes it for thousands of plans: no rows in the page, the compact file instead.
    const columns = [
      'id',
      'placeEn',
      'placeZh',
      'provinceEn',
      'provinceZh',
      'level',
      'year',
      'targets',
      'completeness',
      'missing',
    ];
    const rows = Array.from({ length: 260 }, (_, i) => [
      `gen${i + 1}`,
      `County No. ${i + 1}`,
      `第${i + 1}号县`,
      'Anhui Province',
      '安徽省',
      'county',
      2020 + (i % 4),
      i % 30,
      i % 10 === 0 ? 'incomplete' : 'complete',
      0,
    ]);
    await page.route(url('/plans-index.json'), (r) => r.fulfill({ json: { v: 1, columns, rows } }));
    await page.route(url('/plans/'), async (r) => {
      const response = await r.fetch();
      const html = (await response.text()).replace(/ data-rows="[^"]*"/, ` data-src="${url('/plans-index.json')}"`);
      await r.fulfill({ response, body: html });
    });
    await page.goto(url('/plans/'));
    const count = page.locator('plans-table .count');
    await expect(count).toHaveText('260 of 260 plans');
    await expect(places(page)).toHaveCount(50);
    await expect(page.locator('plans-table .page-of')).toHaveText('Page 1 of 6');
    await expect(places(page).first()).toHaveText('County No. 1');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('plans-table .page-of')).toHaveText('Page 2 of 6');
    await expect(places(page).first()).toHaveText('County No. 51');
    await page.getByLabel(/^Place/).fill('第7号县');
    await expect(places(page)).toHaveText(['County No. 7']);
    await expect(count).toHaveText('1 of 260 plans');
    await expect(page.locator('plans-table .pager')).toBeHidden();
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.locator('#pf-completeness').selectOption('incomplete');
    await expect(count).toHaveText('26 of 260 plans');
  });
});
