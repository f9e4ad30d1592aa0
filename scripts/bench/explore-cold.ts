// `npm run bench:explore`: cold time from navigation to the first result row of a shared query, median of 5.
// Needs a built dist/ (npm run build); serves it itself and starts every run in a fresh browser profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { normalizeBase } from '../../src/i18n/ui.ts';
import { brotliSize } from '../measure/brotli-size.ts';
import { chromiumLaunchOptions } from '../measure/chromium.ts';
import { duckdbPayloadFiles } from '../measure/duckdb-payload.ts';
import { serve } from '../measure/static-server.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const DIST = process.env.DIST_DIR ?? join(process.cwd(), 'dist');
const BASE = normalizeBase(process.env.SITE_BASE ?? '/');
const SQL = 'SELECT count(*) FROM targets';

const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** What a reader's browser downloads for DuckDB (the eh flavour that Chromium picks): raw, gzip -9, brotli 11. */
async function payload(): Promise<{ file: string; raw: number; gzip: number; brotli: number }[]> {
  return Promise.all(
    duckdbPayloadFiles(join(DIST, '_astro')).map(async ({ file, bytes }) => ({
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: await brotliSize(bytes),
    })),
  );
}

interface Run {
  firstRow: number;
  answer: string;
  requests: number;
  /** ms since navigation start: script loaded DuckDB's JS, engine ready, tables created. */
  marks: Record<string, number>;
}

async function once(url: string): Promise<Run> {
  const profile = mkdtempSync(join(tmpdir(), 'explore-bench-'));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions, headless: true });
  try {
    let requests = 0;
    context.on('request', () => requests++);
    // Stamp the moment the first result row enters the DOM, in the page's own clock (0 = navigation start).
    await context.addInitScript(() => {
      new MutationObserver((_m, obs) => {
        if (document.querySelector('[data-output] tbody tr')) {
          (window as unknown as { __firstRow: number }).__firstRow = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForSelector('[data-output] tbody tr', { timeout: 60_000 });
    const firstRow = await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow);
    const answer = (await page.locator('[data-output] tbody td').first().textContent()) ?? '';
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('duckdb:'))
          .map((m) => [m.name.slice(7), m.startTime]),
      ),
    );
    return { firstRow, answer, requests, marks };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const sizes = await payload();
const total = sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});
process.stdout.write('DuckDB payload (eh bundle, what Chromium loads):\n');
for (const s of sizes)
  process.stdout.write(
    `  ${s.file.padEnd(44)} raw ${mb(s.raw).padStart(9)}  gzip ${mb(s.gzip).padStart(9)}  brotli ${mb(s.brotli).padStart(9)}\n`,
  );
process.stdout.write(
  `  ${'total'.padEnd(44)} raw ${mb(total.raw).padStart(9)}  gzip ${mb(total.gzip).padStart(9)}  brotli ${mb(total.brotli).padStart(9)}\n`,
);

const { server, origin } = await serve(DIST, BASE);
try {
  const url = `${origin}${BASE}explore/?sql=${encodeURIComponent(SQL)}`;
  process.stdout.write(`\ncold runs (fresh profile each, uncompressed local server): ${url}\n`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await once(url);
    times.push(r.firstRow);
    const m = r.marks;
    const split =
      m['start'] !== undefined && m['engine'] !== undefined && m['tables'] !== undefined
        ? ` = page+JS ${m['start'].toFixed(0)} + engine ${(m['engine'] - m['start']).toFixed(0)} + tables ${(m['tables'] - m['engine']).toFixed(0)} + query/render ${(r.firstRow - m['tables']).toFixed(0)}`
        : '';
    process.stdout.write(
      `  run ${i + 1}: first result row at ${r.firstRow.toFixed(0)} ms${split} (answer ${r.answer}, ${r.requests} requests)\n`,
    );
  }
  process.stdout.write(
    `explore cold, navigation → first result: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, n=${RUNS})\n`,
  );
} finally {
  server.close();
}
