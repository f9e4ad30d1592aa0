// The names of the entries of a zip archive, read from its central directory (no decompression).

export interface ZipEntry {
  name: string;
  /** General-purpose flag bit 0: the entry is encrypted. */
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Entries of a zip archive; null when the bytes are not a readable zip (no end record, damaged directory). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  // The end-of-central-directory record is in the last 22 + 65535 bytes (it may end with a comment).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  if (count < 0 || at < 0 || at >= bytes.length) return null;
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (u32(at) !== CENTRAL) return null;
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const end = at + 46 + nameLength;
    if (nameLength < 0 || end > bytes.length) return null;
    entries.push({ name: names.decode(bytes.subarray(at + 46, end)), encrypted: (flags & 1) === 1 });
    at = end + extraLength + commentLength;
  }
  return entries;
}
