// What a chart's page hands its browser code (JSON in a <script type="application/json">): the published query and
// its result, the filters, the context to redraw it, and the words the tools need. Types only.
import type { Lang } from '../../i18n/ui.ts';
import type { SqlColumn, SqlRow } from '../../lib/sql-result.ts';
import type { ChartContext, ChartId, ChartNote } from './models/shared.ts';

export interface Island {
  chart: ChartId;
  lang: Lang;
  /** The published query, as it ran at build time. */
  sql: string;
  /** Its result for the default places: columns with DuckDB types, rows and their ranks in the full result. */
  columns: SqlColumn[];
  rows: SqlRow[];
  ranks: number[];
  /** The places drawn when a link names none (selection.ts). */
  defaults: string[];
  /** Where each plan's rows are (/compare-rows/<doc>.json), with the base path. */
  rowsBase: string;
  filters: { key: string; column: string; values: string[] }[];
  ctx: ChartContext;
  text: { title: string; subtitle: string; source: string; notes: ChartNote[] };
  /** The source line as a template with a part per plan, so a filtered view names only the plans it shows. */
  source: { template: string; parts: Record<string, string>; separator: string; extra: ChartNote | null };
  strings: {
    showing: string;
    copied: string;
    edited: string;
    site: string;
    licence: string;
    added: string;
    removed: string;
    full: string;
    rowsFailed: string;
  };
  /** Every published dataset's name (the tables an edited query may use) and where their Arrow files are. */
  tables: string[];
  dataBase: string;
  /** Site paths (base and language included) of the embed page, the resize script and the full chart. */
  embed: { src: string; script: string; page: string };
}
