// Segmentation pass: tab-separated lines into tables; a header repeated after a page break joins the table it repeats.
import type { CleanLine } from './normalize.ts';
import type { SegmentState } from './segment-state.ts';
import type { CleanText, Table, TableCell } from './types.ts';

function cellsOf(clean: CleanText, l: CleanLine): TableCell[] {
  const cells: TableCell[] = [];
  let s = l.cleanStart;
  for (let i = l.cleanStart; i <= l.cleanEnd; i++) {
    if (i === l.cleanEnd || clean.text[i] === '\t') {
      let a = s;
      let b = i;
      while (a < b && clean.text[a] === ' ') a++;
      while (b > a && clean.text[b - 1] === ' ') b--;
      const start = clean.toRaw[a] ?? 0;
      cells.push({
        text: clean.text.slice(a, b),
        cleanStart: a,
        cleanEnd: b,
        start,
        end: b > a ? (clean.toRaw[b - 1] ?? start) + 1 : start,
      });
      s = i + 1;
    }
  }
  return cells;
}

/** Every table of the document, in order; needs the section of each line. */
export function findTables(s: SegmentState): Table[] {
  const tables: Table[] = [];
  let current: Table | null = null;
  let lastTableLine = -2;
  for (let i = 0; i < s.lines.length; i++) {
    const l = s.lines[i]!;
    if (!l.tabular) continue;
    const cells = cellsOf(s.clean, l);
    const adjacent = lastTableLine === i - 1;
    const repeatsHeader =
      current && cells.map((c) => c.text).join('\t') === current.header.map((c) => c.text).join('\t');
    if (current && repeatsHeader && (adjacent || s.lineSection[i] === current.sectionId)) {
      s.notes.push({
        severity: 'info',
        code: 'table-header-repeated',
        where: `${s.fileName}:${l.line}`,
        message: 'table header repeated after a page break; merged into one table',
      });
    } else if (current && adjacent) {
      current.rows.push(cells);
    } else {
      current = {
        tableId: `${s.docId}-table${tables.length + 1}`,
        sectionId: s.lineSection[i] || 'preamble',
        header: cells,
        rows: [],
        start: l.rawStart,
        end: l.rawEnd,
      };
      tables.push(current);
    }
    current.end = l.rawEnd;
    lastTableLine = i;
  }
  return tables;
}
