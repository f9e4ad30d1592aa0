// The explorer on a real connection: dist/ served like a host that compresses (gzip) and sends dist/_headers
// (scripts/measure/host-server.ts), the network throttled by CDP. The engine must arrive at 10 Mbps / 60 ms with its
// progress shown in MB of the total, and after a failure mid-download Retry must resume, not start over.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import type { PartsManifest } from '../src/lib/large-file-layout.ts';
import { serveLikeHost, type Host } from '../scripts/measure/host-server.ts';
import { expect, test } from './fixtures.ts';
import { SITE } from './site-under-test.ts';

let host: Host;
let root: string;

/** The engine's gzip size in MB as the page shows it ("7.7"), from the manifest written at build time. */
const astro = join(SITE.dist, '_astro');
const manifestFile = readdirSync(astro).find((f) => /^duckdb-eh\..*\.wasm\.parts\.json$/.test(f))!;
const GZIP_MB = (
  (JSON.parse(readFileSync(join(astro, manifestFile), 'utf8')) as PartsManifest).transfer.gzip / 1e6
).toFixed(1);
const total = GZIP_MB.replace('.', '\\.');

test.beforeAll(() =>
  serveLikeHost(SITE.dist, SITE.base, { encoding: 'gzip' }).then((h) => {
    host = h;
    root = `${h.origin}${SITE.base}`;
  }),
);

test.afterAll(async () => {
  await host.close();
});

// A throttled download takes a while; the explorer's own stall timer (15 s without a byte) is what may fail it.
test.describe.configure({ timeout: 240_000 });

const mbps = (n: number) => (n * 1e6) / 8;

async function throttle(page: Page, down: number, latency: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency,
    downloadThroughput: mbps(down),
    uploadThroughput: mbps(down),
  });
  return cdp;
}

const state = (page: Page) => page.getAttribute('sql-explorer', 'data-state');
const settled = (page: Page) =>
  page
    .waitForSelector('sql-explorer:is([data-state="done"], [data-state="query-error"], [data-state="load-error"])', {
      timeout: 200_000,
    })
    .then(() => state(page));

test('at 10 Mbps / 60 ms the engine arrives, compressed and cached, with its progress in MB of the total', async ({
  page,
  errors,
}) => {
  const wasm: { url: string; headers: Record<string, string> }[] = [];
  page.on('response', (r) => {
    if (/\.wasm$/.test(r.url())) wasm.push({ url: r.url(), headers: r.headers() });
  });
  await throttle(page, 10, 60);
  await page.goto(`${root}explore/?sql=${encodeURIComponent('SELECT count(*) AS n FROM documents')}`);
  // The total is the gzip size computed at build time (the host compresses with gzip), e.g. "3.1 of 7.7 MB".
  const status = page.locator('[data-status]');
  await expect(status).toHaveText(new RegExp(`Downloading the database engine… \\d+\\.\\d of ${total} MB`), {
    timeout: 60_000,
  });
  await expect(page.locator('[data-progress]')).toBeVisible();
  const fraction = await page.locator('[data-progress]').evaluate((p) => (p as HTMLProgressElement).value);
  expect(fraction).toBeGreaterThan(0);
  expect(fraction).toBeLessThan(1);
  expect(await settled(page)).toBe('done');
  expect(await page.locator('[data-output] tbody td').allTextContents()).toEqual(['5']);
  await expect(page.locator('[data-progress]')).toBeHidden();
  // The parts came as the host's _headers say: application/wasm (so it compressed them) and cached for a year.
  expect(wasm.length).toBeGreaterThan(1);
  for (const w of wasm) {
    expect(w.headers['content-type'], w.url).toBe('application/wasm');
    expect(w.headers['content-encoding'], w.url).toBe('gzip');
    expect(w.headers['cache-control'], w.url).toBe('public, max-age=31536000, immutable');
  }
  expect(errors).toEqual([]);
});

test('Retry after the line drops mid-download continues from what arrived (Range), without fetching it again', async ({
  page,
}) => {
  // A host that sends at 1 MB/s and whose connections can be cut while a body is on its way.
  const slow = await serveLikeHost(SITE.dist, SITE.base, { encoding: 'gzip', pace: 1_000_000 });
  try {
    await page.goto(
      `${slow.origin}${SITE.base}explore/?sql=${encodeURIComponent('SELECT count(*) AS n FROM targets')}`,
    );
    // Wait until some of the engine has arrived, then cut the line.
    await expect(page.locator('[data-status]')).toHaveText(
      new RegExp(`Downloading the database engine… [1-5]\\.\\d of ${total} MB`),
      { timeout: 60_000 },
    );
    slow.cut();
    expect(await settled(page)).toBe('load-error');
    const error = (await page.textContent('[data-error]')) ?? '';
    const kept = new RegExp(`([\\d.]+) of ${total} MB arrived and are kept`).exec(error);
    expect(kept, error).not.toBeNull();
    expect(Number(kept![1])).toBeGreaterThan(0.5);
    const before = slow.log.length;
    await page.click('[data-error] [data-retry]');
    expect(await settled(page)).toBe('done');
    const parts = slow.log.slice(before).filter((r) => r.path.endsWith('.wasm'));
    // The part that was cut resumes from a byte past 0 (206: its rest only); a part that had arrived whole is not
    // asked again; no part twice. (The manifest may be asked once more: DuckDB fetches it as a placeholder.)
    expect(parts[0]?.status).toBe(206);
    expect(Number(/^bytes=(\d+)-$/.exec(parts[0]?.range ?? '')?.[1])).toBeGreaterThan(0);
    expect(parts.slice(1).every((r) => r.range === undefined && r.status === 200)).toBe(true);
    expect(new Set(parts.map((r) => r.path)).size).toBe(parts.length);
    const n = (await page.locator('[data-output] tbody td').allTextContents())[0];
    expect(Number(n)).toBeGreaterThan(0);
  } finally {
    await slow.close();
  }
});
