// What the PDF converter needs of a PDF library: each page's size and its positioned text runs. The shell provides
// it over pdf.js (Node: the legacy build with file paths for CMaps and fonts; browser: the normal build with a
// self-hosted worker, CMaps and standard fonts served by the site).

/** One run of text at a position, in PDF user space (y grows upwards). */
export interface PdfTextRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size (height of the em square). */
  size: number;
  /** Set when the run is rotated or skewed (watermarks, vertical text): not part of the reading flow. */
  rotated: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  /** Page box: left, bottom, right, top. */
  box: [number, number, number, number];
  runs: PdfTextRun[];
}

export interface PdfEngine {
  /** Every page's text; rejects with an error named `PasswordException` for a password-protected file. */
  readPages(bytes: Uint8Array, onPage?: (done: number, total: number) => void): Promise<PdfPage[]>;
}

/** The part of pdf.js used (`pdfjs-dist/legacy/build/pdf.mjs` in Node, `pdfjs-dist/build/pdf.mjs` in a browser). */
export interface PdfjsLike {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
}
interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<{
    view: number[];
    getTextContent(params?: Record<string, unknown>): Promise<{ items: unknown[] }>;
    cleanup(): unknown;
  }>;
}

export interface PdfjsOptions {
  /** Directory (Node: file path; browser: URL) of pdf.js's `cmaps/`, ending in `/`. */
  cMapUrl: string;
  /** Directory of pdf.js's `standard_fonts/`, ending in `/`. */
  standardFontDataUrl: string;
  /** Anything else for getDocument (e.g. `worker` in a browser). */
  extra?: Record<string, unknown>;
}

function runOf(item: unknown): PdfTextRun | null {
  const it = item as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
  if (typeof it.str !== 'string' || !Array.isArray(it.transform)) return null;
  const [a, b, c, d, e, f] = (it.transform as number[]).map(Number) as [number, number, number, number, number, number];
  const size = Math.hypot(c, d) || Number(it.height) || 0;
  return {
    text: it.str,
    x: e,
    y: f,
    width: Number(it.width) || 0,
    size,
    rotated: Math.abs(b) > 1e-3 * Math.abs(a) + 1e-6 || Math.abs(c) > 1e-3 * Math.abs(d) + 1e-6 || a < 0,
  };
}

/** A PdfEngine over pdf.js; the bytes are copied (pdf.js transfers its input to its worker). */
export function pdfEngineFromPdfjs(pdfjs: PdfjsLike, options: PdfjsOptions): PdfEngine {
  return {
    async readPages(bytes, onPage) {
      const task = pdfjs.getDocument({
        data: bytes.slice(),
        cMapUrl: options.cMapUrl,
        cMapPacked: true,
        standardFontDataUrl: options.standardFontDataUrl,
        isEvalSupported: false,
        useSystemFonts: false,
        disableFontFace: true,
        verbosity: 0,
        ...options.extra,
      });
      try {
        const doc = await task.promise;
        const pages: PdfPage[] = [];
        for (let n = 1; n <= doc.numPages; n++) {
          const page = await doc.getPage(n);
          const content = await page.getTextContent();
          const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
          pages.push({ number: n, box: [x0, y0, x1, y1], runs: content.items.map(runOf).filter((r) => r !== null) });
          page.cleanup();
          onPage?.(n, doc.numPages);
        }
        return pages;
      } finally {
        await task.destroy();
      }
    },
  };
}
