// Segmentation pass: table rows into tables. Rows are tab-separated or `|`-separated (Markdown pipes, with or without
// outer pipes; a whole table flattened into one line is split back into rows); a header repeated after a page break
// joins the table it repeats; a line spanning the table (`一、健康水平`) is a group row, not a heading; a row with fewer
// cells than its header is aligned to the header when its cells say where they belong, else kept and noted.
import type { CleanLine } from './normalize.ts';
import type { SegmentState } from './segment-state.ts';
import { alignRow, columnKind } from './table-align.ts';
import { cellAt, isDelimiterRow, splitCells, splitFlatRows } from './table-cells.ts';
import type { Note, Table, TableCell } from './types.ts';

/** A line that may label a group of rows: short, no sentence punctuation. */
const GROUP_LINE = /^[^。,，;；:：]{2,30}$/;
/** A note under a table: `注：…`, `说明：…`, `备注：…`, `数据来源：…`. */
const FOOTNOTE = /^(?:注|说明|备注|数据来源|资料来源)\s*\d*\s*[:：]|^\*/;
/** A caption before a table: `表1 …`, `附表2 …`, `专栏3 …`, or a short line naming a table of indicators or tasks. */
const CAPTION =
  /^(?:附?表|专栏) *[0-9一二三四五六七八九十]+|^[^。,，;；:：]{2,40}(?:主要指标|指标表|一览表|分解表|分工表|目标表|任务表|清单)$/;

function cellsOfLine(s: SegmentState, l: CleanLine): TableCell[] {
  return splitCells(s.clean, l.cleanStart, l.cleanEnd, l.pipeRow ? '|' : '\t');
}

/**
 * Lines between two rows of one table that are not rows themselves (a group label such as `一、健康水平`): they belong
 * to the table, so the heading tree must not read them as headings. Run before the heading tree.
 */
export function markTableLines(s: SegmentState): void {
  for (let i = 1; i + 1 < s.lines.length; i++) {
    const [prev, line, next] = [s.lines[i - 1]!, s.lines[i]!, s.lines[i + 1]!];
    if (line.tabular || !prev.tabular || !next.tabular || prev.pipeRow !== next.pipeRow) continue;
    if (!GROUP_LINE.test(s.texts[i] ?? '')) continue;
    // The row after it has as many cells as the table's header and does not open a new table by repeating it.
    let h = i - 1;
    while (h > 0 && (s.lines[h - 1]!.tabular || s.tableLines.has(h - 1))) h--;
    const header = cellsOfLine(s, s.lines[h]!).map((c) => c.text);
    const after = cellsOfLine(s, next).map((c) => c.text);
    if (after.length === header.length && after.join('\t') !== header.join('\t')) s.tableLines.add(i);
  }
}

/**
 * A row with one filled cell that is not a number, in a table of three columns or more: a group label — unless the
 * cell stands right of the first two columns under empty cells (`| | | 石桥镇卫生院 |`): cells merged over several rows
 * were left empty, and the row continues the row above.
 */
function groupCell(row: readonly TableCell[], width: number): TableCell | null {
  const filled = row.filter((c) => c.text !== '');
  const only = filled[0];
  if (!only || (row.length >= width && row.indexOf(only) >= 2)) return null;
  return width >= 3 && filled.length === 1 && !/^[\d.%<>≤≥—-]+$/.test(only.text) ? only : null;
}

function note(s: SegmentState, l: CleanLine, severity: Note['severity'], code: string, message: string): void {
  s.notes.push({ severity, code, where: `${s.fileName}:${l.line}`, message });
}

/** Add the data rows of one line to a table: group rows set apart, short rows aligned to the header. */
function addRows(s: SegmentState, t: Table, l: CleanLine, rows: TableCell[][]): void {
  const k = t.header.length;
  for (const row of rows) {
    const group = groupCell(row, k);
    if (group) {
      (t.groups ??= []).push({ beforeRow: t.rows.length, cell: group });
      continue;
    }
    if (row.length < k) {
      const aligned = alignRow(s.clean, t.header, row);
      if (aligned) {
        (t.aligned ??= []).push({ row: t.rows.length, written: row });
        t.rows.push(aligned);
        note(s, l, 'info', 'table-row-aligned', `table row with ${row.length} of ${k} cells aligned to the header`);
        continue;
      }
      note(
        s,
        l,
        'warning',
        'table-row-shifted',
        `table row with ${row.length} of ${k} cells kept as written: which columns it fills is unclear`,
      );
    } else if (row.length > k) {
      note(s, l, 'warning', 'table-row-extra-cells', `table row with ${row.length} cells under a header of ${k}`);
    }
    t.rows.push(row);
  }
}

/** Every table of the document, in order; needs the section of each line. */
export function findTables(s: SegmentState): Table[] {
  const tables: Table[] = [];
  let current: Table | null = null;
  let lastTableLine = -2;
  let lastNoteLine = -2;
  for (let i = 0; i < s.lines.length; i++) {
    const l = s.lines[i]!;
    if (s.tableLines.has(i) && current && lastTableLine === i - 1) {
      (current.groups ??= []).push({ beforeRow: current.rows.length, cell: cellAt(s.clean, l.cleanStart, l.cleanEnd) });
      lastTableLine = i;
      continue;
    }
    if (!l.tabular) {
      // Notes under the table follow its last row (or the notes before them).
      if (current && (lastTableLine === i - 1 || lastNoteLine === i - 1) && FOOTNOTE.test(s.texts[i] ?? '')) {
        (current.footnotes ??= []).push(cellAt(s.clean, l.cleanStart, l.cleanEnd));
        lastNoteLine = i;
      }
      continue;
    }
    const cells = cellsOfLine(s, l);
    const adjacent = lastTableLine === i - 1;
    lastTableLine = i;
    const layout = l.pipeRow ? 'pipe' : 'tsv';
    if (l.pipeRow && isDelimiterRow(cells)) continue;
    const repeatsHeader =
      current && cells.map((c) => c.text).join('\t') === current.header.map((c) => c.text).join('\t');
    if (current && repeatsHeader && (adjacent || s.lineSection[i] === current.sectionId)) {
      note(s, l, 'info', 'table-header-repeated', 'table header repeated after a page break; merged into one table');
    } else if (current && adjacent && current.layout === layout) {
      const k = current.header.length;
      const numbered = columnKind(current.header[0]?.text ?? '') === 'serial';
      const rows = l.pipeRow && cells.length > k ? (splitFlatRows(s.clean, cells, k, numbered) ?? [cells]) : [cells];
      addRows(s, current, l, rows);
    } else {
      const numbered = columnKind(cells[0]?.text ?? '') === 'serial';
      const [header, ...rows] = (l.pipeRow && splitFlatRows(s.clean, cells, null, numbered)) || [cells];
      current = {
        tableId: `${s.docId}-table${tables.length + 1}`,
        sectionId: s.lineSection[i] || 'preamble',
        header: header!,
        rows: [],
        start: l.rawStart,
        end: l.rawEnd,
        layout,
      };
      const before = s.lines[i - 1];
      if (before && !before.tabular && !s.headingLines.has(i - 1) && CAPTION.test(s.texts[i - 1] ?? ''))
        current.caption = cellAt(s.clean, before.cleanStart, before.cleanEnd);
      if (rows.length > 0)
        note(
          s,
          l,
          'info',
          'table-flattened',
          `${rows.length + 1} table rows written on one line, split at their serial numbers or the header's width`,
        );
      addRows(s, current, l, rows);
      tables.push(current);
    }
    current.end = l.rawEnd;
  }
  return tables;
}
