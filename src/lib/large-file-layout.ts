// How a build asset too large for static hosts is published: equal parts under the cap, each named with the asset's
// own extension (duckdb-eh.<hash>.part0.wasm) so every host gives it the right content type — and compresses it —
// plus `<asset>.parts.json`. Written by scripts/post-build.ts, read by src/lib/large-file.ts. Pure.

/** Cloudflare Pages refuses files over 25 MiB; other hosts have similar caps. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Parts are at most this large (and as equal as possible). */
export const PART_BYTES = 20 * 1024 * 1024;

export interface PartsManifest {
  version: 2;
  /** Bytes of the joined file. */
  bytes: number;
  /** Content type of the joined file (wasm needs application/wasm to stream-compile). */
  type: string;
  /** The parts in order: file name (beside the manifest), bytes, SHA-256 (hex). */
  parts: { name: string; bytes: number; sha256: string }[];
  /**
   * Bytes on the wire, summed over the parts, as a host compressing on the fly sends them (computed at build time:
   * src/lib/site-data/engine.ts); the key is the Content-Encoding.
   */
  transfer: { br: number; gzip: number; identity: number };
}

/** [start, end) of each part: as few parts as the cap allows, of equal size (the last one may be a byte shorter). */
export function partRanges(size: number, partBytes = PART_BYTES): [number, number][] {
  const count = Math.ceil(size / partBytes);
  const out: [number, number][] = [];
  for (let i = 0; i < count; i++) out.push([Math.round((i * size) / count), Math.round(((i + 1) * size) / count)]);
  return out;
}

/** `duckdb-eh.abc.wasm` → `duckdb-eh.abc.part0.wasm` (the extension kept last). */
export function partName(file: string, index: number): string {
  const m = /^(.*?)(\.[A-Za-z0-9]+)?$/.exec(file)!;
  return `${m[1]}.part${index}${m[2] ?? ''}`;
}

export function contentTypeOf(name: string): string {
  return name.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
}
