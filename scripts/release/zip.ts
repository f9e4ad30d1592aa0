// A reproducible zip: entries in name order, one fixed modification time, fixed compression level.
import { zipSync, type Zippable } from 'fflate';

/** 1980-01-01 00:00 in local time: zip stores local DOS time, so a local-time Date gives the same bytes in every time zone. */
export const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

export function makeZip(entries: ZipEntry[], folder: string): Uint8Array {
  const names = entries.map((e) => e.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`zip: ${dup} listed twice`);
  const tree: Zippable = {};
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    tree[`${folder}/${e.name}`] = [e.bytes, { mtime: FIXED_MTIME, level: 9, os: 3, attrs: 0o100644 << 16 }];
  }
  return zipSync(tree, { mtime: FIXED_MTIME });
}
