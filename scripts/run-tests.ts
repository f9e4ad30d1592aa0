// `npm test`: unit tests, then a full build, then the end-to-end tests in a real browser. One summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

function run(label: string, cmd: string, args: string[]): number {
  process.stdout.write(`\n== ${label}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

function vitest(label: string, config: string): { code: number; result: VitestJson | null } {
  const out = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'result.json');
  const code = run(label, 'vitest', [
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${out}`,
  ]);
  const result = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as VitestJson) : null;
  return { code, result };
}

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;
const tally = (r: { code: number; result: VitestJson | null }) => {
  if (r.result) {
    passed += r.result.numPassedTests;
    failed += r.result.numFailedTests;
    skipped += r.result.numPendingTests;
  }
  if (r.code !== 0) broken = true;
};

tally(vitest('unit tests', 'vitest.config.ts'));
// Strict TypeScript over scripts/, src/ (.ts) and e2e/: counted as one test.
if (run('typecheck', 'tsc', ['--noEmit', '-p', 'tsconfig.json']) === 0) passed++;
else failed++;
const onlyUnit = process.argv.includes('--unit');
if (!onlyUnit) {
  if (run('build', 'npm', ['run', 'build']) !== 0) {
    broken = true;
    process.stdout.write('build failed: end-to-end tests not run\n');
  } else if (existsSync('vitest.e2e.config.ts')) {
    tally(vitest('end-to-end tests (chromium)', 'vitest.e2e.config.ts'));
  }
}
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(broken || failed > 0 || passed === 0 ? 1 : 0);
