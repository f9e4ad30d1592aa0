// The built site in a real browser: every page loads cleanly, stays on this host, passes axe, links work.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, launch, newPage } from './browser.ts';

const siteUrl = inject('siteUrl');
const base = inject('siteBase');
const pages = builtPages(inject('distDir'));
const origin = new URL(siteUrl).origin;
const url = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the build', () => {
  it('has the pages the site promises, in both languages', () => {
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

async function axeProblems(path: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const r = await newPage(browser, { colorScheme });
  try {
    await r.page.goto(url(path), { waitUntil: 'load' });
    const result = await new AxeBuilder({ page: r.page }).analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${colorScheme} ${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
  } finally {
    await r.close();
  }
}

describe.each(pages)('page %s', (path) => {
  it('loads with status 200, no console error, nothing from another host; links stay inside the base; the language switch keeps the page', async () => {
    const r = await newPage(browser);
    try {
      const res = await r.page.goto(url(path), { waitUntil: 'load' });
      expect(res?.status()).toBe(200);
      await r.page.waitForTimeout(200);
      expect(r.errors).toEqual([]);
      const foreign = r.requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
      expect(foreign).toEqual([]);
      // Under SITE_BASE=/sub/ every internal reference must start with /sub/: no root-relative or relative links.
      const refs = await r.page.$$eval('a[href], link[href], script[src], img[src], source[src], iframe[src]', (els) =>
        els.map((e) => ({ tag: e.tagName.toLowerCase(), ref: e.getAttribute('href') ?? e.getAttribute('src') ?? '' })),
      );
      const bad = refs.filter(({ tag, ref }) => {
        if (ref.startsWith('#') || ref.startsWith('data:') || ref.startsWith('mailto:')) return false;
        // Links (<a>) may point to official sources elsewhere; canonical/alternate links name the public site.
        if (/^https?:\/\//.test(ref)) return tag !== 'a' && !(tag === 'link' && new URL(ref).pathname.startsWith(base));
        return !ref.startsWith(base);
      });
      expect(bad).toEqual([]);
      const switchHref = await r.page.$eval('[data-lang-switch]', (a) => a.getAttribute('href')).catch(() => null);
      // Every page has the switch; embeds (framed into other sites) may leave it out.
      if (!/^\/(zh\/)?embed\//.test(path)) expect(switchHref).not.toBeNull();
      if (switchHref !== null) {
        const other = path.startsWith('/zh/') ? path.slice(3) : `/zh${path}`;
        expect(switchHref).toBe(`${base}${other.slice(1)}`);
      }
    } finally {
      await r.close();
    }
  });

  it('has no serious or critical axe violation', async () => {
    expect(await axeProblems(path, 'light')).toEqual([]);
  });
});

// Dark mode on representative pages (the rest share their styles; axe takes seconds on a long plan).
describe.each(['/', '/plans/', '/plans/guyuan/', '/plans/henan/', '/about/', '/zh/plans/jieshou/'])(
  'dark mode %s',
  (path) => {
    it('has no serious or critical axe violation', async () => {
      expect(await axeProblems(path, 'dark')).toEqual([]);
    });
  },
);

describe('language switch', () => {
  it('clicking it lands on the same page in the other language, and back', async () => {
    const r = await newPage(browser);
    try {
      await r.page.goto(url('/plans/yulin/'));
      await r.page.click('[data-lang-switch]');
      await r.page.waitForURL(url('/zh/plans/yulin/'));
      expect(await r.page.getAttribute('html', 'lang')).toBe('zh-Hans');
      await r.page.click('[data-lang-switch]');
      await r.page.waitForURL(url('/plans/yulin/'));
      expect(await r.page.getAttribute('html', 'lang')).toBe('en');
    } finally {
      await r.close();
    }
  });
});

describe('plan pages', () => {
  it('a highlighted item links to its data row, and the row links back to the highlight', async () => {
    const r = await newPage(browser);
    try {
      await r.page.goto(url('/plans/guyuan/'));
      // Prefer a target; any extracted item proves the mechanism while the targets dataset is being built.
      const kind = (await r.page.locator('.plan-text mark.hl-targets').count()) > 0 ? 'hl-targets' : 'hl';
      const mark = r.page.locator(`.plan-text mark.${kind}[id]`).first();
      const id = await mark.getAttribute('id');
      expect(id).toBeTruthy();
      const ref = r.page.locator(`.plan-text a.ref[href="#row-${id}"]`);
      await expect(ref.count()).resolves.toBe(1);
      await ref.click();
      expect(new URL(r.page.url()).hash).toBe(`#row-${id}`);
      const row = r.page.locator(`[id="row-${id}"]`);
      expect(await row.isVisible()).toBe(true);
      // The row quotes exactly the highlighted text.
      const quote = (await row.locator('td').nth(1).textContent())?.trim();
      const marked = await r.page.$$eval(`.plan-text mark[id="${id}"]`, (m) => m[0]?.textContent ?? '');
      expect(quote?.startsWith(marked.trim()) || marked === '').toBe(true);
      await row.locator(`a[href="#${id}"]`).click();
      expect(new URL(r.page.url()).hash).toBe(`#${id}`);
      await expect(r.page.locator(`[id="${id}"]`).isVisible()).resolves.toBe(true);
    } finally {
      await r.close();
    }
  });

  it('every highlight id is unique and every marker and back link has its target', async () => {
    const r = await newPage(browser);
    try {
      for (const doc of ['guyuan', 'henan', 'hangjin', 'yulin', 'jieshou']) {
        await r.page.goto(url(`/plans/${doc}/`));
        const broken = await r.page.$$eval('a[href^="#"]', (links) =>
          links
            .map((a) => a.getAttribute('href')!.slice(1))
            .filter((id) => id !== '' && !document.getElementById(decodeURIComponent(id))),
        );
        expect(broken, doc).toEqual([]);
        const dupes = await r.page.$$eval('[id]', (els) => {
          const seen = new Set<string>();
          return els.map((e) => e.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
        });
        expect(dupes, doc).toEqual([]);
      }
    } finally {
      await r.close();
    }
  });

  it('henan shows the truncation warning', async () => {
    const r = await newPage(browser);
    try {
      await r.page.goto(url('/plans/henan/'));
      const warning = r.page.locator('[data-warning="incomplete"]');
      expect(await warning.isVisible()).toBe(true);
      expect(await warning.textContent()).toContain('在当年医疗服务收入扣除成本和提取各项基');
      await r.page.goto(url('/zh/plans/henan/'));
      expect(await r.page.locator('[data-warning="incomplete"]').textContent()).toContain('文本不完整');
      // A complete plan shows no such warning.
      await r.page.goto(url('/plans/guyuan/'));
      expect(await r.page.locator('[data-warning="incomplete"]').count()).toBe(0);
    } finally {
      await r.close();
    }
  });

  it('yulin shows its two missing attachments', async () => {
    const r = await newPage(browser);
    try {
      await r.page.goto(url('/plans/yulin/'));
      const warning = r.page.locator('[data-warning="attachments-missing"]');
      expect(await warning.isVisible()).toBe(true);
      const text = (await warning.textContent()) ?? '';
      expect(text).toContain('玉林医疗联合体体系结构图');
      expect(text).toContain('玉林县域医共体建设和发展考核评价指标（试行）');
    } finally {
      await r.close();
    }
  });

  it('section anchors from the outline exist in the text, and the cite block follows the paragraph in the URL', async () => {
    const r = await newPage(browser);
    try {
      await r.page.goto(url('/plans/guyuan/#p-45'));
      expect(await r.page.locator('[id="s1.3"]').count()).toBe(1);
      await expect(r.page.locator('.cite-link').getAttribute('href')).resolves.toMatch(/\/plans\/guyuan\/#p-45$/);
      await r.page.click('#p-27 .pilcrow');
      await expect(r.page.locator('.cite-link').getAttribute('href')).resolves.toMatch(/#p-27$/);
    } finally {
      await r.close();
    }
  });
});

describe('phone and keyboard', () => {
  it.each(['/', '/plans/guyuan/', '/zh/plans/jieshou/', '/about/'])(
    '%s fits a 390px screen without sideways scrolling',
    async (path) => {
      const r = await newPage(browser, { width: 390, height: 844 });
      try {
        await r.page.goto(url(path));
        const overflow = await r.page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        mkdirSync('test-results/shots', { recursive: true });
        await r.page.screenshot({ path: `test-results/shots/phone${path.replace(/\//g, '_')}.png`, fullPage: false });
      } finally {
        await r.close();
      }
    },
  );

  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const r = await newPage(browser);
    try {
      await r.page.goto(url('/plans/guyuan/'));
      await r.page.keyboard.press('Tab');
      expect(await r.page.evaluate(() => document.activeElement?.className)).toBe('skip');
      await r.page.keyboard.press('Enter');
      expect(await r.page.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await r.close();
    }
  });
});
