// Tools only the benchmark needs (Lighthouse is ~180 MB): installed on first use into a cache outside the
// project's dependencies, so `npm ci` stays small. Needs the npm registry once; later runs reuse the cache.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TOOLS: Record<string, string> = { lighthouse: '13.5.0', 'chrome-launcher': '1.2.1' };
const DIR = process.env['BENCH_TOOLS_DIR'] ?? join(homedir(), '.cache', 'county-health-plans-bench');

/** Import a bench-only package, installing the pinned versions into the cache first if needed. */
export async function importBenchTool<T>(name: string): Promise<T> {
  const pkgDir = join(DIR, 'node_modules', name);
  if (!existsSync(pkgDir)) {
    mkdirSync(DIR, { recursive: true });
    const specs = Object.entries(TOOLS).map(([n, v]) => `${n}@${v}`);
    process.stdout.write(`bench: installing ${specs.join(', ')} into ${DIR} (once)\n`);
    const r = spawnSync('npm', ['install', '--prefix', DIR, '--no-save', '--no-audit', '--no-fund', ...specs], {
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error(`bench: could not install ${specs.join(', ')} (npm exited ${r.status})`);
  }
  return (await import(pathToFileURL(join(pkgDir, entryOf(pkgDir))).href)) as T;
}

type Exports = string | { import?: Exports; default?: Exports; '.'?: Exports } | undefined;

/** The ESM entry file of an installed package, from its package.json. */
function entryOf(pkgDir: string): string {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { exports?: Exports; main?: string };
  let e: Exports = pkg.exports;
  while (e && typeof e === 'object') e = e['.'] ?? e.import ?? e.default;
  return e ?? pkg.main ?? 'index.js';
}
