// @ts-check
import { defineConfig } from 'astro/config';
import { pdfjsAssets } from './scripts/site/pdfjs-assets.ts';

// SITE_BASE lets the same build serve under a sub-path (e.g. SITE_BASE=/plans/ on a shared host).
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A CSP <meta> on every page: Astro hashes its own scripts and styles; charts add the hash of Plot's
  // inline <style> (Astro.csp.insertStyleHash). Hosts should also send it as a header: see README.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self' blob:",
        "worker-src 'self' blob:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // The in-browser extractor (/extract/) reads PDFs with pdf.js: its CMaps and fonts are served by the site.
  integrations: [pdfjsAssets()],
  // Workers are ES modules: the /extract/ worker loads its converters with import() (code-split chunks).
  vite: { worker: { format: 'es' } },
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
});
