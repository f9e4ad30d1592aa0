// After `astro build`: write dist/_headers from each page's CSP <meta>, and fail if a page has none.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { headersFile, metaCspOf, type PagePolicy } from './site/headers.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
const base = process.env.SITE_BASE ?? '/';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });
}

const pages: PagePolicy[] = [];
const missing: string[] = [];
for (const file of htmlFiles(DIST)) {
  const rel = relative(DIST, file);
  const path = `${base.replace(/\/$/, '')}/${rel.replace(/index\.html$/, '')}`;
  const csp = metaCspOf(readFileSync(file, 'utf8'));
  if (csp) pages.push({ path, metaCsp: csp });
  else if (!/^404|redirect/.test(rel)) missing.push(rel);
}
if (missing.length > 0) {
  process.stderr.write(`write-headers: pages without a CSP <meta>: ${missing.join(', ')}\n`);
  process.exit(1);
}
writeFileSync(join(DIST, '_headers'), headersFile(pages, base));
process.stdout.write(`write-headers: dist/_headers for ${pages.length} pages\n`);
