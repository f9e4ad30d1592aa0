// Performance budgets as byte counts and request lists (not times): what each page costs a reader on load.
import { join } from 'node:path';
import { brotliSize } from '../scripts/measure/brotli-size.ts';
import { builtPages } from '../scripts/measure/built-pages.ts';
import { duckdbPayloadFiles } from '../scripts/measure/duckdb-payload.ts';
import { budgetFor, compressedSizes, weighPage } from '../scripts/measure/page-weight.ts';
import { expect, test } from './fixtures.ts';
import { SITE, url } from './site-under-test.ts';

const isDuckDb = (u: string) => /duckdb|\.wasm/i.test(u);

// Started when the file loads in the worker, so the slow compression of the wasm (in a worker thread) overlaps
// with the page loop below. Quality 10 for the wasm is an upper bound of what a host sends at 11, at half the time.
async function duckdbPayloadBrotli(): Promise<number> {
  let total = 0;
  for (const { file, bytes } of duckdbPayloadFiles(join(SITE.dist, '_astro')))
    total += file.endsWith('.wasm') ? await brotliSize(bytes, 10) : compressedSizes(bytes).brotli;
  return total;
}
let duckdbPayload: Promise<number> | undefined;

test.describe('budgets', () => {
  // Budgets are bytes, not times: every built page is weighed and the wasm compressed (42 s alone), which on a
  // busy 2-core machine takes several times the default 2 minutes. Slow is not over budget.
  test.describe.configure({ timeout: 600_000 });
  test.beforeAll(() => {
    duckdbPayload = duckdbPayloadBrotli();
    duckdbPayload.catch(() => {});
  });

  test('home, plan, comparison and data pages: ≤ 100 KB transferred (gzip), ≤ 30 KB JS; embeds ≤ 60 KB; no DuckDB byte', async ({
    context,
  }) => {
    const over: string[] = [];
    for (const path of builtPages(SITE.dist)) {
      const w = await weighPage(context, url(path));
      const b = budgetFor(path);
      if (w.totalGzip > b.total) over.push(`${path}: ${w.totalGzip} B > ${b.total} B`);
      if (w.jsGzip > b.js) over.push(`${path}: JS ${w.jsGzip} B > ${b.js} B`);
      const duck = w.requests.filter((r) => isDuckDb(r.url));
      if (duck.length > 0) over.push(`${path}: loads DuckDB before any query (${duck.map((r) => r.url).join(', ')})`);
    }
    expect(over).toEqual([]);
  });

  test('DuckDB payload (wasm, worker and library for the eh build) ≤ 6 MB compressed (brotli 10, an upper bound of 11)', async () => {
    expect(await duckdbPayload).toBeLessThanOrEqual(6_000_000);
  });
});
