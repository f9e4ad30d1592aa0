// What the lazily loaded parts of a chart (editor, downloads) see of the <chp-chart> element. Types, and the
// helpers both sides use: the query of the moment, its filters as SQL, links with the page's state. Browser-safe.
import type { SqlColumn, SqlRow } from '../../lib/sql-result.ts';
import type { FilterState } from './filter-state.ts';
import type { Island } from './island.ts';
import type { ChartContext, ChartNote } from './models/shared.ts';

/** Who changed the query: nobody (the published chart), the reader on this page, or a link (?sql=). */
export type EditedBy = false | 'page' | 'link';

export interface Shown {
  sql: string;
  columns: SqlColumn[];
  rows: SqlRow[];
  edited: EditedBy;
  text: { title: string; subtitle: string; source: string; notes: ChartNote[]; summary: string };
  /** The drawings now in the page (wide first); exports use the wide one. */
  svgs: SVGSVGElement[];
}

export interface ChartHost {
  readonly element: HTMLElement;
  readonly data: Island;
  /** The filters now set (place, group, indicator…). */
  readonly state: FilterState;
  readonly shown: Shown;
  /** The rows the reader sees now: the selected places' rows the filters keep, or an edited result. */
  shownRows(): SqlRow[];
  /** The context to draw with now: the selected places, the summary the filters keep. */
  currentCtx(): ChartContext;
  /** Put a redrawn chart in place (an edited query's result). */
  showEdited(next: Omit<Shown, 'svgs'> & { wide: SVGSVGElement | null; narrow: SVGSVGElement | null }): void;
  /** Back to the published chart and query. */
  showPublished(): void;
}

/** The URL parameter that carries an edited query: `sql`, or `sql.<chart>` on a page with several charts. */
export function sqlParam(chart: string, chartsOnPage: number): string {
  return chartsOnPage > 1 ? `sql.${chart}` : 'sql';
}
