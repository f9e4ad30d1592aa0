// Files the converters must refuse, made byte by byte: a password-protected PDF, a legacy Word .doc, an encrypted
// Office file, a zip that is not a Word document.
import { zipSync, strToU8 } from 'fflate';

/** A one-page PDF whose Standard security handler (RC4, revision 2) needs a user password that is not empty. */
export function passwordPdf(): Uint8Array {
  const hex = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(32, 11)}> /U <${hex(32, 99)}> >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16, 5)}> <${hex(16, 5)}>] >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The start of an OLE compound file (legacy .doc), optionally naming the EncryptedPackage stream of an encrypted .docx. */
export function oleFile(encrypted: boolean): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE_MAGIC, 0);
  const name = encrypted ? 'EncryptedPackage' : 'WordDocument';
  const utf16 = Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]);
  bytes.set(utf16, 1024);
  return bytes;
}

/** A zip archive holding a text file, as if renamed from .zip to .docx. */
export function plainZip(): Uint8Array {
  return zipSync({ 'notes.txt': strToU8('县域内就诊率达到90%以上。') });
}

/** A zip with the names of a .docx but XML that is not WordprocessingML. */
export function brokenDocx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8('not xml at all <<<'),
  });
}
