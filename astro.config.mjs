// @ts-check
import { defineConfig } from 'astro/config';
import { pdfjsAssets } from './scripts/site/pdfjs-assets.ts';
import { readSiteSettings } from './src/lib/site-settings.ts';

// SITE_BASE lets the same build serve under a sub-path (e.g. SITE_BASE=/plans/ on a shared host).
const base = process.env.SITE_BASE ?? '/';

// SITE_URL names the public address (README "Settings"). Unset: no placeholder host, Astro.site stays undefined,
// and pages write relative links (full addresses are filled in from the reader's location by a script).
const { siteUrl } = readSiteSettings(process.env);

export default defineConfig({
  ...(siteUrl ? { site: siteUrl.href } : {}),
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
