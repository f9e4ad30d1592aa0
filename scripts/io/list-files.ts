// The one way shells list a directory: every regular file under it, as sorted '/'-separated paths relative to it.
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Files under `dir` (sub-directories too unless `recursive: false`), sorted by code unit, optionally by extension. */
export function listFiles(dir: string, options: { recursive?: boolean; ext?: string } = {}): string[] {
  const { recursive = true, ext } = options;
  return readdirSync(dir, { recursive, encoding: 'utf8' })
    .filter((rel) => (ext === undefined || rel.endsWith(ext)) && statSync(join(dir, rel)).isFile())
    .map((rel) => rel.split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
