// The text-reuse state of `npm run data`, on disk: one JSON file under .cache/pipeline/reuse/ named by the SHA-256
// of the pipeline's code, so a run aligns only the pairs of plans whose inputs changed (scripts/pipeline/
// find-reuse-state.ts decides which). A file that cannot be read back is no state (everything is aligned), never an error.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { ReuseState, ReuseStateStore } from './pipeline/index.ts';
import { listFiles } from './io/list-files.ts';
import { writeAtomic } from './io/write-atomic.ts';
import { pipelineCodeHash } from './extraction-cache.ts';

export interface DiskReuseState extends ReuseStateStore {
  /** 'reused' when a state was found, else why not ('none', 'unreadable'). */
  readonly found: 'reused' | 'none' | 'unreadable';
}

/** The state in `dir`/reuse/ for the pipeline code of `codeHash`; set() replaces it and removes other codes' states. */
export function diskReuseState(dir: string, codeHash = pipelineCodeHash()): DiskReuseState {
  const folder = join(dir, 'reuse');
  const file = join(folder, `${createHash('sha256').update(`reuse-state\0${codeHash}`).digest('hex')}.json`);
  let found: DiskReuseState['found'] = 'none';
  return {
    get found() {
      return found;
    },
    get() {
      if (!existsSync(file)) return undefined;
      try {
        const value = JSON.parse(readFileSync(file, 'utf8')) as ReuseState | null;
        if (value && typeof value === 'object' && Array.isArray(value.pairs)) {
          found = 'reused';
          return value;
        }
      } catch {
        // fall through: a truncated or hand-edited file is no state
      }
      found = 'unreadable';
      return undefined;
    },
    set(state) {
      writeAtomic(file, JSON.stringify(state));
      for (const f of listFiles(folder, { recursive: false, ext: '.json' }))
        if (join(folder, f) !== file) rmSync(join(folder, f), { force: true });
    },
  };
}
