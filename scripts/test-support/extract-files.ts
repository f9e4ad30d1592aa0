// Files for the /extract/ e2e tests (e2e/extract*.e2e.ts), made when the tests start (nothing binary committed): a
// hand-written plan (scripts/pipeline/fixtures/plans/) as .txt, .docx and a Chromium-printed .pdf, a PDF whose Chinese
// font is not embedded (pdf.js needs the site's CMaps to read it), and the bad files every converter must refuse.
import { readFileSync } from 'node:fs';
import { oleFile, passwordPdf, plainZip } from './bad-files.ts';
import { fixturePath } from './corpus.ts';
import { printPlanPdfs } from './pdf-fixtures.ts';
import { planToDocx } from '../measure/plan-formats.ts';

export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const file = (name: string, mimeType: string, bytes: Uint8Array | string): TestFile => ({
  name,
  mimeType,
  buffer: Buffer.from(bytes),
});

/** The PDF objects with a correct cross-reference table. */
function pdfOf(objects: string[]): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * One A4 page of text lines in Adobe's STSong-Light, not embedded, encoded UniGB-UCS2-H (as older Chinese PDF
 * writers do): the glyph codes are UCS-2, and pdf.js reads them only with the CMaps UniGB-UCS2-H and Adobe-GB1-UCS2.
 */
export function cidFontPdf(lines: string[]): Buffer {
  const hex = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase();
  const text = lines.map((l, i) => `${i === 0 ? '72 770 Td' : '0 -24 Td'} <${hex(l)}> Tj`).join('\n');
  const content = `BT /F1 12 Tf\n${text}\nET`;
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

/** The plan every format test uses (a county plan with a notice, targets in prose and in a table). */
export const PLAN_ID = 'formats-county-f';

export interface ExtractFiles {
  txt: TestFile;
  docx: TestFile;
  pdf: TestFile;
  /** A short plan in a PDF whose font is not embedded. */
  cidPdf: TestFile;
  /** Each bad file with the problem the page must name. */
  bad: { file: TestFile; problem: RegExp }[];
}

export async function makeExtractFiles(): Promise<ExtractFiles> {
  const txt = readFileSync(fixturePath(`${PLAN_ID}.txt`));
  const { plans, scanned } = await printPlanPdfs([PLAN_ID]);
  return {
    txt: file(`${PLAN_ID}.txt`, 'text/plain', txt),
    docx: file(
      `${PLAN_ID}.docx`,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      await planToDocx(txt.toString('utf8')),
    ),
    pdf: file(`${PLAN_ID}.pdf`, 'application/pdf', plans.get(PLAN_ID)!),
    cidPdf: file(
      'cid-font.pdf',
      'application/pdf',
      cidFontPdf([
        '青溪县医疗卫生共同体建设方案',
        '一、总体目标',
        '到2025年，县域内就诊率达到90%以上。',
        '二、保障措施',
        '加强组织领导，落实各项任务。',
      ]),
    ),
    bad: [
      { file: file('scanned.pdf', 'application/pdf', scanned), problem: /scanned\.pdf: no text layer: a scanned PDF/ },
      { file: file('locked.pdf', 'application/pdf', passwordPdf()), problem: /locked\.pdf: password-protected PDF/ },
      { file: file('old.doc', 'application/msword', oleFile(false)), problem: /old\.doc: legacy Word \.doc/ },
      {
        file: file('archive.docx', 'application/octet-stream', plainZip()),
        problem: /archive\.docx: a zip archive but not a Word document/,
      },
      {
        file: file('huge.pdf', 'application/pdf', new Uint8Array(20 * 2 ** 20 + 1)),
        problem: /huge\.pdf: file is 20\.0 MB \(20971521 bytes\), over the 20 MB limit/,
      },
      {
        file: file('table.xlsx', 'application/octet-stream', 'x'),
        problem: /table\.xlsx: unsupported file type \.xlsx/,
      },
      {
        file: file('english.txt', 'text/plain', '1. Goals\n2. Reach 90% by 2025.\n'),
        problem: /english\.txt: no Chinese text/,
      },
      { file: file('empty.txt', 'text/plain', ''), problem: /empty\.txt:1: file is empty/ },
    ],
  };
}
