// What the SQL explorer's database engine costs a reader to download, computed at build time from the very bytes the
// site publishes (DuckDB-wasm's eh build, the one every current browser picks), part by part as the host sends them.
// Server side only (node:fs, node:zlib). Used by the explorer page (its stated size), scripts/post-build.ts (the
// parts manifest) and the bench's compressing server (the same levels).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { MAX_FILE_BYTES, partRanges } from '../large-file-layout.ts';

/**
 * Levels of a host that compresses on the fly (Cloudflare, Netlify, nginx with brotli/gzip on): brotli 5, gzip 6.
 * A host that stores files pre-compressed at brotli 11 sends less (DuckDB's wasm: 5.1 MB instead of 6.2 MB).
 */
export const HOST_BROTLI_QUALITY = 5;
export const HOST_GZIP_LEVEL = 6;

export interface TransferSizes {
  /** Bytes of the file. */
  identity: number;
  gzip: number;
  br: number;
}

export function brotli(bytes: Uint8Array): Buffer {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: HOST_BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

export function gzip(bytes: Uint8Array): Buffer {
  return gzipSync(bytes, { level: HOST_GZIP_LEVEL });
}

const cache = new Map<string, TransferSizes>();

/** Bytes on the wire for a file as published: split into parts when over the host's cap, each compressed alone. */
export function transferSizes(bytes: Uint8Array): TransferSizes {
  const key = createHash('sha256').update(bytes).digest('hex');
  const hit = cache.get(key);
  if (hit) return hit;
  const ranges = bytes.length > MAX_FILE_BYTES ? partRanges(bytes.length) : [[0, bytes.length] as const];
  const sizes: TransferSizes = { identity: bytes.length, gzip: 0, br: 0 };
  for (const [a, b] of ranges) {
    const part = bytes.subarray(a, b);
    sizes.gzip += gzip(part).length;
    sizes.br += brotli(part).length;
  }
  cache.set(key, sizes);
  return sizes;
}

/** The engine a reader downloads: its wasm and its worker script, as published (Vite copies them verbatim). */
export function engineTransferSizes(): { wasm: TransferSizes; worker: TransferSizes } {
  const file = (name: string) =>
    readFileSync(createRequire(join(process.cwd(), 'package.json')).resolve(`@duckdb/duckdb-wasm/dist/${name}`));
  return {
    wasm: transferSizes(file('duckdb-eh.wasm')),
    worker: transferSizes(file('duckdb-browser-eh.worker.js')),
  };
}
