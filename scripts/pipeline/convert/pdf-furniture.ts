// Page furniture of a PDF: running headers and footers (lines repeated at the top or bottom of most pages) and
// page numbers (`- 3 -`, `第3页`, `3/12`), found by position and repetition and left out of the text.
import { lineText, type PdfLine } from './pdf-lines.ts';

export interface PageLines {
  /** Page box: left, bottom, right, top. */
  box: [number, number, number, number];
  lines: PdfLine[];
}

export interface FurnitureResult {
  pages: PageLines[];
  /** Distinct running header/footer texts removed. */
  repeated: string[];
  repeatedCount: number;
  pageNumbers: number;
}

/** Share of the page height, from the top and from the bottom, where headers, footers and page numbers stand. */
const ZONE = 0.12;
/** How many lines at each end of a page are candidates. */
const EDGE_LINES = 2;

const PAGE_NUMBER = [
  /^[-－—–~·•]*\d{1,4}[-－—–~·•]*$/,
  /^第\d{1,4}页(?:[,，/／]?共\d{1,4}页)?$/,
  /^\d{1,4}[/／]\d{1,4}$/,
  /^page\d{1,4}(?:of\d{1,4})?$/i,
  /^[-－—–]+[一二三四五六七八九十百零〇]+[-－—–]+$/,
];

export function isPageNumber(text: string): boolean {
  const t = text.replace(/[\s\u3000]/g, '');
  return PAGE_NUMBER.some((re) => re.test(t));
}

/** Lines at either end of a page that stand in the top or bottom zone. */
function edgeLines(page: PageLines): PdfLine[] {
  const [, bottom, , top] = page.box;
  const h = top - bottom || 1;
  const inZone = (l: PdfLine) => l.y > top - ZONE * h || l.y < bottom + ZONE * h;
  const n = page.lines.length;
  const edges = page.lines.filter((_, i) => i < EDGE_LINES || i >= n - EDGE_LINES);
  return edges.filter(inZone);
}

function keyOf(line: PdfLine): string {
  return lineText(line)
    .replace(/[\s\u3000]/g, '')
    .replace(/\d+/g, '#');
}

function medianSize(pages: PageLines[]): number {
  const sizes = pages.flatMap((p) => p.lines.filter((l) => l.cells.length === 1).map((l) => l.size));
  sizes.sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

/**
 * A first or last line set apart in a smaller font than the body (a header or footer on a one-page document,
 * where repetition cannot tell).
 */
function isolatedSmall(page: PageLines, line: PdfLine, em: number): boolean {
  const i = page.lines.indexOf(line);
  const neighbour = i === 0 ? page.lines[1] : i === page.lines.length - 1 ? page.lines[i - 1] : undefined;
  if (!neighbour || line.cells.length !== 1 || line.size >= 0.8 * em) return false;
  return Math.abs(line.y - neighbour.y) > 2 * Math.max(neighbour.size, line.size);
}

export function removeFurniture(pages: PageLines[]): FurnitureResult {
  const withText = pages.filter((p) => p.lines.length > 0).length;
  const em = medianSize(pages);
  const pagesPerKey = new Map<string, number>();
  for (const page of pages) {
    // A table row repeated at page tops is a repeated table header, kept (the segmenter merges it).
    const keys = edgeLines(page)
      .filter((l) => l.cells.length === 1)
      .map(keyOf);
    for (const key of new Set(keys)) pagesPerKey.set(key, (pagesPerKey.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(0.4 * withText));
  const repeatedKeys = new Set([...pagesPerKey].filter(([, n]) => n >= needed).map(([k]) => k));
  const repeated = new Set<string>();
  let repeatedCount = 0;
  let pageNumbers = 0;
  const out = pages.map((page) => {
    const drop = new Set<PdfLine>();
    for (const line of edgeLines(page)) {
      if (isPageNumber(lineText(line))) {
        drop.add(line);
        pageNumbers++;
      } else if ((line.cells.length === 1 && repeatedKeys.has(keyOf(line))) || isolatedSmall(page, line, em)) {
        drop.add(line);
        repeated.add(lineText(line));
        repeatedCount++;
      }
    }
    return { box: page.box, lines: page.lines.filter((l) => !drop.has(l)) };
  });
  return { pages: out, repeated: [...repeated], repeatedCount, pageNumbers };
}
