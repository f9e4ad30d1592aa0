// Browser helpers for the e2e tests: one chromium, pages that record console errors and every request.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

export interface RecordedPage {
  context: BrowserContext;
  page: Page;
  /** console.error messages and uncaught exceptions. */
  errors: string[];
  /** Every URL requested by the page, its workers and frames. */
  requests: string[];
  close(): Promise<void>;
}

export async function newPage(
  browser: Browser,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<RecordedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  // A CSP violation becomes a console error, so every test that fails on console errors fails on it too.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  // On the context, not the page: worker fetches are seen too.
  context.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { context, page, errors, requests, close: () => context.close() };
}

/** Site-relative paths of every built page ('/', '/plans/guyuan/', '/zh/about/'), from dist/. */
export function builtPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html')
        out.push(`/${relative(dist, dir).split(sep).join('/')}/`.replace(/^\/+/, '/').replace(/\/+$/, '/'));
    }
  };
  walk(dist);
  return out.map((p) => (p === '//' ? '/' : p)).sort();
}
