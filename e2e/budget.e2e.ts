// Performance budgets as byte counts and request lists (not times): what each page costs a reader on load.
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { brotliSize } from '../scripts/bench/brotli-size.ts';
import { duckdbPayloadFiles } from '../scripts/bench/duckdb-payload.ts';
import { budgetFor, compressedSizes, weighPage } from '../scripts/bench/page-weight.ts';
import { builtPages, launch } from './browser.ts';

const dist = inject('distDir');
const siteUrl = inject('siteUrl');
const isDuckDb = (u: string) => /duckdb|\.wasm/i.test(u);

// Started at once so the slow compression of the wasm overlaps with the page loop below.
const duckdbPayload = (async () => {
  let total = 0;
  // Quality 10 for the wasm is an upper bound of what a host sends at 11, at half the compression time.
  for (const { file, bytes } of duckdbPayloadFiles(join(dist, '_astro')))
    total += file.endsWith('.wasm') ? await brotliSize(bytes, 10) : compressedSizes(bytes).brotli;
  return total;
})();
duckdbPayload.catch(() => {});

describe('budgets', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('home, plan, comparison and data pages: ≤ 100 KB transferred (gzip), ≤ 30 KB JS; embeds ≤ 60 KB; no DuckDB byte', async () => {
    const over: string[] = [];
    for (const path of builtPages(dist)) {
      const w = await weighPage(context, `${siteUrl}${path.slice(1)}`);
      const b = budgetFor(path);
      if (w.totalGzip > b.total) over.push(`${path}: ${w.totalGzip} B > ${b.total} B`);
      if (w.jsGzip > b.js) over.push(`${path}: JS ${w.jsGzip} B > ${b.js} B`);
      const duck = w.requests.filter((r) => isDuckDb(r.url));
      if (duck.length > 0) over.push(`${path}: loads DuckDB before any query (${duck.map((r) => r.url).join(', ')})`);
    }
    expect(over).toEqual([]);
  });

  it('DuckDB payload (wasm, worker and library for the eh build) ≤ 6 MB compressed (brotli 10, an upper bound of 11)', async () => {
    expect(await duckdbPayload).toBeLessThanOrEqual(6_000_000);
  });
});
