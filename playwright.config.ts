// End-to-end tests: the built site (dist/, `npm run build` first) under `astro preview`, driven by Debian's
// chromium. No browser is ever downloaded: the executable is the system one (scripts/measure/chromium.ts).
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/measure/chromium.ts';
import { SITE } from './e2e/site-under-test.ts';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/playwright',
  // One browser at a time: CI machines have two cores, and the DuckDB tests are heavy.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 120_000,
  // One worker on purpose (above): no advice to parallelise slow files.
  reportSlowTests: null,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    baseURL: SITE.root,
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
    trace: 'off',
  },
  webServer: {
    // The project's Node (process.execPath), whatever `node` is first on the PATH.
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${SITE.port}`,
    url: SITE.root,
    // Never test whatever else happens to listen on the port (another checkout's preview).
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // astro.config.mjs reads SITE_BASE: the preview serves under the base the site was built with.
    env: { SITE_BASE: SITE.base },
  },
});
