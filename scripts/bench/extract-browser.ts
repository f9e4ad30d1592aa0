// /extract/ in Chromium on the built site (dist/, `npm run build` first): what it loads before the reader acts and on
// first use (extractor, PDF and Word readers, chart), in bytes, and a PDF through to results, cold (fresh browser
// context: the extractor and pdf.js load) and warm (the same page, a second time). Called by pdf-50-pages.ts with
// its generated 50-page plan; times are upper bounds on a shared machine.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeBase } from '../../src/i18n/ui.ts';
import { brotliSize } from '../measure/brotli-size.ts';
import { launchChromium } from '../measure/chromium.ts';
import { compressedSizes, weighPage } from '../measure/page-weight.ts';
import { serve } from '../measure/static-server.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const BASE = normalizeBase(process.env['SITE_BASE'] ?? '/');
const kb = (n: number) => (n / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** What each script the page fetched on first use is, by its built name. */
const PARTS: [RegExp, string][] = [
  [/extract-worker/, 'extractor (Web Worker: pipeline, converters for text and HTML, vocab checks)'],
  [/release-files/, 'downloads (CSV, JSON, zip writers; on first download)'],
  [/\/pdf-[^/]*\.js$/, 'pdf.js (on the first PDF)'],
  [/pdf\.worker\.min-[^/]*\.mjs$/, "pdf.js's own worker (on the first PDF)"],
  [/mammoth/, 'mammoth (on the first .docx)'],
  [/draw-targets|stack\.|rolldown-runtime/, 'chart (Plot; when a result is drawn)'],
];

export async function extractPageFigures(pdf: Uint8Array, fileName: string, runs = 3): Promise<void> {
  if (!existsSync(join(DIST, 'extract', 'index.html'))) {
    process.stdout.write('/extract/: no built site (run `npm run build` first): browser figures skipped\n');
    return;
  }
  const { server, origin } = await serve(DIST, BASE);
  const browser = await launchChromium();
  const page = `${origin}${BASE}extract/`;
  try {
    const before = await weighPage(await browser.newContext(), page);
    process.stdout.write(
      `/extract/ before the reader acts: ${before.requests.length} requests, ${kb(before.totalGzip)} KB gzip ` +
        `(${kb(before.totalBrotli)} KB brotli), JS ${kb(before.jsGzip)} KB gzip (budget 100 KB / 30 KB)\n`,
    );
    const cold: number[] = [];
    const warm: number[] = [];
    let loaded: string[] = [];
    let summary = '';
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      const tab = await context.newPage();
      await tab.goto(page);
      await tab.waitForSelector('plan-extractor[data-state="idle"]');
      for (const times of [cold, warm]) {
        await tab.$eval('plan-extractor', (el) => el.removeAttribute('data-state'));
        const t0 = performance.now();
        await tab.setInputFiles('[data-file-input]', {
          name: fileName,
          mimeType: 'application/pdf',
          buffer: Buffer.from(pdf),
        });
        await tab.waitForSelector(
          'plan-extractor:is([data-state="done"], [data-state="refused"], [data-state="failed"])',
          {
            timeout: 120_000,
          },
        );
        times.push(performance.now() - t0);
        const state = await tab.getAttribute('plan-extractor', 'data-state');
        if (state !== 'done') throw new Error(`/extract/ ${state}: ${await tab.textContent('[data-error]')}`);
        summary = (await tab.textContent('[data-status]')) ?? '';
      }
      await tab.waitForSelector('plan-extractor[data-chart="drawn"]', { timeout: 60_000 });
      await tab.click('button[data-download="zip"]');
      await tab.waitForEvent('download');
      loaded = requests;
      await context.close();
    }
    process.stdout.write(`\n| loaded on first use | file | gzip KB | brotli KB |\n|---|---|---:|---:|\n`);
    let total = { gzip: 0, brotli: 0 };
    for (const [pattern, what] of PARTS) {
      for (const u of loaded.filter((x) => pattern.test(x) && x.startsWith(origin))) {
        const file = join(DIST, decodeURIComponent(new URL(u).pathname.slice(BASE.length)));
        const bytes = readFileSync(file);
        const gzip = compressedSizes(bytes).gzip;
        const brotli = await brotliSize(bytes, 11);
        total = { gzip: total.gzip + gzip, brotli: total.brotli + brotli };
        process.stdout.write(`| ${what} | ${u.slice(u.lastIndexOf('/') + 1)} | ${kb(gzip)} | ${kb(brotli)} |\n`);
      }
    }
    process.stdout.write(`| all of the above | | ${kb(total.gzip)} | ${kb(total.brotli)} |\n\n`);
    process.stdout.write(
      `${fileName} through /extract/ to results (text, tables; the chart follows): median of ${runs} ` +
        `${(median(cold) / 1000).toFixed(2)} s cold (fresh context: extractor and pdf.js load), ` +
        `${(median(warm) / 1000).toFixed(2)} s warm (same page, again); runs ${cold.map((t) => (t / 1000).toFixed(2)).join(', ')} s cold\n` +
        `  page says: ${summary.trim()}\n`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
