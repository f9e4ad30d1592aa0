// The one way shells write a file: to a temporary name beside it, then rename, so a failed run never leaves a half-written file.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Write `content` to `path` atomically, creating the directory when it is missing. */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/**
 * Write `content` to `path` atomically unless the file already holds exactly these bytes; returns whether it wrote.
 * A rebuild after one changed plan leaves the other plans' files (sources, search shards) untouched, mtime included.
 */
export function writeIfChanged(path: string, content: string | Uint8Array): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (existsSync(path) && statSync(path).size === bytes.length && Buffer.from(readFileSync(path)).equals(bytes))
    return false;
  writeAtomic(path, bytes);
  return true;
}
