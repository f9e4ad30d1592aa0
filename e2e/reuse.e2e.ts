// Text reuse in a real browser: /compare/reuse/ ranks the passages shared most widely across the five plans and
// summarises the rest; each plan page lists the plans sharing most of its text, with the passages side by side and
// links that land on the paragraph in both plans. The page stays small whatever the corpus (≤ 100 KB gzip).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';
import { SITE, url } from './site-under-test.ts';

test.describe('/compare/reuse/', () => {
  test('the most widely shared passage is the opening formula four plans write, the rest follow by plans', async ({
    page,
    errors,
    axe,
  }) => {
    await page.goto(url('/compare/reuse/'));
    const families = page.locator('ol.families > li');
    // guyuan, hangjin, henan and yulin all open with 一、总体要求（一）指导思想 (yulin with a slightly shorter match).
    const first = families.first();
    await expect(first.locator('.plans strong')).toHaveText('4 plans');
    await expect(first.locator('.plans a')).toHaveText(['Guyuan', 'Hangjin Banner', 'Henan', 'Yulin']);
    await expect(first.locator('blockquote').first()).toContainText('以习近平新时代中国特色社会主义思想');
    // Then 以人民健康为中心，逐步实现医疗质量同质化管理 (jieshou, hangjin, yulin), then pairs, longest first.
    await expect(families.nth(1).locator('.plans strong')).toHaveText('3 plans');
    await expect(families.nth(2).locator('.plans strong')).toHaveText('2 plans');
    await expect(families.nth(2).locator('blockquote').first()).toContainText('明确功能定位。医共体为辖区内居民提供');
    expect(errors).toEqual([]);
    expect(await axe()).toEqual([]);
  });

  test('the summary counts the pairs of plans sharing text', async ({ page }) => {
    await page.goto(url('/compare/reuse/'));
    await expect(page.locator('ul.summary')).toContainText('between 8 of the 10 pairs of the 5 plans');
    // henan (a truncated copy) has 24 % of its text in hangjin's: the one pair above 15 %.
    const rows = page.locator('table.dist').first().locator('tbody tr');
    await expect(rows.nth(3)).toHaveText(/15%\s*–\s*50%\s*1/);
  });

  test('an edited passage marks what differs, and its links land on the paragraph in both plans', async ({ page }) => {
    await page.goto(url('/compare/reuse/'));
    // hangjin's 健全运行机制 and henan's: henan lists 财务、绩效 where hangjin has 财务 earlier in the list.
    const edited = page.locator('ol.families > li').filter({ hasText: '健全运行机制。按照集团化管理' });
    await expect(edited.locator('del').first()).toBeVisible();
    await expect(edited.locator('ins').first()).toBeVisible();
    const henanLink = edited.locator('.where a', { hasText: 'Henan' });
    const href = (await henanLink.getAttribute('href'))!;
    expect(href).toMatch(/\/plans\/henan\/#p-\d+$/);
    await henanLink.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[#/]/g, '\\$&')}$`));
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toContainText('健全运行机制');
  });

  test('the Chinese page says the same in Chinese', async ({ page }) => {
    await page.goto(url('/zh/compare/reuse/'));
    await expect(page.locator('ol.families > li').first().locator('.plans strong')).toHaveText('4 份方案');
    await expect(page.locator('ul.summary')).toContainText('10 对，其中 8 对有共有段落');
  });

  test('is small: the built page is at most 100 KB gzip', () => {
    for (const path of ['compare/reuse', 'zh/compare/reuse']) {
      const html = readFileSync(join(SITE.dist, path, 'index.html'));
      expect(gzipSync(html).length, path).toBeLessThan(100 * 1024);
    }
  });
});

test.describe('a plan page’s similar plans', () => {
  test('hangjin: henan first (8 % of hangjin’s text), with the shared paragraphs side by side', async ({ page }) => {
    await page.goto(url('/plans/hangjin/'));
    const similar = page.locator('section.similar');
    const plans = similar.locator('ol.similar-plans > li');
    await expect(plans.first().locator('h3')).toHaveText('Henan');
    await expect(plans.first()).toContainText('7.7% of this plan’s text');
    await expect(plans.first().locator('blockquote').first()).toContainText('明确功能定位。医共体为辖区内居民提供');
    // The link on this plan's side stays on the page; the other plan's leads to its paragraph.
    await expect(plans.first().locator('.where a').first()).toHaveAttribute('href', /^#p-\d+$/);
    await expect(plans.first().locator('.where a').nth(1)).toHaveAttribute('href', /\/plans\/henan\/#p-\d+$/);
    // More passages than shown: a link to all of them in the explorer.
    await expect(plans.first().locator('a', { hasText: 'all 6 passages' })).toHaveAttribute('href', /explore/);
  });

  test('henan: hangjin first, with a quarter of henan’s text; the Chinese page in Chinese', async ({ page }) => {
    await page.goto(url('/plans/henan/'));
    await expect(page.locator('ol.similar-plans > li').first().locator('h3')).toHaveText('Hangjin Banner');
    await expect(page.locator('ol.similar-plans > li').first()).toContainText('24% of this plan’s text');
    await page.goto(url('/zh/plans/henan/'));
    await expect(page.locator('#similar')).toHaveText('与本方案文字相似的方案');
    await expect(page.locator('ol.similar-plans > li').first()).toContainText('占本方案文字的 24%');
  });
});
