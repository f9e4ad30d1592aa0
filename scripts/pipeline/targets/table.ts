// Target tables: a row per indicator, a column per target year (`2023 年`, `2025年目标`) or one target column;
// each cell a quantity (`≥86%`, `5 个`, `2—3个`, `<10`, `90以上`, `1:1.6`), its unit from the cell or the unit
// column (`%`, `‰`, `1/10万`, `岁`, `万人`), its binding from the 属性 column (约束性/预期性). Baseline columns
// (`2020年（基期）`, a year before the plan's period, a year a note calls the base) and `——` cells are not targets.
// The header words are in data/vocab/target-lexicon.json → `table`.
import type { Comparator } from '../../../src/lib/schema/targets.ts';
import { parseRangeAt, parseRatioAt } from '../parse-number.ts';
import type { Table, TableCell } from '../types.ts';
import { pushDraft, type TextContext } from './context.ts';
import {
  comparatorOf,
  measureLength,
  perPopulationUnit,
  unitInContext,
  unitOfMeasure,
  type CompiledLexicon,
} from './lexicon.ts';
import type { PlanFacts } from './plan-facts.ts';

export interface CellQuantity {
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  /** `percent`, `count`, `ratio`, … or '' when the cell gives a bare number. */
  unit: string;
}

/** A unit column's cell read: the unit code and the scale its value takes (`万人` → persons × 10000). */
export interface ColumnUnit {
  unit: string;
  scale: number;
  /** Not a unit the lexicon knows: kept as written (reported). */
  unknown: boolean;
}

const compact = (s: string): string => s.replace(/\s+/g, '');

/**
 * Header cell naming a year column: `2023 年`, `2025年目标`, `2025年（目标值）`, `2025`, `“十四五”末`; baseline
 * words (`基期`) mark it a baseline.
 */
export function yearOfHeader(cell: string, lex: CompiledLexicon): number | null {
  if (lex.raw.table.baseline_headers.some((w) => cell.includes(w))) return null;
  const s = compact(cell).replace(/[(（](?:目标值?|预期值?|规划值?|指标值?)[)）]$/, '');
  const m = /^(?:到)?(\d{4})年?(?:底|末)?(?:目标值?|指标值?|预期值?|规划值?)?$/.exec(s);
  if (m) return Number(m[1]);
  for (const p of s.matchAll(lex.periodExpr)) if (p.index === 0) return lex.periods.get(p[2] as string)?.end ?? null;
  return null;
}

/** A table cell like `≥86%`, `5 个`, `2—3个`, `９０％以上`, `1:1.25` as a quantity; null for `——`, `建设完成`, ''. */
export function parseCellQuantity(cell: string, lex: CompiledLexicon): CellQuantity | null {
  const s = compact(cell);
  const ratio = parseRatioAt(s, 0, lex.ratioSep);
  if (ratio && ratio.end === s.length)
    return { comparator: 'eq', value: ratio.value, valueMax: null, unit: lex.raw.ratio.unit };
  const prefix = comparatorOf(lex.cellPrefixes, s, '');
  const i = prefix?.length ?? 0;
  const r = parseRangeAt(s, i);
  if (!r) return null;
  let rest = s.slice(r.end);
  let unit = r.percent ? 'percent' : '';
  if (!r.percent) {
    const u = unitOfMeasure(rest, lex);
    if (u) {
      unit = u;
      rest = rest.slice(measureLength(rest, lex));
    }
  }
  let comparator = prefix?.comparator ?? null;
  const suffix = comparatorOf(lex.cellSuffixes, rest, unit);
  if (suffix) {
    comparator ??= suffix.comparator;
    rest = '';
  }
  if (rest !== '') return null;
  if (r.valueMax !== null) return { comparator: 'range', value: r.value, valueMax: r.valueMax, unit };
  return { comparator: comparator ?? 'eq', value: r.value, valueMax: null, unit };
}

/** The unit a unit column's cell names: `%`, `‰`, `1/10万`, `岁`, `张`, `万人` (× 10000); null for `—` or ''. */
export function unitOfColumn(cell: string, lex: CompiledLexicon): ColumnUnit | null {
  const s = compact(cell);
  if (s === '' || lex.raw.table.no_value_cells.includes(s)) return null;
  if (/^[%％﹪]$/.test(s)) return { unit: 'percent', scale: 1, unknown: false };
  // `1/10万` and `每10万人` name the same rate as `/10万`.
  const rate = s.replace(/^(?:1|每)(?=\/|10万|十万)/, '').replace(/^(10万|十万)/, '/$1');
  for (const t of [s, rate]) {
    const u = unitOfMeasure(t, lex);
    if (u && measureLength(t, lex) === t.length) return { unit: u, scale: 1, unknown: false };
  }
  if (/^[万亿]/.test(s)) {
    const u = unitOfMeasure(s.slice(1), lex);
    if (u && measureLength(s.slice(1), lex) === s.length - 1)
      return { unit: u, scale: s.startsWith('万') ? 1e4 : 1e8, unknown: false };
  }
  return { unit: s, scale: 1, unknown: true };
}

interface Columns {
  indicator: number;
  unit: number;
  attribute: number;
  values: { k: number; year: number | null }[];
  baselines: { k: number; year: number }[];
}

/** What each column of a table holds, or null when the table has no target column. */
export function columnsOf(header: string[], lex: CompiledLexicon, facts: PlanFacts): Columns | null {
  const t = lex.raw.table;
  const has = (h: string, words: string[]): boolean => words.some((w) => h.includes(w));
  const attribute = header.findIndex((h) => has(h, t.attribute_headers));
  const unit = header.findIndex((h, k) => k !== attribute && has(h, t.unit_headers));
  const values: Columns['values'] = [];
  const baselines: Columns['baselines'] = [];
  header.forEach((h, k) => {
    if (k === attribute || k === unit) return;
    const year = yearOfHeader(h, lex);
    const written = /(\d{4})/.exec(h);
    if (year !== null) {
      const before = facts.startYear !== null && year < facts.startYear;
      if (before || facts.baselineYears.has(year)) baselines.push({ k, year });
      else values.push({ k, year });
    } else if (written && has(h, t.baseline_headers)) baselines.push({ k, year: Number(written[1]) });
  });
  if (values.length === 0) {
    const target = header.findIndex((h) => t.target_headers.includes(h));
    if (target >= 0) values.push({ k: target, year: null });
  }
  if (values.length === 0) return null;
  const taken = new Set([attribute, unit, ...values.map((v) => v.k), ...baselines.map((b) => b.k)]);
  let indicator = header.findIndex((h, k) => !taken.has(k) && has(h, t.indicator_headers) && !has(h, t.serial_headers));
  if (indicator < 0) indicator = header.findIndex((h, k) => !taken.has(k) && !has(h, t.serial_headers));
  if (indicator < 0) return null;
  return { indicator, unit, attribute, values, baselines };
}

/**
 * The cells of a row by header column. A row short of cells (a unit left out: `8|县域内就诊率|86.5|≥90|约束性`)
 * keeps its cells up to the indicator in place and aligns the rest to the right, when its last cell is a 属性
 * value or its cell under the unit column is a number.
 */
export function alignRow(
  row: TableCell[],
  width: number,
  cols: Columns,
  lex: CompiledLexicon,
): (TableCell | undefined)[] {
  if (row.length >= width) return row;
  const lastText = compact(row[row.length - 1]?.text ?? '');
  const attributeLast =
    cols.attribute === width - 1 && lex.raw.table.attribute_values.some((a) => lastText.includes(a.word));
  const unitIsNumber = cols.unit >= 0 && /^[<>≤≥]?\d/.test(compact(row[cols.unit]?.text ?? ''));
  if (!attributeLast && !unitIsNumber) return row;
  return Array.from({ length: width }, (_, k) => {
    if (k <= cols.indicator) return row[k];
    const from = row.length - (width - k);
    return from > cols.indicator ? row[from] : undefined;
  });
}

/**
 * Every target cell of one table as a mention; cells without a target are reported as skipped. `defaultYear` is
 * the year of a table without year columns (a lead-in's, an annual plan's).
 */
export function extractTable(ctx: TextContext, t: Table, defaultYear: number | null = null): void {
  const { lex } = ctx;
  const header = t.header.map((c) => compact(c.text));
  const cols = columnsOf(header, lex, ctx.facts);
  if (!cols) return;
  const raw = ctx.doc.clean.raw;
  const skip = (reason: string, cell: TableCell): void => {
    ctx.skipped.push({
      doc_id: ctx.doc.docId,
      reason,
      quote: raw.slice(cell.start, cell.end),
      start: cell.start,
      end: cell.end,
    });
  };
  const noValue = lex.raw.table.no_value_cells;
  for (const written of t.rows) {
    const row = alignRow(written, header.length, cols, lex);
    const ind = row[cols.indicator];
    if (!ind || compact(ind.text) === '') continue;
    for (const b of cols.baselines) {
      const cell = row[b.k];
      if (cell && compact(cell.text) !== '') skip(`a baseline (${b.year}), not a target`, cell);
    }
    const unitCell = cols.unit >= 0 ? (row[cols.unit]?.text ?? '') : '';
    const column = unitOfColumn(unitCell, lex);
    const attribute = compact(cols.attribute >= 0 ? (row[cols.attribute]?.text ?? '') : '');
    const binding = lex.raw.table.attribute_values.find((a) => attribute.includes(a.word))?.binding ?? '';
    for (const vc of cols.values) {
      const cell = row[vc.k];
      if (!cell) continue;
      const txt = compact(cell.text);
      if (txt === '' || noValue.includes(txt)) {
        skip(`no target for ${vc.year ?? 'this column'} (${txt || 'empty'})`, cell);
        continue;
      }
      const q = parseCellQuantity(txt, lex);
      if (!q) {
        skip('not a quantified target (no number)', cell);
        continue;
      }
      let unit = q.unit;
      let value = q.value;
      let valueMax = q.valueMax;
      if (unit === '' && column) {
        unit = column.unit;
        value *= column.scale;
        if (valueMax !== null) valueMax *= column.scale;
      }
      if (unit === '' && lex.raw.table.rate_words.some((w) => ind.text.includes(w))) unit = 'percent';
      if (unit === 'count') unit = unitInContext(unitCell || txt, unit, ind.text, lex);
      // `每千人口执业(助理)医师数`: a count (or a bare number) per population is a rate.
      const rate = perPopulationUnit(ind.text, lex);
      if (rate && (unit === 'persons' || unit === 'count' || unit === 'beds' || unit === '')) unit = rate;
      pushDraft(ctx, {
        doc_id: ctx.doc.docId,
        section_id: t.sectionId,
        indicator_zh: raw.slice(ind.start, ind.end),
        indicatorClean: ind.text,
        comparator: q.comparator,
        value,
        value_max: valueMax,
        unit,
        frequency: '',
        base_year: null,
        target_year: vc.year ?? defaultYear,
        aspirational: false,
        condition: '',
        binding,
        quote: raw.slice(cell.start, cell.end),
        start: cell.start,
        end: cell.end,
        source_kind: 'table',
      });
    }
  }
}
