// Bytes of a text file to a string with TextDecoder only (browser-safe): UTF-8 with or without BOM, UTF-16 with
// BOM, GB18030/GBK detected when the bytes are not UTF-8; empty, binary and damaged files are refused.
import type { Note } from '../types.ts';
import { COMMON_HAN } from './common-han.ts';
import { ConvertError } from './types.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  /** UTF-8 input keeps a BOM as U+FEFF, so the text encoded as UTF-8 gives back the file's bytes. */
  text: string;
  encoding: TextEncoding;
  notes: Note[];
}

const HAN = /[\u4e00-\u9fff]/g;

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Share of C0 control characters other than tab, LF, FF, CR in the first 64 KiB: binary files have many. */
function looksBinary(bytes: Uint8Array): boolean {
  const len = Math.min(bytes.length, 65536);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) n++;
  }
  return n / len > 0.01;
}

/** Length of the valid UTF-8 sequence starting at i, or 0 when the byte cannot start one there. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
  if (need < 0) return 0;
  for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return need + 1;
}

/** Bad bytes, the first of them, and all non-ASCII bytes: mostly-valid UTF-8 is damaged UTF-8, not GBK. */
function utf8Damage(bytes: Uint8Array): { invalid: number; first: number; nonAscii: number } {
  let invalid = 0;
  let first = -1;
  let nonAscii = 0;
  for (let i = 0; i < bytes.length;) {
    const n = utf8SequenceAt(bytes, i);
    if (n === 0) {
      invalid++;
      nonAscii++;
      if (first < 0) first = i;
      i++;
    } else {
      if (n > 1) nonAscii += n;
      i += n;
    }
  }
  return { invalid, first, nonAscii };
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

function strictDecode(encoding: string, bytes: Uint8Array, ignoreBOM = false): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * GB18030 bytes that read as Chinese text: they decode without error, mostly into Han characters, and those
 * mostly common ones (Big5 bytes also decode as GB18030, into rare characters: 5% common against 80% for real text).
 */
function readsAsGb18030(bytes: Uint8Array): string | null {
  const text = strictDecode('gb18030', bytes);
  if (text === null) return null;
  const han = text.match(HAN) ?? [];
  const common = han.filter((c) => COMMON_HAN.has(c)).length;
  return han.length >= 20 && han.length / text.length > 0.3 && common / han.length >= 0.4 ? text : null;
}

function refuseBlank(fileName: string, text: string): void {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new ConvertError(fileName, 'file holds only white space', 1);
}

/**
 * Decode a .txt/.md file. UTF-16 needs a BOM; bytes that are not UTF-8 but read as GB18030 Chinese text are
 * transcoded with a `transcoded-gb18030` warning; anything else is refused naming file and line.
 */
export function decodeText(fileName: string, bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ConvertError(fileName, 'file is empty', 1);
  const utf16 = utf16Bom(bytes);
  if (utf16) {
    const text = strictDecode(utf16, bytes);
    if (text === null)
      throw new ConvertError(fileName, `not valid ${utf16.toUpperCase()} despite its byte-order mark`, 1);
    // eslint-disable-next-line no-control-regex -- C0 controls other than TAB, LF, VT, FF, CR mark a binary file.
    if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
      throw new ConvertError(fileName, 'file looks binary (control characters), not a text document', 1);
    }
    refuseBlank(fileName, text);
    const message = `file is ${utf16.toUpperCase()} (byte-order mark); transcoded to UTF-8 — offsets index the transcoded text`;
    return { text, encoding: utf16, notes: [{ severity: 'info', code: 'transcoded-utf16', where: fileName, message }] };
  }
  if (looksBinary(bytes)) {
    throw new ConvertError(fileName, 'file looks binary (NUL or control bytes), not a text document', 1);
  }
  const utf8 = strictDecode('utf-8', bytes, true);
  if (utf8 !== null) {
    refuseBlank(fileName, utf8);
    return { text: utf8, encoding: 'utf-8', notes: [] };
  }
  const damage = utf8Damage(bytes);
  const line = lineAtByte(bytes, damage.first);
  if (damage.invalid / Math.max(damage.nonAscii, 1) < 0.2) {
    throw new ConvertError(
      fileName,
      `not valid UTF-8: ${damage.invalid} bad byte(s), the first at byte ${damage.first} — the file looks damaged or truncated mid-character`,
      line,
    );
  }
  const gb = readsAsGb18030(bytes);
  if (gb === null) {
    throw new ConvertError(
      fileName,
      `not valid UTF-8 (first bad byte at offset ${damage.first}) and not GB18030 Chinese text`,
      line,
    );
  }
  refuseBlank(fileName, gb);
  const message = 'file is not UTF-8 but GB18030/GBK; transcoded to UTF-8 — offsets index the transcoded text';
  return {
    text: gb,
    encoding: 'gb18030',
    notes: [{ severity: 'warning', code: 'transcoded-gb18030', where: `${fileName}:${line}`, message }],
  };
}

/** Charset labels a page may declare, to the decoder that reads them (GB2312 and GBK are subsets of GB18030). */
export function decoderForCharset(label: string): TextEncoding | null {
  const l = label.trim().toLowerCase();
  if (['utf-8', 'utf8', 'unicode-1-1-utf-8'].includes(l)) return 'utf-8';
  if (['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'csgb2312', 'chinese', 'euc-cn', 'iso-ir-58'].includes(l)) {
    return 'gb18030';
  }
  if (['big5', 'big5-hkscs', 'cn-big5', 'x-x-big5'].includes(l)) return 'big5';
  return null;
}

/**
 * Decode bytes whose charset a container declares (an HTML page's meta charset). A BOM wins; a declared charset
 * the bytes do not satisfy, or none, falls back to decodeText's detection, with a note saying so.
 */
export function decodeDeclared(fileName: string, bytes: Uint8Array, declared: string | null): DecodedText {
  if (bytes.length === 0) throw new ConvertError(fileName, 'file is empty', 1);
  const hasBom = utf16Bom(bytes) !== null || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  const encoding = declared ? decoderForCharset(declared) : null;
  // Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page says (GBK text almost never validates as UTF-8).
  const utf8 = hasBom ? null : strictDecode('utf-8', bytes, true);
  const plainlyUtf8 = utf8 !== null && /[\u0080-\uffff]/.test(utf8);
  if (!hasBom && !plainlyUtf8 && encoding && encoding !== 'utf-8' && !looksBinary(bytes)) {
    const text = strictDecode(encoding, bytes);
    if (text !== null) {
      refuseBlank(fileName, text);
      const code = encoding === 'gb18030' ? 'transcoded-gb18030' : `transcoded-${encoding}`;
      const message = `page declares charset ${declared}; decoded as ${encoding.toUpperCase()} and transcoded to UTF-8`;
      return { text, encoding, notes: [{ severity: 'info', code, where: fileName, message }] };
    }
  }
  const decoded = decodeText(fileName, bytes);
  if (declared && !hasBom && encoding !== decoded.encoding) {
    const message = `page declares charset ${declared} but its bytes are ${decoded.encoding.toUpperCase()}; read as ${decoded.encoding.toUpperCase()}`;
    decoded.notes.push({ severity: 'warning', code: 'charset-mismatch', where: fileName, message });
  }
  return decoded;
}
