// Static hosts cap file size (Cloudflare Pages: 25 MiB); DuckDB's wasm is 34–39 MB. Files over the cap are
// published as parts plus a manifest (layout: src/lib/large-file-layout.ts), and src/lib/large-file.ts joins them
// in the browser. The manifest also carries each part's SHA-256 (a resumed download is checked) and the bytes on
// the wire when a host compresses them (the explorer's progress counts in those).
import { createHash } from 'node:crypto';
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
): { parts: { name: string; bytes: Uint8Array }[]; manifest: PartsManifest } {
  const parts = partRanges(bytes.length).map(([a, b], i) => ({ name: partName(name, i), bytes: bytes.subarray(a, b) }));
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
