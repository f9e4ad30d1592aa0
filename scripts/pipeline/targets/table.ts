// Target tables: a row per indicator, a column per target year (`2023 年`, `2025年目标`) or one target column;
// each cell a quantity (`≥86%`, `5 个`, `2—3个`). Baseline columns and `——` cells are not targets.
import type { Comparator } from '../../../src/lib/schema/targets.ts';
import { parseRangeAt } from '../parse-number.ts';
import type { Table, TableCell } from '../types.ts';
import { pushDraft, type TextContext } from './context.ts';
import { measureLength, perPopulationUnit, unitOfMeasure, type CompiledLexicon } from './lexicon.ts';

export interface CellQuantity {
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  /** `percent`, `count`, … or '' when the cell gives a bare number. */
  unit: string;
}

/** Header words: baseline columns, the one target column, the indicator column, serial numbers, the unit column. */
const BASELINE_HEADER = /基线|现状|基期|现值|完成情况|实际/;
const TARGET_HEADER = /^(?:目标值?|指标值|预期目标)$/;
const INDICATOR_HEADER = /指标|项目|名称|内容/;
const UNIT_HEADER = /^单位$|计量单位/;
/** A cell that says there is no target: `——`, `-`, `/`, `无`. */
const NO_VALUE = /^[—\-–－/无]+$/;
/** An indicator named a rate or share is in percent when the cell gives a bare number. */
const RATE_WORDS = /率|占比|比例|比重/;

/** Header cell naming a target year: `2023 年`, `2025年目标`, `2025`. Baseline columns are not targets. */
export function yearOfHeader(cell: string): number | null {
  if (BASELINE_HEADER.test(cell)) return null;
  const m = /^(?:到)?(\d{4})\s*年?(?:底|末)?(?:目标值?|指标值?)?$/.exec(cell.replace(/\s+/g, ''));
  return m ? Number(m[1]) : null;
}

/** A table cell like `≥86%`, `5 个`, `2—3个`, `９０％以上` as a quantity; null for `——`, `建设完成`, ''. */
export function parseCellQuantity(cell: string, lex: CompiledLexicon): CellQuantity | null {
  const s = cell.replace(/\s+/g, '');
  let i = 0;
  let comparator: Comparator | null = null;
  for (const [re, c] of lex.cellPrefixes) {
    const m = re.exec(s);
    if (m) {
      comparator = c;
      i = m[0].length;
      break;
    }
  }
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
  for (const [re, c] of lex.cellSuffixes) {
    if (re.test(rest)) {
      comparator ??= c;
      rest = '';
    }
  }
  if (rest !== '') return null;
  if (r.valueMax !== null) return { comparator: 'range', value: r.value, valueMax: r.valueMax, unit };
  return { comparator: comparator ?? 'eq', value: r.value, valueMax: null, unit };
}

/** Every target cell of one table as a mention; cells without a target are reported as skipped. */
export function extractTable(ctx: TextContext, t: Table): void {
  const { lex } = ctx;
  const header = t.header.map((c) => c.text.replace(/\s+/g, ''));
  const yearCols = header.map((h, k) => ({ k, year: yearOfHeader(h) })).filter((x) => x.year !== null) as {
    k: number;
    year: number;
  }[];
  const targetCol = header.findIndex((h) => TARGET_HEADER.test(h));
  const valueCols =
    yearCols.length > 0 ? yearCols : targetCol >= 0 ? [{ k: targetCol, year: null as number | null }] : [];
  if (valueCols.length === 0) return;
  let indCol = header.findIndex((h) => INDICATOR_HEADER.test(h) && !/序号/.test(h));
  if (indCol < 0) indCol = header.findIndex((h, k) => !/序号|编号/.test(h) && !valueCols.some((v) => v.k === k));
  const unitCol = header.findIndex((h) => UNIT_HEADER.test(h));
  const skip = (reason: string, cell: TableCell): void => {
    ctx.skipped.push({
      doc_id: ctx.doc.docId,
      reason,
      quote: ctx.doc.clean.raw.slice(cell.start, cell.end),
      start: cell.start,
      end: cell.end,
    });
  };
  for (const row of t.rows) {
    const ind = row[indCol];
    if (!ind) continue;
    for (const vc of valueCols) {
      const cell = row[vc.k];
      if (!cell) continue;
      const txt = cell.text.replace(/\s+/g, '');
      if (txt === '' || NO_VALUE.test(txt)) {
        skip(`no target for ${vc.year ?? 'this column'} (${txt || 'empty'})`, cell);
        continue;
      }
      const q = parseCellQuantity(txt, lex);
      if (!q) {
        skip('not a quantified target (no number)', cell);
        continue;
      }
      let unit = q.unit;
      const unitCell = row[unitCol]?.text ?? '';
      if (unit === '' && unitCol >= 0) unit = unitOfMeasure(unitCell, lex) ?? (/%/.test(unitCell) ? 'percent' : '');
      if (unit === '' && RATE_WORDS.test(ind.text)) unit = 'percent';
      // `每千人口执业(助理)医师数`: a count (or a bare number) per population is a rate.
      const rate = perPopulationUnit(ind.text, lex);
      if (rate && (unit === 'persons' || unit === 'count' || unit === 'beds' || unit === '')) unit = rate;
      pushDraft(ctx, {
        doc_id: ctx.doc.docId,
        section_id: t.sectionId,
        indicator_zh: ctx.doc.clean.raw.slice(ind.start, ind.end),
        indicatorClean: ind.text,
        comparator: q.comparator,
        value: q.value,
        value_max: q.valueMax,
        unit,
        frequency: '',
        base_year: null,
        target_year: vc.year,
        aspirational: false,
        condition: '',
        quote: ctx.doc.clean.raw.slice(cell.start, cell.end),
        start: cell.start,
        end: cell.end,
        source_kind: 'table',
      });
    }
  }
}
