// Brotli size of large files, computed off the main thread and cached by content hash and quality: DuckDB's
// 34 MB wasm takes 85 s to compress at quality 11 (what a host precompressing its files sends), 42 s at 10.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const CACHE_DIR = new URL('../../node_modules/.cache/county-health-plans/', import.meta.url).pathname;
const CACHE = join(CACHE_DIR, 'brotli-sizes.json');

function readCache(): Record<string, number> {
  return existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, number>) : {};
}

/** Brotli size of `bytes` at `quality`; cached by SHA-256 so a rebuilt but identical file costs nothing. */
export async function brotliSize(bytes: Buffer, quality = 11): Promise<number> {
  const key = `${createHash('sha256').update(bytes).digest('hex')}-q${quality}`;
  const cached = readCache()[key];
  if (cached !== undefined) return cached;
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { brotliCompressSync, constants } = require('node:zlib');
    const b = Buffer.from(workerData.bytes);
    parentPort.postMessage(brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: workerData.quality, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length);`;
  const size = await new Promise<number>((ok, fail) => {
    const w = new Worker(code, { eval: true, workerData: { bytes, quality } });
    w.once('message', ok);
    w.once('error', fail);
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(CACHE, JSON.stringify({ ...readCache(), [key]: size }, null, 1));
  return size;
}
