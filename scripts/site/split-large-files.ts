// Static hosts cap file size (Cloudflare Pages: 25 MiB); DuckDB's wasm is 34–39 MB. Files over the cap are
// published as numbered parts plus a small manifest, and src/lib/large-file.ts joins them in the browser.
export const PART_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export interface PartsManifest {
  /** Number of parts: `<file>.part0` … `<file>.part{n-1}`. */
  parts: number;
  /** Total bytes of the joined file. */
  bytes: number;
  /** Content type the joined file must be served as (wasm needs application/wasm to stream-compile). */
  type: string;
}

export function partRanges(size: number, partBytes = PART_BYTES): [number, number][] {
  const out: [number, number][] = [];
  for (let s = 0; s < size; s += partBytes) out.push([s, Math.min(size, s + partBytes)]);
  return out;
}

export function contentTypeOf(name: string): string {
  return name.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
}
