// Table cells out of one clean line: tab-separated cells, `|` cells (Markdown pipes with or without the outer pipes,
// `｜` folded), the Markdown delimiter row, and rows flattened into one line (`…|预期性 2|孕产妇死亡率|…`) split back into
// rows by the serial number that opens each row or by the header's column count.
import type { CleanText, TableCell } from './types.ts';

/** The cell of clean span [a, b), spaces trimmed, with its raw span. */
export function cellAt(clean: CleanText, a: number, b: number): TableCell {
  while (a < b && clean.text[a] === ' ') a++;
  while (b > a && clean.text[b - 1] === ' ') b--;
  const start = clean.toRaw[a] ?? 0;
  return {
    text: clean.text.slice(a, b),
    cleanStart: a,
    cleanEnd: b,
    start,
    end: b > a ? (clean.toRaw[b - 1] ?? start) + 1 : start,
  };
}

/** An empty cell standing at a clean offset (a cell the row did not write). */
export function emptyCellAt(clean: CleanText, at: number): TableCell {
  return cellAt(clean, at, at);
}

/** The cells of clean span [cleanStart, cleanEnd), split at `sep`; outer pipes open and close no cell. */
export function splitCells(clean: CleanText, cleanStart: number, cleanEnd: number, sep: '\t' | '|'): TableCell[] {
  let a = cleanStart;
  let b = cleanEnd;
  if (sep === '|') {
    while (a < b && clean.text[a] === ' ') a++;
    while (b > a && clean.text[b - 1] === ' ') b--;
    if (clean.text[a] === '|') a++;
    if (b > a && clean.text[b - 1] === '|') b--;
  }
  const cells: TableCell[] = [];
  let from = a;
  for (let i = a; i <= b; i++) {
    if (i === b || clean.text[i] === sep) {
      cells.push(cellAt(clean, from, i));
      from = i + 1;
    }
  }
  return cells;
}

/** `| --- | :---: |`: the line under a Markdown table's header. */
export function isDelimiterRow(cells: readonly TableCell[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?[-—–]{3,}:?$/.test(c.text));
}

/** Split a cell at its last run of spaces: `预期性 2` → `预期性`, `2`; null when it has none inside. */
function splitAtSpace(clean: CleanText, c: TableCell): [TableCell, TableCell] | null {
  const m = /^(.*\S) +(\S+)$/.exec(c.text);
  if (!m?.[1] || !m[2]) return null;
  return [cellAt(clean, c.cleanStart, c.cleanStart + m[1].length), cellAt(clean, c.cleanEnd - m[2].length, c.cleanEnd)];
}

const SERIAL = /^\d{1,3}$/;

/**
 * Rows flattened into one run of cells, split back: where a cell ends with the next row's serial number (`预期性 2`)
 * when the rows are numbered, else where the row reaches `columns` cells (its last cell split at a space when it
 * holds the next row's first cell). `columns` null: the header is in the run and ends at its first such cell.
 * Returns the rows, or null when the run holds a single row.
 */
export function splitFlatRows(
  clean: CleanText,
  cells: readonly TableCell[],
  columns: number | null,
  numbered: boolean,
): TableCell[][] | null {
  const rows: TableCell[][] = [[]];
  const current = () => rows[rows.length - 1]!;
  // The serial the next row opens with: 1 after a header in the run, else one past the run's first serial.
  let next = columns === null ? 1 : SERIAL.test(cells[0]?.text ?? '') ? Number(cells[0]!.text) + 1 : 1;
  let width = columns;
  for (const c of cells) {
    const split = splitAtSpace(clean, c);
    const serialOpens = split !== null && SERIAL.test(split[1].text) && Number(split[1].text) === next;
    // A row without its serial number opens where the row before it is full.
    const fullOpens = split !== null && (width === null ? !numbered : current().length === width - 1);
    if (split && (numbered ? serialOpens || fullOpens : fullOpens)) {
      current().push(split[0]);
      width ??= current().length;
      rows.push([split[1]]);
      // A row opened without its serial number still takes one: the serial after it is one more.
      if (numbered) next++;
      continue;
    }
    current().push(c);
    if (!numbered && width !== null && current().length === width) rows.push([]);
  }
  if (current().length === 0) rows.pop();
  return rows.length > 1 ? rows : null;
}
