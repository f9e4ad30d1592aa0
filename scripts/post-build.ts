// After `astro build`: split files too large for static hosts into parts, then write dist/_headers.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { headersFile, metaCspOf, type PagePolicy } from './site/headers.ts';
import { MAX_FILE_BYTES, splitFile } from './site/split-large-files.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
const base = process.env.SITE_BASE ?? '/';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

for (const file of files(DIST)) {
  const size = statSync(file).size;
  if (size <= MAX_FILE_BYTES) continue;
  const { parts, manifest } = splitFile(basename(file), readFileSync(file));
  for (const p of parts) writeFileSync(join(dirname(file), p.name), p.bytes);
  writeFileSync(`${file}.parts.json`, JSON.stringify(manifest));
  rmSync(file);
  const t = manifest.transfer;
  process.stdout.write(
    `post-build: ${relative(DIST, file)} (${(size / 1048576).toFixed(1)} MiB) → ${parts.length} parts; ` +
      `on the wire ${(t.br / 1e6).toFixed(2)} MB brotli, ${(t.gzip / 1e6).toFixed(2)} MB gzip\n`,
  );
}

const pages: PagePolicy[] = [];
const missing: string[] = [];
for (const file of files(DIST).filter((f) => f.endsWith('.html'))) {
  const rel = relative(DIST, file);
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
