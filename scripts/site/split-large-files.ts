// Static hosts cap file size (Cloudflare Pages: 25 MiB); DuckDB's wasm is 34–39 MB. That wasm, and only that, is
// published as parts plus a manifest (layout: src/lib/large-file-layout.ts), and src/lib/large-file.ts joins them
// in the browser. Any other file over the cap (a page, a dataset, the search index) stops the build, named with its
// size: splitting it would make it vanish for readers (a page in parts is no page), so it must be made smaller. The manifest also carries each part's SHA-256 (a resumed download is checked) and the bytes on
// the wire when a host compresses them (the explorer's progress counts in those).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { listFiles } from '../io/list-files.ts';
import {
  contentTypeOf,
  MAX_FILE_BYTES,
  PART_BYTES,
  partName,
  partRanges,
  type PartsManifest,
} from '../../src/lib/large-file-layout.ts';
import { transferSizes } from '../../src/lib/site-data/engine.ts';

export { contentTypeOf, MAX_FILE_BYTES, PART_BYTES, partName, partRanges, type PartsManifest };

/** The parts of a file (name relative to its folder, bytes) and its manifest. */
export function splitFile(
  name: string,
  bytes: Uint8Array,
  partBytes = PART_BYTES,
): { parts: { name: string; bytes: Uint8Array }[]; manifest: PartsManifest } {
  const parts = partRanges(bytes.length, partBytes).map(([a, b], i) => ({
    name: partName(name, i),
    bytes: bytes.subarray(a, b),
  }));
  const { identity, gzip, br } = transferSizes(bytes);
  return {
    parts,
    manifest: {
      version: 2,
      bytes: bytes.length,
      type: contentTypeOf(name),
      parts: parts.map((p) => ({
        name: p.name,
        bytes: p.bytes.length,
        sha256: createHash('sha256').update(p.bytes).digest('hex'),
      })),
      transfer: { identity, gzip, br },
    },
  };
}

/** The files made to be joined in the browser: DuckDB's wasm modules as Vite emits them (`_astro/duckdb-eh.<hash>.wasm`). */
export const SPLITTABLE = /^_astro\/duckdb-[a-z0-9]+\.[\w-]+\.wasm$/;

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

/** Which files over the cap are split, and which stop the build. */
export function planLargeFiles(
  files: SizedFile[],
  maxBytes = MAX_FILE_BYTES,
): { split: SizedFile[]; tooLarge: SizedFile[] } {
  const over = files.filter((f) => f.bytes > maxBytes);
  return { split: over.filter((f) => SPLITTABLE.test(f.path)), tooLarge: over.filter((f) => !SPLITTABLE.test(f.path)) };
}

/**
 * Split the oversized DuckDB wasm of `dist` into parts (each file replaced by its parts and `<file>.parts.json`);
 * throws FileTooLargeError, before touching anything, if any other file is over `maxBytes`.
 */
export function splitLargeFiles(
  dist: string,
  options: { maxBytes?: number; partBytes?: number } = {},
): (SizedFile & { parts: number; transfer: PartsManifest['transfer'] })[] {
  const { maxBytes = MAX_FILE_BYTES, partBytes = PART_BYTES } = options;
  if (!statSync(dist, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${dist}: no built site here`);
  const files = listFiles(dist).map((path) => ({ path, bytes: statSync(join(dist, path)).size }));
  const { split, tooLarge } = planLargeFiles(files, maxBytes);
  if (tooLarge.length > 0) throw new FileTooLargeError(tooLarge, maxBytes);
  return split.map((f) => {
    const file = join(dist, f.path);
    const { parts, manifest } = splitFile(basename(file), readFileSync(file), partBytes);
    for (const p of parts) writeFileSync(join(dirname(file), p.name), p.bytes);
    writeFileSync(`${file}.parts.json`, JSON.stringify(manifest));
    rmSync(file);
    return { ...f, parts: parts.length, transfer: manifest.transfer };
  });
}
