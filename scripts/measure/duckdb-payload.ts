// The files a reader's browser downloads for DuckDB (the eh flavour Chromium picks): wasm, worker, library.
// A wasm published in parts (scripts/post-build.ts) is one download for the reader: its parts are joined.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAYLOAD = /^duckdb(-eh\.[^.]+(\.part\d+)?\.wasm|-browser-eh\.worker\..*\.js|\.[^.]+\.js)$/;
const partNo = (f: string) => Number(/\.part(\d+)\.wasm$/.exec(f)?.[1] ?? 0);

export function duckdbPayloadFiles(astroDir: string): { file: string; bytes: Buffer }[] {
  const groups = new Map<string, string[]>();
  for (const f of readdirSync(astroDir).filter((n) => PAYLOAD.test(n))) {
    const key = f.replace(/\.part\d+(?=\.wasm$)/, '');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  if (![...groups.keys()].some((f) => f.endsWith('.wasm'))) throw new Error(`no DuckDB wasm in ${astroDir}`);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, parts]) => ({
      file,
      bytes: Buffer.concat(parts.sort((a, b) => partNo(a) - partNo(b)).map((p) => readFileSync(join(astroDir, p)))),
    }));
}
