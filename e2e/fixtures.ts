// The e2e test API: Playwright's `test` with pages that record console errors, CSP violations and every request,
// and an axe check. Tests import { test, expect } from here, never from '@playwright/test'.
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';

export { expect } from '@playwright/test';

export interface Recorder {
  /** console.error messages (CSP violations included) and uncaught exceptions. */
  errors: string[];
  /** Every URL requested by the page, its workers and frames. */
  requests: string[];
}

export interface RecordedPage extends Recorder {
  context: BrowserContext;
  page: Page;
}

/** Serious and critical axe violations of the page as it is now, one line each (empty: none). */
export type AxeCheck = (label?: string) => Promise<string[]>;

async function recordContext(context: BrowserContext, requests: string[]): Promise<void> {
  // A CSP violation becomes a console error, so every test that fails on console errors fails on it too.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  // On the context, not the page: worker fetches are seen too.
  context.on('request', (r) => requests.push(r.url()));
}

function recordPage(page: Page, errors: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
}

async function axeProblems(page: Page, label = ''): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${label ? `${label} ` : ''}${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

export const test = base.extend<
  Recorder & {
    axe: AxeCheck;
    /** Another recorded page in its own context (own viewport, colour scheme…); closed after the test. */
    openPage: (options?: BrowserContextOptions) => Promise<RecordedPage>;
  }
>({
  // Playwright requires an object pattern even when a fixture depends on nothing.
  // eslint-disable-next-line no-empty-pattern
  errors: async ({}, use) => {
    await use([]);
  },
  // eslint-disable-next-line no-empty-pattern
  requests: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, requests }, use) => {
    await recordContext(context, requests);
    await use(context);
  },
  page: async ({ page, errors }, use) => {
    recordPage(page, errors);
    await use(page);
  },
  axe: async ({ page }, use) => {
    await use((label) => axeProblems(page, label));
  },
  openPage: async ({ browser, viewport, colorScheme }, use) => {
    const opened: BrowserContext[] = [];
    await use((options) => openRecordedPage(browser, { viewport, colorScheme, ...options }, opened));
    await Promise.all(opened.map((c) => c.close()));
  },
});

async function openRecordedPage(
  browser: Browser,
  options: BrowserContextOptions,
  opened: BrowserContext[],
): Promise<RecordedPage> {
  const context = await browser.newContext(options);
  opened.push(context);
  const recorder: Recorder = { errors: [], requests: [] };
  await recordContext(context, recorder.requests);
  const page = await context.newPage();
  recordPage(page, recorder.errors);
  return { context, page, ...recorder };
}

/** axe on any page (one made by openPage): serious and critical violations, one line each. */
export { axeProblems };
