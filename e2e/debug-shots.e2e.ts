import { mkdirSync } from 'node:fs';
import { inject, it } from 'vitest';
import { launch, newPage } from './browser.ts';
it('shots', async () => {
  const b = await launch();
  mkdirSync('/tmp/shots', { recursive: true });
  for (const path of (process.env.SHOT_PAGES ?? ',plans/guyuan/').split(',')) {
    for (const [w, h] of [[390, 844], [1280, 900]] as const) {
      for (const cs of (process.env.SHOT_SCHEMES ?? 'light').split(',') as ('light' | 'dark')[]) {
        const r = await newPage(b, { width: w, height: h, colorScheme: cs });
        await r.page.goto(new URL(path, inject('siteUrl')).href);
        const name = `/tmp/shots/${(path || 'home').replace(/[/#]/g, '_')}-${w}-${cs}.png`;
        await r.page.screenshot({ path: name, fullPage: process.env.SHOT_FULL === '1' });
        for (const sel of (process.env.SHOT_AT ?? '').split(',').filter(Boolean)) {
          await r.page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), sel);
          await r.page.screenshot({ path: name.replace('.png', `-${sel.replace(/[^a-z0-9]/gi, '')}.png`) });
        }
        console.log(name, r.errors);
        await r.close();
      }
    }
  }
  await b.close();
}, 300000);
