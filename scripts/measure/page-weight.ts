// What a page costs a reader: every request it makes on load, with raw, gzip and brotli byte counts; the budgets.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';

export interface RequestWeight {
  url: string;
  type: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  url: string;
  requests: RequestWeight[];
  totalGzip: number;
  totalBrotli: number;
  jsRaw: number;
  jsGzip: number;
}

/** Compressed sizes as a static host with compression on would send them. */
export function compressedSizes(body: Buffer): { gzip: number; brotli: number } {
  return {
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function summarise(url: string, requests: RequestWeight[]): PageWeight {
  const js = requests.filter((r) => r.type === 'script' || /\.m?js(\?|$)/.test(r.url));
  return {
    url,
    requests,
    totalGzip: requests.reduce((n, r) => n + r.gzip, 0),
    totalBrotli: requests.reduce((n, r) => n + r.brotli, 0),
    jsRaw: js.reduce((n, r) => n + r.raw, 0),
    jsGzip: js.reduce((n, r) => n + r.gzip, 0),
  };
}

/** Load a page in a fresh page of the context and weigh every response until the network is idle. */
export async function weighPage(context: BrowserContext, url: string): Promise<PageWeight> {
  const page = await context.newPage();
  const pending: Promise<RequestWeight | null>[] = [];
  page.on('response', (res) => {
    pending.push(
      res.body().then(
        (body) => ({ url: res.url(), type: res.request().resourceType(), raw: body.length, ...compressedSizes(body) }),
        () => null,
      ),
    );
  });
  // Pages fetch nothing after load until the reader acts (SQL, search, downloads), so 'load' sees every byte.
  await page.goto(url, { waitUntil: 'load' });
  const requests = (await Promise.all(pending)).filter((r): r is RequestWeight => r !== null);
  await page.close();
  return summarise(url, requests);
}

/** Budgets from the performance issue: printed by `npm run bench`, asserted by e2e/budget.e2e.ts. */
export function budgetFor(path: string): { total: number; js: number } {
  if (/\/embed\//.test(path)) return { total: 60 * 1024, js: 30 * 1024 };
  return { total: 100 * 1024, js: 30 * 1024 };
}
