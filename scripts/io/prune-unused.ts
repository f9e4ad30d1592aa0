// A cache folder's clean-up: files named `<key><ext>` whose key this run did not use are removed.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.ts';

/** Remove the `<key><ext>` files of `dir` (not its subfolders) whose key is not in `used`; how many went. */
export function pruneUnused(dir: string, ext: string, used: ReadonlySet<string>): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const f of listFiles(dir, { recursive: false, ext })) {
    if (used.has(f.slice(0, -ext.length))) continue;
    rmSync(join(dir, f), { force: true });
    removed++;
  }
  return removed;
}
