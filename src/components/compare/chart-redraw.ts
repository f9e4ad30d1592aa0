// Redraw a comparison chart in the browser for the places selected now: the summary (from the page) with the
// selected places' rows (from the page or /compare-rows/) drawn over it, by the same spec as the build's, with its
// words and table. Loaded when the reader changes the selection or a filter (it brings the drawing code).
import type { ChartHost } from './chart-host.ts';
import { drawChart, shownText } from './draw.ts';
import { chartSpec } from './models/index.ts';
import type { ChartContext, DataRow } from './models/shared.ts';
import { fillRowsTable } from './rows-table.ts';

export function redraw(host: ChartHost, rows: DataRow[], ctx: ChartContext): void {
  const spec = chartSpec(host.data.chart);
  const drawing = drawChart(spec, rows, ctx, document);
  fillRowsTable(host.element, spec, rows, host.data.lang);
  host.showEdited({
    sql: host.data.sql,
    columns: host.data.columns,
    rows,
    edited: false,
    text: shownText(drawing),
    wide: drawing.wide,
    narrow: drawing.narrow,
  });
}

/** The table of the page's own rows (the default places'), after another view. */
export function refillTable(host: ChartHost): void {
  fillRowsTable(host.element, chartSpec(host.data.chart), host.data.rows, host.data.lang);
}
