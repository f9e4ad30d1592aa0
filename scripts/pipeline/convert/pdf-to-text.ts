// A PDF with a text layer to the canonical text: lines in reading order, page furniture removed, lines rejoined
// across line and page breaks, radical code points folded. Scanned and password-protected files are refused.
import type { Note } from '../types.ts';
import type { PdfEngine, PdfPage } from './pdf-engine.ts';
import { removeFurniture, type PageLines } from './pdf-furniture.ts';
import { pageLines, type PdfLine } from './pdf-lines.ts';
import { joinLines, layoutOf } from './pdf-paragraphs.ts';
import { foldRadicals, foldRadicalsWithNotes } from './radicals.ts';
import { ConvertError, fileNote, type ConvertResult } from './types.ts';

async function readPages(
  fileName: string,
  bytes: Uint8Array,
  engine: PdfEngine,
  onProgress?: (done: number, total: number) => void,
): Promise<PdfPage[]> {
  try {
    return await engine.readPages(bytes, onProgress);
  } catch (err) {
    const e = err as { name?: string; message?: string };
    if (e.name === 'PasswordException') {
      throw new ConvertError(fileName, 'password-protected PDF: open it, remove the password and save it again');
    }
    throw new ConvertError(fileName, `damaged PDF, could not be read: ${e.message ?? String(err)}`);
  }
}

function pageList(numbers: number[]): string {
  return numbers.length > 10 ? `${numbers.slice(0, 10).join(', ')} … (${numbers.length} pages)` : numbers.join(', ');
}

/** Paragraphs of all pages; margins are measured separately for each page width (portrait and landscape). */
function paragraphsOf(pages: PageLines[]): ReturnType<typeof joinLines> {
  const byWidth = new Map<number, { box: PageLines['box']; lines: PdfLine[] }>();
  for (const p of pages) {
    const w = Math.round(p.box[2] - p.box[0]);
    const group = byWidth.get(w) ?? { box: p.box, lines: [] };
    group.lines.push(...p.lines);
    byWidth.set(w, group);
  }
  const layouts = new Map([...byWidth].map(([w, g]) => [w, layoutOf(g.lines, g.box)]));
  const lines = pages.flatMap((p) => p.lines);
  const widthOfPage = new Map(pages.flatMap((p) => p.lines.map((l) => [l.page, Math.round(p.box[2] - p.box[0])])));
  // One layout per run of same-width pages: join within the run, then concatenate.
  const runs: PdfLine[][] = [];
  for (const l of lines) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && widthOfPage.get(last.page) === widthOfPage.get(l.page)) run.push(l);
    else runs.push([l]);
  }
  const out = { paragraphs: [] as string[], joins: 0, pageJoins: 0 };
  for (const run of runs) {
    const layout = layouts.get(widthOfPage.get((run[0] as PdfLine).page) ?? 0);
    const r = joinLines(run, layout);
    out.paragraphs.push(...r.paragraphs);
    out.joins += r.joins;
    out.pageJoins += r.pageJoins;
  }
  return out;
}

/** Fonts draw —— as one ligature glyph that text layers map to U+2E3A TWO-EM DASH (U+2E3B for ———). */
function unligateDashes(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(/[\u2e3a\u2e3b]/g, (ch) => {
    count++;
    return ch === '\u2e3a' ? '\u2014\u2014' : '\u2014\u2014\u2014';
  });
  return { text: out, count };
}

/** Convert a PDF (already checked to start with %PDF-) through an injected engine (pdf.js). */
export async function pdfToText(
  fileName: string,
  bytes: Uint8Array,
  engine: PdfEngine,
  onProgress?: (done: number, total: number) => void,
): Promise<ConvertResult> {
  const pages = await readPages(fileName, bytes, engine, onProgress);
  if (pages.length === 0) throw new ConvertError(fileName, 'the PDF has no pages');
  const read = pages.map((p) => ({ page: p, ...pageLines(p) }));
  const empty = read.filter((r) => r.lines.length === 0).map((r) => r.page.number);
  if (empty.length === pages.length) {
    throw new ConvertError(
      fileName,
      `no text layer: a scanned PDF (${pages.length} page(s) of images only) — run OCR on it first, then convert the result`,
    );
  }
  const notes: Note[] = [];
  if (empty.length > 0) {
    notes.push(
      fileNote(
        fileName,
        'warning',
        'pdf-pages-without-text',
        `page(s) ${pageList(empty)} have no text layer (scanned?): their text is missing`,
      ),
    );
  }
  const rotated = read.reduce((n, r) => n + r.rotated, 0);
  if (rotated > 0) {
    notes.push(
      fileNote(
        fileName,
        'info',
        'pdf-rotated-text-skipped',
        `${rotated} rotated or vertical text run(s) (watermarks, stamps) left out`,
      ),
    );
  }
  const furniture = removeFurniture(read.map((r) => ({ box: r.page.box, lines: r.lines })));
  if (furniture.repeatedCount > 0) {
    const shown = foldRadicals(furniture.repeated.slice(0, 3).join(' | ')).text;
    notes.push(
      fileNote(
        fileName,
        'info',
        'pdf-header-removed',
        `${furniture.repeatedCount} running header/footer line(s) removed: ${shown}`,
      ),
    );
  }
  if (furniture.pageNumbers > 0) {
    notes.push(
      fileNote(fileName, 'info', 'pdf-page-number-removed', `${furniture.pageNumbers} page number line(s) removed`),
    );
  }
  const joined = paragraphsOf(furniture.pages);
  if (joined.joins > 0) {
    notes.push(
      fileNote(
        fileName,
        'info',
        'pdf-lines-joined',
        `${joined.joins} line break(s) inside paragraphs removed, ${joined.pageJoins} of them at a page break`,
      ),
    );
  }
  const dashes = unligateDashes(`${joined.paragraphs.join('\n')}\n`);
  if (dashes.count > 0) {
    notes.push(
      fileNote(
        fileName,
        'info',
        'pdf-dash-ligature',
        `${dashes.count} two- or three-em dash ligature(s) (⸺ ⸻) written as —— / ———`,
      ),
    );
  }
  const folded = foldRadicalsWithNotes(fileName, dashes.text);
  return { text: folded.text, format: 'pdf', notes: [...notes, ...folded.notes], pageMetadata: [] };
}
