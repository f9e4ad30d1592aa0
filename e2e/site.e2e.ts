// The built site in a real browser: every page loads cleanly, stays on this host, passes axe, links work.
import { mkdirSync } from 'node:fs';
import { builtPages } from '../scripts/measure/built-pages.ts';
import { expect, test } from './fixtures.ts';
import { SITE, url } from './site-under-test.ts';

const { base, origin } = SITE;
const pages = builtPages(SITE.dist);

// axe takes 4–11 s on a plan page (thousands of marks), so each plan is checked once, the languages alternating
// (plans in id order: 1st in English, 2nd in Chinese…), which checks both languages' plan template on every plan's
// content; embeds share one template, checked in every chart in English and once in Chinese. Every other page is
// checked in both languages.
const planPages = pages.filter((p) => /^\/plans\/[^/]+\/$/.test(p)).sort();
function axeChecks(path: string): boolean {
  const plan = /^(\/zh)?(\/plans\/[^/]+\/)$/.exec(path);
  if (plan) return planPages.indexOf(plan[2]!) % 2 === (plan[1] ? 1 : 0);
  if (path.startsWith('/zh/embed/')) return path === '/zh/embed/targets/';
  return true;
}

test.describe('the build', () => {
  test('has the pages the site promises, in both languages', () => {
    for (const p of [
      '/',
      '/plans/',
      '/about/',
      '/plans/guyuan/',
      '/plans/henan/',
      '/plans/hangjin/',
      '/plans/yulin/',
      '/plans/jieshou/',
    ]) {
      expect(pages).toContain(p);
      expect(pages).toContain(`/zh${p}`);
    }
  });
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('loads with status 200, no console error, nothing from another host; links stay inside the base; the language switch keeps the page', async ({
      page,
      errors,
      requests,
    }) => {
      const res = await page.goto(url(path), { waitUntil: 'load' });
      expect(res?.status()).toBe(200);
      await page.waitForTimeout(200);
      expect(errors).toEqual([]);
      const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
      expect(foreign).toEqual([]);
      // Under SITE_BASE=/sub/ every internal reference must start with /sub/: no root-relative or relative links.
      const refs = await page.$$eval('a[href], link[href], script[src], img[src], source[src], iframe[src]', (els) =>
        els.map((e) => ({ tag: e.tagName.toLowerCase(), ref: e.getAttribute('href') ?? e.getAttribute('src') ?? '' })),
      );
      const bad = refs.filter(({ tag, ref }) => {
        if (ref.startsWith('#') || ref.startsWith('data:') || ref.startsWith('mailto:')) return false;
        // Links (<a>) may point to official sources elsewhere; canonical/alternate links name the public site.
        if (/^https?:\/\//.test(ref)) return tag !== 'a' && !(tag === 'link' && new URL(ref).pathname.startsWith(base));
        return !ref.startsWith(base);
      });
      expect(bad).toEqual([]);
      const switchHref = await page.$eval('[data-lang-switch]', (a) => a.getAttribute('href')).catch(() => null);
      // Every page has the switch; embeds (framed into other sites) may leave it out.
      if (!/^\/(zh\/)?embed\//.test(path)) expect(switchHref).not.toBeNull();
      if (switchHref !== null) {
        const other = path.startsWith('/zh/') ? path.slice(3) : `/zh${path}`;
        expect(switchHref).toBe(`${base}${other.slice(1)}`);
      }
    });

    if (axeChecks(path))
      test('has no serious or critical axe violation', async ({ page, axe }) => {
        await page.goto(url(path), { waitUntil: 'load' });
        expect(await axe('light')).toEqual([]);
      });
  });
}

// Dark mode on representative pages (the rest share their styles; axe takes seconds on a long plan).
test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ['/', '/plans/', '/plans/henan/', '/about/', '/zh/plans/jieshou/']) {
    test(`${path} has no serious or critical axe violation`, async ({ page, axe }) => {
      await page.goto(url(path), { waitUntil: 'load' });
      expect(await axe('dark')).toEqual([]);
    });
  }
});

test.describe('language switch', () => {
  test('clicking it lands on the same page in the other language, and back', async ({ page }) => {
    await page.goto(url('/plans/yulin/'));
    await page.click('[data-lang-switch]');
    await page.waitForURL(url('/zh/plans/yulin/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await page.click('[data-lang-switch]');
    await page.waitForURL(url('/plans/yulin/'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});

test.describe('plan pages', () => {
  test('a highlighted item links to its data row, and the row links back to the highlight', async ({ page }) => {
    await page.goto(url('/plans/guyuan/'));
    // Prefer a target; any extracted item proves the mechanism while the targets dataset is being built.
    const kind = (await page.locator('.plan-text mark.hl-targets').count()) > 0 ? 'hl-targets' : 'hl';
    const mark = page.locator(`.plan-text mark.${kind}[id]`).first();
    const id = await mark.getAttribute('id');
    expect(id).toBeTruthy();
    const ref = page.locator(`.plan-text a.ref[href="#row-${id}"]`);
    await expect(ref.count()).resolves.toBe(1);
    await ref.click();
    expect(new URL(page.url()).hash).toBe(`#row-${id}`);
    const row = page.locator(`[id="row-${id}"]`);
    expect(await row.isVisible()).toBe(true);
    // The row quotes exactly the highlighted text.
    const quote = (await row.locator('td').nth(1).textContent())?.trim();
    const marked = await page.$$eval(`.plan-text mark[id="${id}"]`, (m) => m[0]?.textContent ?? '');
    expect(quote?.startsWith(marked.trim()) || marked === '').toBe(true);
    await row.locator(`a[href="#${id}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await expect(page.locator(`[id="${id}"]`).isVisible()).resolves.toBe(true);
  });

  test('every highlight id is unique and every marker and back link has its target', async ({ page }) => {
    for (const doc of ['guyuan', 'henan', 'hangjin', 'yulin', 'jieshou']) {
      await page.goto(url(`/plans/${doc}/`));
      const broken = await page.$$eval('a[href^="#"]', (links) =>
        links
          .map((a) => a.getAttribute('href')!.slice(1))
          .filter((id) => id !== '' && !document.getElementById(decodeURIComponent(id))),
      );
      expect(broken, doc).toEqual([]);
      const dupes = await page.$$eval('[id]', (els) => {
        const seen = new Set<string>();
        return els.map((e) => e.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
      });
      expect(dupes, doc).toEqual([]);
    }
  });

  test('henan shows the truncation warning', async ({ page }) => {
    await page.goto(url('/plans/henan/'));
    const warning = page.locator('[data-warning="incomplete"]');
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toContain('在当年医疗服务收入扣除成本和提取各项基');
    await page.goto(url('/zh/plans/henan/'));
    expect(await page.locator('[data-warning="incomplete"]').textContent()).toContain('文本不完整');
    // A complete plan shows no such warning.
    await page.goto(url('/plans/guyuan/'));
    expect(await page.locator('[data-warning="incomplete"]').count()).toBe(0);
  });

  test('yulin shows its two missing attachments', async ({ page }) => {
    await page.goto(url('/plans/yulin/'));
    const warning = page.locator('[data-warning="attachments-missing"]');
    expect(await warning.isVisible()).toBe(true);
    const text = (await warning.textContent()) ?? '';
    expect(text).toContain('玉林医疗联合体体系结构图');
    expect(text).toContain('玉林县域医共体建设和发展考核评价指标（试行）');
  });

  test('section anchors from the outline exist in the text, and a ¶ link lands on its paragraph', async ({ page }) => {
    await page.goto(url('/plans/guyuan/#p-45'));
    expect(await page.locator('[id="s1.3"]').count()).toBe(1);
    await page.click('#p-27 .pilcrow');
    expect(new URL(page.url()).hash).toBe('#p-27');
    await page.keyboard.press('Escape');
  });
});

test.describe('phone and keyboard', () => {
  test.describe('on a 390px screen', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    for (const path of ['/', '/plans/guyuan/', '/zh/plans/jieshou/', '/about/']) {
      test(`${path} fits a 390px screen without sideways scrolling`, async ({ page }) => {
        await page.goto(url(path));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        mkdirSync('test-results/shots', { recursive: true });
        await page.screenshot({ path: `test-results/shots/phone${path.replace(/\//g, '_')}.png`, fullPage: false });
      });
    }
  });

  test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
    await page.goto(url('/plans/guyuan/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
