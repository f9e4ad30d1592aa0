// A chart's view from its rows: words, source line, filter options and the two drawings (wide, narrow). The same
// function at build time (jsdom) and in the browser after an edited query ran (the page's document). Pure.
import type { Lang } from '../../i18n/ui.ts';
import type { SqlRow } from '../../lib/sql-result.ts';
import {
  distinct,
  NARROW,
  sourceLine,
  str,
  WIDTH,
  type ChartContext,
  type ChartSpec,
  type ChartText,
} from './models/shared.ts';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterView {
  key: string;
  column: string;
  label: string;
  control: 'checkboxes' | 'select';
  options: FilterOption[];
}

export interface ChartDrawing extends ChartText {
  source: string;
  wide: SVGSVGElement | null;
  narrow: SVGSVGElement | null;
}

/** The words a shown chart keeps (what chart-host's showEdited takes as `text`). */
export function shownText(d: ChartDrawing): Pick<ChartDrawing, 'title' | 'subtitle' | 'source' | 'notes' | 'summary'> {
  return { title: d.title, subtitle: d.subtitle, source: d.source, notes: d.notes, summary: d.summary };
}

/** Words and drawings of a chart for these rows. */
export function drawChart(spec: ChartSpec, rows: SqlRow[], ctx: ChartContext, document: Document): ChartDrawing {
  const text = spec.describe(rows, ctx);
  return {
    ...text,
    source: sourceLine(rows, ctx, text.sourceExtra),
    wide: rows.length || ctx.summary.length ? spec.draw(rows, ctx, { document, width: WIDTH }) : null,
    narrow: rows.length || ctx.summary.length ? spec.draw(rows, ctx, { document, width: NARROW }) : null,
  };
}

/**
 * Each filter's options but the place's (the place picker's) from the rows given (the summary's and the selected
 * places'), in the rows' order.
 */
export function filterViews(spec: ChartSpec, rows: SqlRow[], lang: Lang): FilterView[] {
  return spec.params
    .filter((p) => p.key !== 'place' && rows.some((r) => p.column in r))
    .map((p) => {
      const values = distinct(rows.map((r) => str(r[p.column])));
      if (p.order === 'id') values.sort();
      return {
        key: p.key,
        column: p.column,
        label: p.label[lang],
        control: p.control,
        options: values.map((value) => ({
          value,
          label: p.optionLabel(
            rows.find((r) => str(r[p.column]) === value)!,
            lang,
          ),
        })),
      };
    });
}

/** A table cell's text by the spec (the formatted target, a role in words…) or the value itself. */
export function cellText(spec: ChartSpec, row: SqlRow, column: string, lang: Lang): string {
  if (spec.cell) return spec.cell(row, column, lang);
  const v = row[column];
  return v === null || v === undefined ? '—' : String(v);
}
