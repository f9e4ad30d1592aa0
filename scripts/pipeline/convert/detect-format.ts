// Which converter a file needs: by extension, checked against the bytes; refuses what no converter reads.
import { zipEntries } from './zip-entries.ts';
import { ConvertError, type SourceFormat } from './types.ts';

/** Largest file accepted: 20 MiB. A 100-page plan PDF with embedded fonts is a few MB; Word files are smaller. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export const ACCEPTED_EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

const ACCEPTED_LIST = '.txt, .md, .html, .htm, .docx, .pdf';

/** Lower-case extension without the dot; '' when the name has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const ZIP = [0x50, 0x4b, 0x03, 0x04] as const;
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] as const; // %PDF-

/** Offset of `%PDF-` in the first 1024 bytes (some writers put junk before it), or -1. */
function pdfHeaderAt(bytes: Uint8Array): number {
  for (let i = 0; i < Math.min(bytes.length - 4, 1024); i++) if (startsWith(bytes, PDF, i)) return i;
  return -1;
}

/** UTF-16LE bytes of an ASCII name occur in the file (OLE directory entries store names that way). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

function oleProblem(bytes: Uint8Array): string {
  return hasUtf16Name(bytes, 'EncryptedPackage')
    ? 'password-protected (encrypted) Office file: open it in Word, remove the password and save it as .docx'
    : 'legacy Word .doc (OLE compound file), not .docx: open it in Word or WPS and save it as .docx';
}

function sizeText(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Refuse a file over MAX_INPUT_BYTES (a shell can check the size before reading the file). */
export function checkSize(fileName: string, byteLength: number): void {
  if (byteLength > MAX_INPUT_BYTES) {
    throw new ConvertError(
      fileName,
      `file is ${sizeText(byteLength)} (${byteLength} bytes), over the ${MAX_INPUT_BYTES / 2 ** 20} MB limit for one plan`,
    );
  }
}

/**
 * The format of a file, or a ConvertError naming the file and the problem: over the size limit, unsupported
 * extension, legacy/encrypted Word, a zip that is not a Word document, a .pdf without a PDF header, or content
 * of another format under a text extension. Empty and binary text is refused later by decodeText.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): SourceFormat {
  checkSize(fileName, bytes.length);
  const ext = extensionOf(fileName);
  if (ext === 'doc' || ext === 'wps') throw new ConvertError(fileName, oleProblem(bytes));
  const format = ACCEPTED_EXTENSIONS[ext];
  if (!format) {
    throw new ConvertError(
      fileName,
      `${ext ? `unsupported file type .${ext}` : 'no file extension'}: accepted are ${ACCEPTED_LIST}`,
    );
  }
  if (format !== 'txt' && format !== 'md' && bytes.length === 0) throw new ConvertError(fileName, 'file is empty');
  const isOle = startsWith(bytes, OLE);
  const isZip = startsWith(bytes, ZIP);
  const isPdf = pdfHeaderAt(bytes) >= 0;
  if (format === 'pdf') {
    if (!isPdf) throw new ConvertError(fileName, 'not a PDF: the file has no %PDF- header');
    return format;
  }
  if (format === 'docx') {
    if (isOle) throw new ConvertError(fileName, oleProblem(bytes));
    if (!isZip) throw new ConvertError(fileName, 'not a Word .docx file: it is not a zip (OOXML) package');
    const entries = zipEntries(bytes);
    if (!entries) throw new ConvertError(fileName, 'damaged .docx: the zip archive has no readable directory');
    const names = new Set(entries.map((e) => e.name));
    if (!names.has('word/document.xml') || !names.has('[Content_Types].xml')) {
      throw new ConvertError(fileName, 'a zip archive but not a Word document (no word/document.xml): renamed .docx?');
    }
    if (entries.some((e) => e.encrypted)) throw new ConvertError(fileName, 'the .docx package is encrypted');
    return format;
  }
  // Text and HTML: say so when the bytes are plainly another format.
  const actual = isPdf ? 'PDF' : isZip ? 'zip (e.g. .docx)' : isOle ? 'legacy Office (OLE)' : null;
  if (actual)
    throw new ConvertError(fileName, `the content is a ${actual} file, not ${format === 'html' ? 'HTML' : 'text'}`);
  return format;
}
