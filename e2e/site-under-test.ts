// The built site the e2e tests drive: `astro preview` of dist/ on a fixed local port, under the build's base path.
// Read by playwright.config.ts (to start the server) and by the tests (to build URLs): one source for both.
import { join } from 'node:path';
import { normalizeBase } from '../src/i18n/ui.ts';

/** E2E_PORT overrides the port when 4329 is taken (npm start uses 4321). */
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const BASE = normalizeBase(process.env['SITE_BASE'] ?? '/');
const ORIGIN = `http://127.0.0.1:${PORT}`;

export const SITE = {
  port: PORT,
  /** '/' or '/sub/': the base the site was built with (astro.config.mjs reads the same SITE_BASE). */
  base: BASE,
  origin: ORIGIN,
  /** The site's root URL, base included, ending in '/'. */
  root: `${ORIGIN}${BASE}`,
  dist: join(new URL('../', import.meta.url).pathname, 'dist'),
} as const;

/** Absolute URL of a site path written without the base ('/plans/guyuan/', '/zh/explore/?sql=…'). */
export const url = (path: string): string => new URL(path.replace(/^\//, ''), SITE.root).href;
