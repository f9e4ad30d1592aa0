// A row with fewer cells than its header (a missing 序号, an empty unit cell the text left out): put each cell under the
// column whose kind it fits (serial, indicator text, unit, value, 属性), when exactly one placement fits best.
import { emptyCellAt } from './table-cells.ts';
import type { CleanText, TableCell } from './types.ts';

export type ColumnKind = 'serial' | 'unit' | 'value' | 'attribute' | 'text';
type CellKind = 'serial' | 'unit' | 'value' | 'dash' | 'attribute' | 'text';

/** What a header cell says its column holds. */
export function columnKind(header: string): ColumnKind {
  const h = header.replace(/\s+/g, '');
  if (/^(?:序号|编号|序)$/.test(h)) return 'serial';
  if (/^(?:单位|计量单位)$/.test(h)) return 'unit';
  if (/属性|性质/.test(h)) return 'attribute';
  if (/(?:19|20)\d{2}|值$|^(?:目标|基期|基线|现状|现值|预期)/.test(h)) return 'value';
  return 'text';
}

const UNIT =
  /^(?:%|‰|‱|人|名|张|床|岁|元|万元|亿元|个|家|所|项|种|次|人次|天|日|小时|分钟|公里|万人|年|月|1\/10万|\/10万|1\/万|\/万|人\/千人|张\/千人|人\/万人)$/;
const VALUE =
  /^(?:[<>≤≥~约]|不[低少高超]于|不超过)?\s*\d+(?:\.\d+)?(?:\s*[-—~至]\s*\d+(?:\.\d+)?)?\s*(?:%|‰|‱|\/10万|个|人|名|张|岁|元|天|万人|次|家|所)?\s*(?:以上|以下|左右|以内)?$|^1\s*:\s*\d+(?:\.\d+)?$/;

function cellKind(text: string): CellKind {
  const t = text.replace(/\s+/g, '');
  if (/^[—\-–－/无]+$/.test(t)) return 'dash';
  if (/^\d{1,3}$/.test(t)) return 'serial';
  if (UNIT.test(t)) return 'unit';
  if (VALUE.test(t)) return 'value';
  if (/^(?:预期性|约束性|指导性)$/.test(t)) return 'attribute';
  return 'text';
}

const MISMATCH = -3;

/** How well a cell of a kind fits a column of a kind. */
function fit(column: ColumnKind, cell: CellKind): number {
  switch (column) {
    case 'serial':
      return cell === 'serial' ? 2 : MISMATCH;
    case 'unit':
      return cell === 'unit' ? 2 : cell === 'dash' ? 1 : MISMATCH;
    case 'value':
      return cell === 'value' || cell === 'serial' || cell === 'dash' ? 2 : MISMATCH;
    case 'attribute':
      return cell === 'attribute' ? 2 : MISMATCH;
    case 'text':
      return cell === 'text' ? 2 : cell === 'attribute' || cell === 'unit' ? 0 : MISMATCH;
  }
}

/** Every way of choosing `n` of the columns 0..k-1 in order. */
function* placements(k: number, n: number, from = 0): Generator<number[]> {
  if (n === 0) {
    yield [];
    return;
  }
  for (let c = from; c <= k - n; c++) for (const rest of placements(k, n - 1, c + 1)) yield [c, ...rest];
}

/**
 * The row with empty cells where the header has columns it does not fill, when one placement of its cells fits the
 * columns' kinds better than every other and puts no cell in a column of another kind; null otherwise.
 */
export function alignRow(
  clean: CleanText,
  header: readonly TableCell[],
  row: readonly TableCell[],
): TableCell[] | null {
  const k = header.length;
  const n = row.length;
  if (n >= k || n === 0 || k - n > 3) return null;
  const columns = header.map((h) => columnKind(h.text));
  const kinds = row.map((c) => cellKind(c.text));
  let best: { score: number; at: number[]; clean: boolean } | null = null;
  let tie = false;
  for (const at of placements(k, n)) {
    const fits = at.map((col, i) => fit(columns[col]!, kinds[i]!));
    const score = fits.reduce((a, b) => a + b, 0);
    if (!best || score > best.score) {
      best = { score, at, clean: fits.every((f) => f > MISMATCH) };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  if (!best || tie || !best.clean) return null;
  const out: TableCell[] = [];
  let i = 0;
  for (let col = 0; col < k; col++) {
    if (best.at[i] === col) out.push(row[i++]!);
    else out.push(emptyCellAt(clean, row[i]?.cleanStart ?? row[n - 1]!.cleanEnd));
  }
  return out;
}
