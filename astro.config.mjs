// @ts-check
import { defineConfig } from 'astro/config';

// SITE_BASE lets the same build serve under a sub-path (e.g. SITE_BASE=/plans/ on a shared host).
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
});
