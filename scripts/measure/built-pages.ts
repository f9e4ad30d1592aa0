// The pages of a build, read from its output directory: what the e2e tests visit and the bench weighs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Site-relative paths of every built page ('/', '/plans/guyuan/', '/zh/about/'), sorted. */
export function builtPages(dist: string): string[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html missing: run \`npm run build\` first`);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        out.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(dist);
  return out.sort();
}
