// SHA-256 facts about written bytes, and the SHA256SUMS text that `sha256sum -c` reads.
import { createHash } from 'node:crypto';
import type { FileFact } from './datapackage.ts';

export function factOf(path: string, bytes: Uint8Array): FileFact {
  return { path, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** GNU coreutils format: `<hex>  <name>` (two spaces = text mode), sorted by name. */
export function sha256Sums(facts: FileFact[]): string {
  return [...facts]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('');
}

export function parseSha256Sums(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new Error(`SHA256SUMS: bad line ${JSON.stringify(line)}`);
    out[m[2]!] = m[1]!;
  }
  return out;
}
