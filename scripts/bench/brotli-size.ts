// Brotli (quality 11, as a host precompressing its files would send them) size of large files, computed off the
// main thread and cached by content hash: DuckDB's 34 MB wasm takes over a minute to compress at quality 11.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const CACHE_DIR = new URL('../../node_modules/.cache/county-health-plans/', import.meta.url).pathname;
const CACHE = join(CACHE_DIR, 'brotli-sizes.json');

function readCache(): Record<string, number> {
  return existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, number>) : {};
}

/** Brotli-11 size of `bytes`; cached by SHA-256 so a rebuilt but identical file costs nothing. */
export async function brotliSize(bytes: Buffer): Promise<number> {
  const key = createHash('sha256').update(bytes).digest('hex');
  const cached = readCache()[key];
  if (cached !== undefined) return cached;
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { brotliCompressSync, constants } = require('node:zlib');
    const b = Buffer.from(workerData);
    parentPort.postMessage(brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length);`;
  const size = await new Promise<number>((ok, fail) => {
    const w = new Worker(code, { eval: true, workerData: bytes });
    w.once('message', ok);
    w.once('error', fail);
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(CACHE, JSON.stringify({ ...readCache(), [key]: size }, null, 1));
  return size;
}
