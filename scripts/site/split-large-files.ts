// Static hosts cap file size (Cloudflare Pages: 25 MiB); DuckDB's wasm is 34–39 MB. That wasm, and only that, is
// published as numbered parts plus a small manifest, and src/lib/large-file.ts joins it in the browser. Any other
// file over the cap (a page, a dataset, the search index) stops the build, named with its size: splitting it would
// make it vanish for readers (a page in parts is no page), so it must be made smaller instead.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../io/list-files.ts';

export const PART_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** The files made to be joined in the browser: DuckDB's wasm modules as Vite emits them (`_astro/duckdb-eh.<hash>.wasm`). */
export const SPLITTABLE = /^_astro\/duckdb-[a-z0-9]+\.[\w-]+\.wasm$/;

export interface PartsManifest {
  /** Number of parts: `<file>.part0` … `<file>.part{n-1}`. */
  parts: number;
  /** Total bytes of the joined file. */
  bytes: number;
  /** Content type the joined file must be served as (wasm needs application/wasm to stream-compile). */
  type: string;
}

export interface SizedFile {
  /** Path relative to the built site, '/'-separated. */
  path: string;
  bytes: number;
}

export class FileTooLargeError extends Error {
  readonly files: SizedFile[];
  constructor(files: SizedFile[], maxBytes: number) {
    super(
      `${files.length === 1 ? 'a file is' : `${files.length} files are`} over the host limit of ${mib(maxBytes)} ` +
        `(${maxBytes} bytes) and only DuckDB's wasm may be published in parts:\n` +
        files.map((f) => `  ${f.path}: ${mib(f.bytes)} (${f.bytes} bytes)`).join('\n') +
        `\nMake these smaller (fewer rows per page, a sharded index); nothing was split or removed.`,
    );
    this.name = 'FileTooLargeError';
    this.files = files;
  }
}

const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;

export function partRanges(size: number, partBytes = PART_BYTES): [number, number][] {
  const out: [number, number][] = [];
  for (let s = 0; s < size; s += partBytes) out.push([s, Math.min(size, s + partBytes)]);
  return out;
}

export function contentTypeOf(name: string): string {
  return name.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
}

/** Which files over the cap are split, and which stop the build. */
export function planLargeFiles(
  files: SizedFile[],
  maxBytes = MAX_FILE_BYTES,
): { split: SizedFile[]; tooLarge: SizedFile[] } {
  const over = files.filter((f) => f.bytes > maxBytes);
  return { split: over.filter((f) => SPLITTABLE.test(f.path)), tooLarge: over.filter((f) => !SPLITTABLE.test(f.path)) };
}

/**
 * Split the oversized DuckDB wasm of `dist` into parts (each file replaced by `.part<i>` files and `.parts.json`);
 * throws FileTooLargeError, before touching anything, if any other file is over `maxBytes`.
 */
export function splitLargeFiles(dist: string, options: { maxBytes?: number; partBytes?: number } = {}): SizedFile[] {
  const { maxBytes = MAX_FILE_BYTES, partBytes = PART_BYTES } = options;
  if (!statSync(dist, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${dist}: no built site here`);
  const files = listFiles(dist).map((path) => ({ path, bytes: statSync(join(dist, path)).size }));
  const { split, tooLarge } = planLargeFiles(files, maxBytes);
  if (tooLarge.length > 0) throw new FileTooLargeError(tooLarge, maxBytes);
  for (const f of split) {
    const file = join(dist, f.path);
    const bytes = readFileSync(file);
    const ranges = partRanges(bytes.length, partBytes);
    ranges.forEach(([a, b], i) => writeFileSync(`${file}.part${i}`, bytes.subarray(a, b)));
    const manifest: PartsManifest = { parts: ranges.length, bytes: bytes.length, type: contentTypeOf(file) };
    writeFileSync(`${file}.parts.json`, JSON.stringify(manifest));
    rmSync(file);
  }
  return split;
}
