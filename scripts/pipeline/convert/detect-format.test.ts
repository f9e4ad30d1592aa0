// Which converter a file gets, and the files no converter reads: each refused naming the file and the problem.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { oleFile, passwordPdf, plainZip } from '../../test-support/bad-files.ts';
import { detectFormat, extensionOf, MAX_INPUT_BYTES } from './detect-format.ts';
import { zipEntries } from './zip-entries.ts';

const text = strToU8('一、总体目标\n');
const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });

describe('detectFormat', () => {
  it.each([
    ['plan.txt', text, 'txt'],
    ['PLAN.TXT', text, 'txt'],
    ['plan.md', text, 'md'],
    ['page.htm', text, 'html'],
    ['page.html', text, 'html'],
    ['plan.docx', docx, 'docx'],
    ['plan.pdf', passwordPdf(), 'pdf'],
    ['dir.v2/plan.pdf', passwordPdf(), 'pdf'],
  ])('%s is %s', (name, bytes, format) => {
    expect(detectFormat(name, bytes)).toBe(format);
  });

  it.each([
    [
      'plan.rtf',
      text,
      /^plan\.rtf: unsupported file type \.rtf: accepted are \.txt, \.md, \.html, \.htm, \.docx, \.pdf$/,
    ],
    ['plan.xlsx', docx, /^plan\.xlsx: unsupported file type \.xlsx/],
    ['README', text, /^README: no file extension/],
    ['old.doc', oleFile(false), /^old\.doc: legacy Word \.doc \(OLE compound file\)/],
    ['old.docx', oleFile(false), /^old\.docx: legacy Word \.doc \(OLE compound file\), not \.docx/],
    ['locked.docx', oleFile(true), /^locked\.docx: password-protected \(encrypted\) Office file/],
    ['archive.docx', plainZip(), /^archive\.docx: a zip archive but not a Word document \(no word\/document\.xml\)/],
    ['notes.docx', text, /^notes\.docx: not a Word \.docx file: it is not a zip/],
    ['cut.docx', docx.subarray(0, 40), /^cut\.docx: damaged \.docx: the zip archive has no readable directory/],
    ['scan.pdf', strToU8('<html>'), /^scan\.pdf: not a PDF: the file has no %PDF- header/],
    ['empty.pdf', new Uint8Array(), /^empty\.pdf: file is empty/],
    ['plan.txt', passwordPdf(), /^plan\.txt: the content is a PDF file, not text/],
    ['page.html', docx, /^page\.html: the content is a zip \(e\.g\. \.docx\) file, not HTML/],
  ])('%s is refused', (name, bytes, message) => {
    expect(() => detectFormat(name, bytes)).toThrow(message);
  });

  it('refuses a file over the 20 MB limit, whatever its type', () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1);
    expect(MAX_INPUT_BYTES).toBe(20 * 1024 * 1024);
    expect(() => detectFormat('big.pdf', big)).toThrow(
      /^big\.pdf: file is 20\.0 MB \(20971521 bytes\), over the 20 MB limit for one plan$/,
    );
    expect(() => detectFormat('big.txt', new Uint8Array(MAX_INPUT_BYTES))).not.toThrow();
  });

  it('reads a zip directory (names and the encryption flag)', () => {
    expect(zipEntries(docx)?.map((e) => e.name)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(zipEntries(text)).toBeNull();
  });

  it('names extensions without the dot, lower-case', () => {
    expect([extensionOf('a.PDF'), extensionOf('a'), extensionOf('.bashrc'), extensionOf('c:\\x.y\\plan.Docx')]).toEqual(
      ['pdf', '', '', 'docx'],
    );
  });
});
