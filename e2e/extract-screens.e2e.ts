// /extract/ as a reader sees it, wide (light) and on a phone (dark): the empty page, a result and a refusal. Each
// state must pass axe (serious and critical), and is saved as a screenshot in test-results/extract-screens/ for a
// person to look at (a picture is not compared with anything: layout is judged by eye).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeExtractFiles, type ExtractFiles } from '../scripts/test-support/extract-files.ts';
import { axeProblems, expect, test } from './fixtures.ts';
import { url } from './site-under-test.ts';

const OUT = join(new URL('../', import.meta.url).pathname, 'test-results', 'extract-screens');
let files: ExtractFiles;

test.beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  files = await makeExtractFiles();
});

// Each width, theme and language once: wide in light (English), phone in dark (Chinese).
for (const [width, colorScheme] of [
  [1280, 'light'],
  [390, 'dark'],
] as const) {
  test(`${width} px, ${colorScheme}: empty, result and refusal pass axe`, async ({ openPage }) => {
    const lang = width === 390 ? 'zh' : 'en';
    const { page, errors } = await openPage({ viewport: { width, height: 900 }, colorScheme });
    const shot = (state: string) =>
      page.screenshot({ path: join(OUT, `${state}-${width}-${colorScheme}.png`), fullPage: state !== 'result' });
    await page.goto(url(lang === 'zh' ? '/zh/extract/' : '/extract/'));
    await page.waitForSelector('plan-extractor[data-state="idle"]');
    expect(await axeProblems(page, 'empty')).toEqual([]);
    await shot('empty');
    await page.setInputFiles('[data-file-input]', files.docx);
    await page.waitForSelector('plan-extractor[data-chart="drawn"]');
    expect(await axeProblems(page, 'result')).toEqual([]);
    await page.locator('[data-results-title]').scrollIntoViewIfNeeded();
    await shot('result');
    await page.locator('#compare').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, `chart-${width}-${colorScheme}.png`) });
    await page.locator('#text').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, `text-${width}-${colorScheme}.png`) });
    await page.$eval('plan-extractor', (el) => el.removeAttribute('data-state'));
    await page.setInputFiles('[data-file-input]', files.bad[0]!.file);
    await page.waitForSelector('plan-extractor[data-state="refused"]');
    expect(await axeProblems(page, 'refusal')).toEqual([]);
    await page.locator('[data-error]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, `error-${width}-${colorScheme}.png`) });
    expect(errors).toEqual([]);
  });
}
