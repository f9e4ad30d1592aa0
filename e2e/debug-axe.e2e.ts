import AxeBuilder from '@axe-core/playwright';
import { inject, it } from 'vitest';
import { launch, newPage } from './browser.ts';
it('debug', async () => {
  const b = await launch();
  const r = await newPage(b);
  await r.page.goto(new URL('plans/hangjin/', inject('siteUrl')).href);
  for (const [name, mk] of [
    ['all', () => new AxeBuilder({ page: r.page })],
    ['no contrast', () => new AxeBuilder({ page: r.page }).disableRules(['color-contrast'])],
    ['only contrast', () => new AxeBuilder({ page: r.page }).withRules(['color-contrast'])],
    ['wcag tags', () => new AxeBuilder({ page: r.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])],
  ] as const) {
    const t = Date.now();
    await mk().analyze();
    console.log(name, Date.now() - t);
  }
  const n = await r.page.evaluate(() => document.querySelectorAll('*').length);
  console.log('elements', n);
  await b.close();
}, 300000);
