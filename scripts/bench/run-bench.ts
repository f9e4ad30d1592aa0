// `npm run bench`: the figures of the current build, printed as tables. Needs chromium at /usr/bin/chromium.
// Steps: pipeline on the corpus (median of 5) · astro build · bytes per page in a real browser · DuckDB payload
// and cold time to first SQL result · Lighthouse mobile scores · text reuse growth · the pipeline on 3,000 plans.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeBase } from '../../src/i18n/ui.ts';
import { builtPages } from '../measure/built-pages.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../measure/chromium.ts';
import { budgetFor, weighPage } from '../measure/page-weight.ts';
import { serve } from '../measure/static-server.ts';
import { importBenchTool } from './optional-tools.ts';

interface LighthouseModule {
  default: (
    url: string,
    flags: { port: number; output: 'json'; logLevel: 'error' },
  ) => Promise<{ lhr: { categories: Record<string, { score: number | null } | undefined> } } | undefined>;
}
interface ChromeLauncherModule {
  launch(opts: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }>;
}

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const BASE = normalizeBase(process.env.SITE_BASE ?? '/');
const NODE = process.execPath;
const kb = (n: number) => (n / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function heading(s: string): void {
  process.stdout.write(`\n## ${s}\n\n`);
}

function timed(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  return performance.now() - t;
}

function passthrough(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
  if (r.status !== 0) process.stdout.write(`(${args.join(' ')} exited ${r.status})\n`);
}

async function pageWeights(): Promise<void> {
  heading('Bytes per page (all requests on load, compressed as a host would send them)');
  const { server, origin } = await serve(DIST, BASE);
  const browser = await launchChromium();
  const context = await browser.newContext();
  process.stdout.write(
    '| page | requests | gzip KB | brotli KB | JS raw KB | JS gzip KB | budget |\n|---|---:|---:|---:|---:|---:|---|\n',
  );
  try {
    for (const path of builtPages(DIST)) {
      const w = await weighPage(context, `${origin}${BASE}${path.slice(1)}`);
      const b = budgetFor(path);
      const ok = w.totalGzip <= b.total && w.jsGzip <= b.js;
      process.stdout.write(
        `| ${path} | ${w.requests.length} | ${kb(w.totalGzip)} | ${kb(w.totalBrotli)} | ${kb(w.jsRaw)} | ${kb(w.jsGzip)} | ${ok ? 'ok' : 'OVER'} |\n`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

async function lighthouseScores(): Promise<void> {
  heading('Lighthouse, mobile (system chromium)');
  const { default: lighthouse } = await importBenchTool<LighthouseModule>('lighthouse');
  const chromeLauncher = await importBenchTool<ChromeLauncherModule>('chrome-launcher');
  const { server, origin } = await serve(DIST, BASE);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const embed = builtPages(DIST).find((p) => p.startsWith('/embed/')) ?? '/';
  const pages = ['/', '/plans/guyuan/', '/compare/targets/', embed];
  process.stdout.write('| page | performance | accessibility | best practices | SEO |\n|---|---:|---:|---:|---:|\n');
  try {
    for (const path of pages) {
      const result = await lighthouse(`${origin}${BASE}${path.slice(1)}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      const c = result?.lhr.categories;
      const s = (k: string) => String(Math.round((c?.[k]?.score ?? 0) * 100));
      process.stdout.write(
        `| ${path} | ${s('performance')} | ${s('accessibility')} | ${s('best-practices')} | ${s('seo')} |\n`,
      );
    }
  } finally {
    chrome.kill();
    server.close();
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `# Benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${process.platform}\n`,
  );
  heading('Pipeline on the corpus (5 documents, all datasets, release files)');
  const out = mkdtempSync(join(tmpdir(), 'bench-data-'));
  const runs = Array.from({ length: 5 }, () => timed(NODE, ['scripts/build-data.ts'], { DATA_OUT: out }));
  rmSync(out, { recursive: true, force: true });
  process.stdout.write(
    `npm run data: median ${median(runs).toFixed(0)} ms (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})\n`,
  );

  heading('Site build');
  timed(NODE, ['scripts/build-data.ts']);
  const astro = timed(NODE, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']);
  timed(NODE, ['scripts/post-build.ts']);
  process.stdout.write(`astro build: ${(astro / 1000).toFixed(1)} s, ${builtPages(DIST).length} pages\n`);

  await pageWeights();
  heading('SQL explorer: DuckDB on the wire, cold ?sql= link and a typing reader, brotli and gzip hosts');
  passthrough(NODE, ['scripts/bench/explore-cold.ts']);
  if (!process.argv.includes('--no-lighthouse')) await lighthouseScores();
  heading(
    'A 50-page PDF through to results: in process, the CLI, and /extract/ in the browser (with its bundle sizes)',
  );
  passthrough(NODE, ['scripts/bench/pdf-50-pages.ts']);
  heading('Text reuse: growth with the number of plans');
  passthrough(NODE, ['scripts/bench/reuse-scale.ts']);
  heading('Pipeline at scale (generated plans)');
  passthrough(NODE, ['scripts/bench/pipeline-scale.ts']);
}

await main();
