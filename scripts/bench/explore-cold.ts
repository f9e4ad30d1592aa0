// `npm run bench:explore`: what the SQL explorer costs a reader. Needs a built dist/ (npm run build) and Chromium.
// 1. The engine's bytes on the wire (from the parts manifest written at build time, and the scripts beside it).
// 2. Timings on two hosts — one that compresses with brotli, one with gzip (scripts/measure/host-server.ts: dist/
//    with its _headers) — under CDP throttling: a cold `?sql=` link at 10 Mbps / 60 ms (goal ≤ 10 s) and a reader
//    who types for 2 s before Run (goal: first result ≤ 1.5 s after Run), each the median of RUNS (default 3).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeBase } from '../../src/i18n/ui.ts';
import type { PartsManifest } from '../../src/lib/large-file-layout.ts';
import { brotli, gzip } from '../../src/lib/site-data/engine.ts';
import { brotliSize } from '../measure/brotli-size.ts';
import { launchChromium } from '../measure/chromium.ts';
import { serveLikeHost, type HostEncoding } from '../measure/host-server.ts';
import { breakdown, coldLink, NETWORKS, typingReader, type ExploreRun, type Network } from './explore-timing.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const DIST = process.env.DIST_DIR ?? join(process.cwd(), 'dist');
const BASE = normalizeBase(process.env.SITE_BASE ?? '/');
const LINK_SQL = 'SELECT count(*) AS targets FROM targets';
const TYPED_SQL = 'SELECT d.place_en, count(*) AS n FROM targets t JOIN documents d USING (doc_id) GROUP BY ALL';

const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const out = (line = '') => process.stdout.write(`${line}\n`);

async function payload(): Promise<void> {
  const astro = join(DIST, '_astro');
  const files = readdirSync(astro);
  const manifestFile = files.find((f) => /^duckdb-eh\..*\.wasm\.parts\.json$/.test(f));
  if (!manifestFile) throw new Error(`${astro}: no duckdb-eh wasm manifest: run \`npm run build\``);
  const manifest = JSON.parse(readFileSync(join(astro, manifestFile), 'utf8')) as PartsManifest;
  const wasm = Buffer.concat(manifest.parts.map((p) => readFileSync(join(astro, p.name))));
  out('DuckDB engine on the wire (eh build, what current browsers load; brotli 5 and gzip 6 as hosts compress on');
  out('the fly, per part; brotli 11 as a host storing pre-compressed files would send it):');
  const row = (name: string, raw: number, gz: number, br: number, br11: number) =>
    out(
      `  ${name.padEnd(44)} raw ${mb(raw).padStart(9)}  gzip ${mb(gz).padStart(9)}  brotli ${mb(br).padStart(9)}  brotli-11 ${mb(br11).padStart(9)}`,
    );
  const br11 = await brotliSize(wasm);
  row(
    `${manifestFile.replace('.parts.json', '')} (${manifest.parts.length} parts)`,
    wasm.length,
    manifest.transfer.gzip,
    manifest.transfer.br,
    br11,
  );
  for (const f of files.filter((n) =>
    /^(duckdb-browser-eh\.worker|duckdb-engine-worker|duckdb)[.-][^.]+\.js$/.test(n),
  )) {
    const b = readFileSync(join(astro, f));
    row(f, b.length, gzip(b).length, brotli(b).length, await brotliSize(b));
  }
}

async function scenario(label: string, run: () => Promise<ExploreRun>): Promise<number> {
  const runs: ExploreRun[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run());
  const ms = median(runs.map((r) => r.ms));
  out(`  ${label}: median ${s(ms)} (${runs.map((r) => s(r.ms)).join(', ')}; answer ${runs[0]!.answer})`);
  const mid = runs.find((r) => r.ms === ms)!;
  if (Object.keys(mid.marks).length > 0) out(`      median run, ms: ${breakdown(mid)}`);
  return ms;
}

await payload();
const browser = await launchChromium();
const results: Record<string, Record<HostEncoding, number>> = {};
try {
  for (const encoding of ['br', 'gzip'] as const) {
    const host = await serveLikeHost(DIST, BASE, { encoding });
    const root = `${host.origin}${BASE}`;
    try {
      // Compress every file once before measuring (a real host caches its compressed copies too).
      host.warm(readdirSync(join(DIST, '_astro')).map((f) => `${BASE}_astro/${f}`));
      out(`\n${encoding === 'br' ? 'brotli' : 'gzip'} host (${root}), ${RUNS} runs each, new browser context per run:`);
      const add = (key: string, ms: number) =>
        ((results[key] ??= { br: NaN, gzip: NaN, identity: NaN })[encoding] = ms);
      const net = (n: Network) => n.label;
      add(
        `cold ?sql= link, ${net(NETWORKS.slow)} (goal ≤ 10 s)`,
        await scenario(`cold ?sql= link, ${net(NETWORKS.slow)}`, () =>
          coldLink(browser, root, LINK_SQL, NETWORKS.slow),
        ),
      );
      add(
        `cold ?sql= link, ${net(NETWORKS.none)}`,
        await scenario(`cold ?sql= link, ${net(NETWORKS.none)}`, () =>
          coldLink(browser, root, LINK_SQL, NETWORKS.none),
        ),
      );
      for (const n of [NETWORKS.fast, NETWORKS.slow])
        add(
          `Run → result after typing 2 s, ${net(n)}${n === NETWORKS.fast ? ' (goal ≤ 1.5 s)' : ''}`,
          await scenario(`Run → result after typing 2 s, ${net(n)}`, () => typingReader(browser, root, TYPED_SQL, n)),
        );
    } finally {
      await host.close();
    }
  }
} finally {
  await browser.close();
}
out('\nSummary (medians):');
out(`  ${'scenario'.padEnd(62)} ${'brotli host'.padStart(12)} ${'gzip host'.padStart(12)}`);
for (const [k, v] of Object.entries(results))
  out(`  ${k.padEnd(62)} ${s(v.br).padStart(12)} ${s(v.gzip).padStart(12)}`);
