// Tables in the source: the canonical text writes a table row as one line of tab-separated cells. The plan page
// shows runs of such lines as a <table>; these rules decide where cells are and which rows are headers. Pure.
import { foldKey } from '../../lib/text/index.ts';

export interface CellRange {
  start: number;
  end: number;
}

/** The cells of a line [start, end) of `raw`, split at tabs (the tabs belong to no cell). */
export function cellRanges(raw: string, start: number, end: number): CellRange[] {
  const cells: CellRange[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || raw[i] === '\t') {
      cells.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return cells;
}

/**
 * A header row names columns: every cell is short (≤ 12 characters) and none is only a number or empty.
 * 序号 工作任务 牵头部门 完成时限 is one; 1 制定…方案 市医改办 2020年11月底前 is not (a bare 1, a long cell).
 */
export function isHeaderRow(cells: string[]): boolean {
  return (
    cells.length > 1 &&
    cells.every((c) => {
      const t = c.trim();
      return t !== '' && [...t].length <= 12 && !/^[\d.,%\s]+$/.test(t);
    })
  );
}

/** The same header again (after a page break): equal up to width and spaces. */
export function sameRow(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c, i) => foldKey(c) === foldKey(b[i]!));
}
