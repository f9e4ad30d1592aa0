import AxeBuilder from '@axe-core/playwright';
import { inject, it } from 'vitest';
import { launch, newPage } from './browser.ts';
it('debug', async () => {
  const b = await launch();
  for (const path of (process.env.DBG_PAGES ?? 'plans/hangjin/').split(',')) {
    for (const cs of ['light', 'dark'] as const) {
      const r = await newPage(b, { colorScheme: cs });
      await r.page.goto(new URL(path, inject('siteUrl')).href);
      const t = Date.now();
      const res = await new AxeBuilder({ page: r.page }).analyze();
      console.log(path, cs, Date.now() - t, 'ms', r.errors);
      for (const v of res.violations) console.log(v.id, v.impact, v.nodes.length, v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary?.slice(0, 300)).join('\n   '));
      await r.close();
    }
  }
  await b.close();
}, 300000);
