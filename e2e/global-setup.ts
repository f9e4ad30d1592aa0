// Serve dist/ on a free local port for the whole e2e run; tests get the site URL via inject('siteUrl').
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { normalizeBase } from '../src/i18n/ui.ts';
import { serve } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteBase: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  // E2E_DIST: test another build directory (default dist/).
  const dist = process.env.E2E_DIST ?? join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html missing: run `npm run build` first');
  // Same base as the build (astro.config.mjs reads SITE_BASE).
  const base = normalizeBase(process.env.SITE_BASE ?? '/');
  const { server, origin } = await serve(dist, base);
  project.provide('siteUrl', `${origin}${base}`);
  project.provide('siteBase', base);
  project.provide('distDir', dist);
  return async () => {
    await new Promise((ok) => server.close(ok));
  };
}
