// Temporary: screenshots of the compare pages (removed before hand-off).
import { serve } from '../e2e/static-server.ts';
import { launch } from '../e2e/browser.ts';
const { server, origin } = await serve(new URL('../dist', import.meta.url).pathname, '/');
const browser = await launch();
const paths = process.argv.slice(2);
for (const p of paths) {
  for (const [w, scheme] of [[1280, 'light'], [390, 'light'], [1280, 'dark']] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    const errs: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errs.push(m.text()); });
    page.on('pageerror', (e) => errs.push(e.message));
    await page.goto(origin + p);
    await page.waitForTimeout(300);
    const name = `/tmp/shots/${p.replace(/[/?=&,]/g, '_')}-${w}-${scheme}.png`;
    await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
    const body = page.locator('.chart-body').first();
    if (await body.count()) { await body.scrollIntoViewIfNeeded(); await page.evaluate(() => window.scrollBy(0, -120)); await page.screenshot({ path: name.replace('.png', '-chart.png') }); }
    console.log(name, errs.join(' | '));
    await ctx.close();
  }
}
await browser.close();
server.close();
