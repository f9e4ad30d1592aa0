// How long a reader waits for the SQL explorer, in a real Chromium with the network throttled by CDP
// (Network.emulateNetworkConditions, which also covers the DuckDB worker's requests): a cold `?sql=` link
// (navigation → first result row) and a reader who types a query for 2 s and presses Run (Run → first result row).
// Every run uses a new browser context: empty HTTP cache, no compiled code kept.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Network {
  label: string;
  /** null: not throttled (the local machine's own speed). */
  conditions: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

const mbps = (n: number) => (n * 1e6) / 8;
export const NETWORKS = {
  none: { label: 'not throttled', conditions: null },
  fast: {
    label: '50 Mbps / 20 ms',
    conditions: { latency: 20, downloadThroughput: mbps(50), uploadThroughput: mbps(10) },
  },
  slow: {
    label: '10 Mbps / 60 ms',
    conditions: { latency: 60, downloadThroughput: mbps(10), uploadThroughput: mbps(10) },
  },
} satisfies Record<string, Network>;

export interface ExploreRun {
  /** Milliseconds: navigation → first row (cold link) or Run → first row (typing reader). */
  ms: number;
  /** The page's own marks (ms since navigation): duckdb:start, downloaded, instantiated, opened, engine, tables. */
  marks: Record<string, number>;
  answer: string;
}

async function openPage(browser: Browser, network: Network): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  // The page's clock: when Run was pressed and when the first result row appeared.
  await context.addInitScript(() => {
    const w = window as unknown as { __runAt?: number; __firstRow?: number };
    document.addEventListener(
      'click',
      (e) => {
        if ((e.target as Element).closest('[data-run]')) w.__runAt = performance.now();
      },
      true,
    );
    new MutationObserver((_m, obs) => {
      if (document.querySelector('[data-output] tbody tr')) {
        w.__firstRow = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  if (network.conditions) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network.conditions });
  }
  return { context, page };
}

async function finish(page: Page, from: 'navigation' | 'run'): Promise<ExploreRun> {
  await page.waitForSelector('[data-output] tbody tr', { timeout: 180_000 });
  const t = await page.evaluate(() => {
    const w = window as unknown as { __runAt?: number; __firstRow: number };
    return { runAt: w.__runAt, firstRow: w.__firstRow };
  });
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('duckdb:'))
        .map((m) => [m.name.slice(7), m.startTime]),
    ),
  );
  const answer = (await page.locator('[data-output] tbody td').first().textContent()) ?? '';
  return { ms: t.firstRow - (from === 'run' ? (t.runAt ?? Number.NaN) : 0), marks, answer };
}

/** A cold `?sql=` link: from navigation to the first result row. */
export async function coldLink(browser: Browser, root: string, sql: string, network: Network): Promise<ExploreRun> {
  const { context, page } = await openPage(browser, network);
  try {
    await page.goto(`${root}explore/?sql=${encodeURIComponent(sql)}`);
    return await finish(page, 'navigation');
  } finally {
    await context.close();
  }
}

/** A reader opens the explorer, clicks into the editor, types `sql` for `typingMs`, and presses Run. */
export async function typingReader(
  browser: Browser,
  root: string,
  sql: string,
  network: Network,
  typingMs = 2000,
): Promise<ExploreRun> {
  const { context, page } = await openPage(browser, network);
  try {
    await page.goto(`${root}explore/`, { waitUntil: 'load' });
    await page.click('#sql-editor');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(sql, { delay: typingMs / sql.length });
    await page.click('[data-run]');
    return await finish(page, 'run');
  } finally {
    await context.close();
  }
}

/** "page+JS 450 · download 6900 · start 650 · tables 40 · query 300" from a run's marks. */
export function breakdown(run: ExploreRun): string {
  const m = run.marks;
  const parts: [string, number | undefined, number | undefined][] = [
    ['page+JS', 0, m['start']],
    ['engine download', m['start'], m['downloaded']],
    ['compile rest+instantiate', m['downloaded'], m['instantiated']],
    ['open', m['instantiated'], m['engine']],
    ['tables', m['engine'], m['tables']],
  ];
  return parts
    .filter(([, a, b]) => a !== undefined && b !== undefined)
    .map(([name, a, b]) => `${name} ${Math.max(0, b! - a!).toFixed(0)}`)
    .join(' · ');
}
