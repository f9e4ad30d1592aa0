// For tests: `npm run data` into a temporary folder, and its datasets read back; nothing under public/ is touched.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A fresh build of the data release; returns its folder. */
export function buildDataRelease(): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-data-'));
  const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/build-data.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATA_OUT: dir },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build-data failed:\n${r.stderr}`);
  return dir;
}

export function readJsonRows(dir: string, name: string): Record<string, unknown>[] {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>[];
}
