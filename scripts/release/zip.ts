// A reproducible zip: entries in name order, one fixed modification time, fixed compression level. Written by hand
// around Node's zlib (raw deflate, level 6): at hundreds of plans the release holds ~100 MB, which native zlib
// compresses about three times faster than fflate at level 9, and smaller. makeZipParts cuts the same entries into
// several complete zips when one would pass a host's file-size cap.
import { crc32, deflateRawSync } from 'node:zlib';

/** 1980-01-01 00:00 in local time: zip stores local DOS time, so a local-time Date gives the same bytes in every time zone. */
export const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

const LEVEL = 6;

/** An entry's bytes as the zip stores them: raw deflate at the zip's level. */
export const deflateEntry = (bytes: Uint8Array): Uint8Array => deflateRawSync(bytes, { level: LEVEL });

/** What else a deflated entry depends on: a cache of deflated bytes keys its entries by this. */
export const DEFLATE_STAMP = `zlib ${process.versions.zlib} raw level ${LEVEL}`;

/** How an entry is compressed: deflateEntry, or a cache in front of it (release-cache.ts) giving the same bytes. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;
/** Version 2.0 (deflate); made by Unix (3), so the external attributes carry the file mode. */
const VERSION = 20;
const MADE_BY = (3 << 8) | VERSION;
const FILE_MODE = (0o100644 << 16) >>> 0;
/** Bit 11: names are UTF-8. */
const UTF8 = 0x0800;

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** One entry compressed and framed: its local header, name and data, and its central-directory record (offset unset). */
interface Framed {
  local: Buffer;
  name: Buffer;
  data: Uint8Array;
  head: Buffer;
}

function frame(e: ZipEntry, folder: string, deflate: Deflate): Framed {
  const { time, date } = dosTime(FIXED_MTIME);
  const name = Buffer.from(`${folder}/${e.name}`, 'utf8');
  const deflated = deflate(e.bytes);
  // Stored when deflate does not help (tiny or already-compressed files, such as Parquet).
  const stored = deflated.length >= e.bytes.length;
  const data = stored ? e.bytes : deflated;
  const crc = crc32(e.bytes);
  const flags = /^[\x20-\x7e]*$/.test(name.toString('latin1')) ? 0 : UTF8;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(VERSION, 4);
  local.writeUInt16LE(flags, 6);
  local.writeUInt16LE(stored ? 0 : 8, 8);
  local.writeUInt16LE(time, 10);
  local.writeUInt16LE(date, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(e.bytes.length, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(0, 28);
  const head = Buffer.alloc(46);
  head.writeUInt32LE(0x02014b50, 0);
  head.writeUInt16LE(MADE_BY, 4);
  head.writeUInt16LE(VERSION, 6);
  head.writeUInt16LE(flags, 8);
  head.writeUInt16LE(stored ? 0 : 8, 10);
  head.writeUInt16LE(time, 12);
  head.writeUInt16LE(date, 14);
  head.writeUInt32LE(crc, 16);
  head.writeUInt32LE(data.length, 20);
  head.writeUInt32LE(e.bytes.length, 24);
  head.writeUInt16LE(name.length, 28);
  head.writeUInt32LE(FILE_MODE, 38);
  return { local, name, data, head };
}

/** Bytes an entry adds to a zip: local header, name and data, and its central record with the name again. */
const framedBytes = (f: Framed): number => f.local.length + 2 * f.name.length + f.data.length + f.head.length;
/** The end-of-central-directory record. */
const END_BYTES = 22;

function frameAll(entries: ZipEntry[], folder: string, deflate: Deflate): Framed[] {
  const names = entries.map((e) => e.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`zip: ${dup} listed twice`);
  return [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => frame(e, folder, deflate));
}

function assemble(framed: Framed[]): Uint8Array {
  if (framed.length > 0xffff) throw new Error(`zip: ${framed.length} files; more than 65,535 needs ZIP64`);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const f of framed) {
    const head = Buffer.from(f.head);
    head.writeUInt32LE(offset, 42);
    parts.push(f.local, f.name, f.data);
    central.push(head, f.name);
    offset += f.local.length + f.name.length + f.data.length;
    if (offset > 0xffffffff) throw new Error('zip: more than 4 GB needs ZIP64');
  }
  const cdSize = central.reduce((n, p) => n + p.length, 0);
  const end = Buffer.alloc(END_BYTES);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(framed.length, 8);
  end.writeUInt16LE(framed.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

export function makeZip(entries: ZipEntry[], folder: string, deflate: Deflate = deflateEntry): Uint8Array {
  return assemble(frameAll(entries, folder, deflate));
}

/**
 * The same entries as makeZip, in zips of at most `maxBytes` each: entries in name order, a new zip begun when the
 * next entry would pass the size. Each part is a complete zip under the same folder, so unzipping every part into
 * one place gives exactly what makeZip's single zip holds. One zip when everything fits; an entry larger than
 * `maxBytes` on its own gets a part of its own (the host cap check then names it: nothing is dropped).
 */
export function makeZipParts(
  entries: ZipEntry[],
  folder: string,
  maxBytes: number,
  deflate: Deflate = deflateEntry,
): Uint8Array[] {
  const groups: Framed[][] = [[]];
  let size = END_BYTES;
  for (const f of frameAll(entries, folder, deflate)) {
    const n = framedBytes(f);
    if (groups.at(-1)!.length > 0 && size + n > maxBytes) {
      groups.push([]);
      size = END_BYTES;
    }
    groups.at(-1)!.push(f);
    size += n;
  }
  return groups.map(assemble);
}
