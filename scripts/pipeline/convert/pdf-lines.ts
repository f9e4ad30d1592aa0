// One PDF page's text runs to lines in reading order (top to bottom, then left to right), with table cells
// (runs separated by a wide gap) kept apart, so a table row becomes tab-separated cells.
import type { PdfPage, PdfTextRun } from './pdf-engine.ts';

export interface PdfCell {
  text: string;
  x0: number;
  x1: number;
}

export interface PdfLine {
  page: number;
  /** Baseline of the line (of its last merged row for a table row with wrapped cells). */
  y: number;
  x0: number;
  x1: number;
  /** Largest font size on the line. */
  size: number;
  cells: PdfCell[];
}

export function lineText(line: PdfLine): string {
  return line.cells.map((c) => c.text).join('\t');
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;
/** Gap, in ems, from which two runs are different cells (0.5 em between CJK runs, 1.5 em between Latin words). */
const CELL_GAP_EM = 0.5;
const CELL_GAP_LATIN_EM = 1.5;
const WORD_GAP_EM = 0.2;

/** Runs drawn twice a hair apart (simulated bold) count once. */
function withoutOverprint(runs: PdfTextRun[]): PdfTextRun[] {
  const kept: PdfTextRun[] = [];
  for (const r of runs) {
    const twin = kept.some(
      (k) => k.text === r.text && Math.abs(k.x - r.x) < 0.2 * r.size && Math.abs(k.y - r.y) < 0.2 * r.size,
    );
    if (!twin) kept.push(r);
  }
  return kept;
}

function cellsOf(runs: PdfTextRun[]): PdfCell[] {
  const cells: PdfCell[] = [];
  let prev: PdfTextRun | null = null;
  for (const r of runs) {
    const cell = cells[cells.length - 1];
    if (!prev || !cell) {
      cells.push({ text: r.text, x0: r.x, x1: r.x + r.width });
    } else {
      const gap = r.x - (prev.x + prev.width);
      const em = Math.max(r.size, prev.size);
      const latin = LATIN_END.test(cell.text) && LATIN_START.test(r.text);
      if (gap > (latin ? CELL_GAP_LATIN_EM : CELL_GAP_EM) * em) {
        cells.push({ text: r.text, x0: r.x, x1: r.x + r.width });
      } else {
        cell.text += latin && gap > WORD_GAP_EM * em && !cell.text.endsWith(' ') ? ` ${r.text}` : r.text;
        cell.x1 = Math.max(cell.x1, r.x + r.width);
      }
    }
    prev = r;
  }
  for (const c of cells) c.text = c.text.replace(/^[ \u00a0]+|[ \u00a0]+$/g, '');
  const nonEmpty = cells.filter((c) => c.text !== '');
  // Characters spread across the line (Word's distributed alignment) are one text, not a row of cells.
  if (nonEmpty.length >= 2 && nonEmpty.every((c) => c.text.length <= 2 && /^[\u3400-\u9fff]+$/.test(c.text))) {
    const first = nonEmpty[0] as PdfCell;
    const last = nonEmpty[nonEmpty.length - 1] as PdfCell;
    return [{ text: nonEmpty.map((c) => c.text).join(''), x0: first.x0, x1: last.x1 }];
  }
  return nonEmpty;
}

/** Lines of a page in reading order; rotated runs (watermarks, vertical text) are counted, not read. */
export function pageLines(page: PdfPage): { lines: PdfLine[]; rotated: number } {
  const upright = page.runs.filter((r) => !r.rotated && r.text.trim() !== '');
  const rotated = page.runs.filter((r) => r.rotated && r.text.trim() !== '').length;
  const runs = withoutOverprint(upright).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextRun[][] = [];
  for (const r of runs) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    if (group && head && Math.abs(head.y - r.y) <= 0.5 * Math.min(head.size, r.size)) group.push(r);
    else groups.push([r]);
  }
  const lines: PdfLine[] = [];
  for (const g of groups) {
    const sorted = g.sort((a, b) => a.x - b.x);
    const cells = cellsOf(sorted);
    const first = cells[0];
    const last = cells[cells.length - 1];
    if (!first || !last) continue;
    lines.push({
      page: page.number,
      y: Math.max(...g.map((r) => r.y)),
      x0: first.x0,
      x1: last.x1,
      size: Math.max(...g.map((r) => r.size)),
      cells,
    });
  }
  return { lines: mergeWrappedCells(lines), rotated };
}

/**
 * A table row whose cells wrap continues on the next lines inside its columns (never in the first column, where
 * row numbers stand): fold those lines into the row's cells.
 */
export function mergeWrappedCells(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const line of lines) {
    const row = out[out.length - 1];
    if (row && row.cells.length >= 2 && continuesRow(row, line)) {
      for (const c of line.cells) {
        const k = columnOf(row, c);
        const cell = row.cells[k] as PdfCell;
        cell.text += (LATIN_END.test(cell.text) && LATIN_START.test(c.text) ? ' ' : '') + c.text;
        cell.x1 = Math.max(cell.x1, c.x1);
      }
      row.y = line.y;
      continue;
    }
    out.push(line);
  }
  return out;
}

function columnOf(row: PdfLine, c: PdfCell): number {
  const em = row.size;
  let k = 0;
  for (let i = 0; i < row.cells.length; i++) if (c.x0 >= (row.cells[i] as PdfCell).x0 - 0.5 * em) k = i;
  return k;
}

function continuesRow(row: PdfLine, line: PdfLine): boolean {
  const em = row.size;
  if (line.size > row.size * 1.15 || row.y - line.y > 1.6 * em) return false;
  if (line.cells.length >= row.cells.length) return false;
  const second = row.cells[1] as PdfCell;
  if (line.x0 < second.x0 - 0.5 * em) return false;
  const used = line.cells.map((c) => columnOf(row, c));
  if (new Set(used).size !== used.length) return false;
  // Each piece must fit inside its column (before the next column starts).
  return line.cells.every((c, i) => {
    const next = row.cells[(used[i] as number) + 1];
    return !next || c.x1 <= next.x0 + 0.25 * em;
  });
}
