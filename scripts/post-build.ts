// After `astro build`: split DuckDB's wasm into parts for static hosts (any other file too large stops the build),
// then write dist/_headers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './io/list-files.ts';
import { headersFile, metaCspOf, type PagePolicy } from './site/headers.ts';
import { splitLargeFiles } from './site/split-large-files.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
const base = process.env.SITE_BASE ?? '/';

try {
  for (const f of splitLargeFiles(DIST)) {
    const t = f.transfer;
    process.stdout.write(
      `post-build: ${f.path} (${(f.bytes / 1048576).toFixed(1)} MiB) → ${f.parts} parts; ` +
        `on the wire ${(t.br / 1e6).toFixed(2)} MB brotli, ${(t.gzip / 1e6).toFixed(2)} MB gzip\n`,
    );
  }
} catch (err) {
  process.stderr.write(`post-build: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}

const pages: PagePolicy[] = [];
const missing: string[] = [];
for (const rel of listFiles(DIST, { ext: '.html' })) {
  const file = join(DIST, rel);
  const path = `${base.replace(/\/$/, '')}/${rel.replace(/index\.html$/, '')}`;
  const csp = metaCspOf(readFileSync(file, 'utf8'));
  if (csp) pages.push({ path, metaCsp: csp });
  else if (!/^404|redirect/.test(rel)) missing.push(rel);
}
if (missing.length > 0) {
  process.stderr.write(`post-build: pages without a CSP <meta>: ${missing.join(', ')}\n`);
  process.exit(1);
}
writeFileSync(join(DIST, '_headers'), headersFile(pages, base));
process.stdout.write(`post-build: dist/_headers for ${pages.length} pages\n`);
