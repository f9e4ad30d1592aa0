// A reproducible zip: entries in name order, one fixed modification time, fixed compression level. Written by hand
// around Node's zlib (raw deflate, level 6): at hundreds of plans the release holds ~100 MB, which native zlib
// compresses about three times faster than fflate at level 9, and smaller.
import { crc32, deflateRawSync } from 'node:zlib';

/** 1980-01-01 00:00 in local time: zip stores local DOS time, so a local-time Date gives the same bytes in every time zone. */
export const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

const LEVEL = 6;
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

export function makeZip(entries: ZipEntry[], folder: string): Uint8Array {
  const names = entries.map((e) => e.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`zip: ${dup} listed twice`);
  if (entries.length > 0xffff) throw new Error(`zip: ${entries.length} files; more than 65,535 needs ZIP64`);
  const { time, date } = dosTime(FIXED_MTIME);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = Buffer.from(`${folder}/${e.name}`, 'utf8');
    const deflated = deflateRawSync(e.bytes, { level: LEVEL });
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
    head.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(head, name);
    offset += local.length + name.length + data.length;
    if (offset > 0xffffffff) throw new Error('zip: more than 4 GB needs ZIP64');
  }
  const cdSize = central.reduce((n, p) => n + p.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
