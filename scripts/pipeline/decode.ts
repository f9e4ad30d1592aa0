// Bytes to a JavaScript string, refusing anything that is not a plan we can trust to parse: empty, white space only,
// binary, damaged or undecodable bytes, and text without any Chinese.
import type { Note } from './types.ts';

export class InputError extends Error {
  readonly where: string;
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = 'InputError';
    this.where = where;
  }
}

export interface Decoded {
  /** The decoded text; a UTF-8 BOM is kept as U+FEFF so offsets match the file read as UTF-8. */
  raw: string;
  encoding: 'utf-8' | 'gb18030';
  notes: Note[];
}

const CJK = /[\u4e00-\u9fff]/g;

/** Han characters (CJK unified ideographs, extension A, compatibility ideographs): a Chinese text has some. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** A text without a single Chinese character is not a Chinese plan, whatever its layout. */
function requireChinese(fileName: string, raw: string): void {
  if (!HAN.test(raw)) throw new InputError(`${fileName}:1`, 'no Chinese text at all: not a Chinese plan');
}

/** Share of C0 control characters other than tab, CR, LF, FF: binary files have many. */
function controlShare(bytes: Uint8Array): number {
  let n = 0;
  const len = Math.min(bytes.length, 65536);
  for (let i = 0; i < len; i++) {
    const b = bytes[i] ?? 0;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) n++;
  }
  return len === 0 ? 0 : n / len;
}

/**
 * Decode UTF-8 (with or without BOM). Bytes that are not UTF-8 but decode as GB18030 into Chinese text are
 * transcoded with a warning note (offsets then index the transcoded text); anything else is refused.
 */
export function decodeBytes(fileName: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError(`${fileName}:1`, 'file is empty');
  if (bytes.includes(0) || controlShare(bytes) > 0.01) {
    throw new InputError(`${fileName}:1`, 'file looks binary (NUL or control bytes), not a text document');
  }
  try {
    const raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (raw.replace(/^\uFEFF/, '').trim() === '') throw new InputError(`${fileName}:1`, 'file holds only white space');
    requireChinese(fileName, raw);
    return { raw, encoding: 'utf-8', notes: [] };
  } catch (err) {
    if (err instanceof InputError) throw err;
  }
  const firstBad = firstInvalidUtf8(bytes);
  const line = lineAtByte(bytes, firstBad);
  // Mostly valid UTF-8 with a few bad bytes is a damaged UTF-8 file, not GBK: refuse rather than make mojibake.
  const { invalid, nonAscii } = utf8Damage(bytes);
  if (invalid / Math.max(nonAscii, 1) < 0.2) {
    throw new InputError(
      `${fileName}:${line}`,
      `not valid UTF-8: ${invalid} bad byte(s), the first at byte ${firstBad} — the file looks damaged or truncated mid-character`,
    );
  }
  // The WHATWG GB18030 decoder (as in every browser): no Node Buffer, so this stage runs in a Web Worker too.
  const gb = new TextDecoder('gb18030').decode(bytes);
  const cjk = (gb.match(CJK) ?? []).length;
  const replacement = (gb.match(/\uFFFD/g) ?? []).length;
  if (cjk >= 20 && replacement === 0 && cjk / gb.length > 0.3) {
    return {
      raw: gb,
      encoding: 'gb18030',
      notes: [
        {
          severity: 'warning',
          code: 'transcoded-gb18030',
          where: `${fileName}:${line}`,
          message: 'file is not UTF-8 but GB18030/GBK; transcoded to UTF-8 — offsets index the transcoded text',
        },
      ],
    };
  }
  throw new InputError(
    `${fileName}:${line}`,
    `not valid UTF-8 (first bad byte at offset ${firstBad}) and not GB18030 Chinese text`,
  );
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Bytes that cannot start or continue a UTF-8 sequence, against all non-ASCII bytes. */
function utf8Damage(bytes: Uint8Array): { invalid: number; nonAscii: number } {
  let invalid = 0;
  let nonAscii = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b >= 0x80) nonAscii++;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    let ok = need >= 0;
    for (let k = 1; ok && k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
    if (!ok) {
      invalid++;
      i++;
      continue;
    }
    nonAscii += need;
    i += need + 1;
  }
  return { invalid, nonAscii };
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
