// What the charts share to draw every plan as a summary and the selected places over it: bars from the summary
// rows with the selected places that have each item, the drawing stacked over the selected places' own drawing,
// and the words ("412 of 450 plans state no principle"). Browser-safe, pure.
import { stackSvgs } from '../../charts/svg-build.ts';
import { summaryBars, type SummaryBar } from '../../charts/summary-bars.ts';
import {
  countIn,
  countOf,
  placeOf,
  str,
  summaryHeading,
  type ChartContext,
  type ChartNote,
  type DataRow,
  type Layout,
} from './shared.ts';
import type { Lang } from '../../../i18n/ui.ts';

export interface BarSource {
  /** Column of the summary rows and of the chart's rows that names the item. */
  key: string;
  /** The item's label from a summary row. */
  label: (row: DataRow, lang: Lang) => string;
  /** Column of the summary rows with the number of plans. */
  count: string;
  /** Column with a part of them drawn darker (optional). */
  part?: string;
  /** The items a row of the chart has (default: its `key` column). */
  rowKeys?: (row: DataRow) => string[];
  /** Link of a selected place's mark (to its quote). */
  href: (row: DataRow, lang: Lang) => string;
}

/** One bar per summary row; under it, the selected places (in the reader's order) whose rows have the item. */
export function barsFrom(rows: DataRow[], ctx: ChartContext, source: BarSource): SummaryBar[] {
  const byKey = new Map<string, DataRow[]>();
  for (const r of rows)
    for (const k of source.rowKeys?.(r) ?? [str(r[source.key])]) {
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
  const order = (id: string) => {
    const i = ctx.selected.indexOf(id);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return ctx.summary.map((s) => {
    const key = str(s[source.key]);
    const firstOfPlace = new Map<string, DataRow>();
    for (const r of byKey.get(key) ?? [])
      if (!firstOfPlace.has(str(r['doc_id']))) firstOfPlace.set(str(r['doc_id']), r);
    return {
      key,
      label: source.label(s, ctx.lang),
      count: countIn(s, source.count),
      part: source.part ? countIn(s, source.part) : null,
      selected: [...firstOfPlace.entries()]
        .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
        .map(([id, r]) => ({ id, label: placeOf(r, ctx.lang), href: source.href(r, ctx.lang) })),
    };
  });
}

/** The summary bars (all plans, selected places named) over the selected places' own drawing. */
export function summaryOver(
  rows: DataRow[],
  ctx: ChartContext,
  layout: Layout,
  source: BarSource & { what: Record<Lang, string>; labelWidth: number },
  detail: SVGSVGElement | null,
): SVGSVGElement | null {
  const bars = summaryBars(barsFrom(rows, ctx, source), {
    document: layout.document,
    width: layout.width,
    labelWidth: source.labelWidth,
    total: ctx.total,
    countText: (n, total) => countOf(n, total, ctx.lang),
    heading: summaryHeading(ctx, source.what),
  });
  return stackSvgs(layout.document, [bars, detail], layout.width, 20);
}

/** '412 of 450 plans state no principle in the form 坚持…' — a count, never a list. */
export function noneNote(
  ctx: ChartContext,
  having: number,
  words: Record<Lang, (n: number, total: number) => string>,
): ChartNote[] {
  // No summary row (a filter keeps none of it): nothing to count from.
  if (ctx.summary.length === 0) return [];
  const none = ctx.total - having;
  return none > 0 ? [{ text: words[ctx.lang](none, ctx.total) }] : [];
}

/** A note when the summary shows only the most common items: how many more there are. */
export function moreNote(
  ctx: ChartContext,
  shown: number,
  all: number,
  words: Record<Lang, (n: number) => string>,
): ChartNote[] {
  return all > shown ? [{ text: words[ctx.lang](all - shown) }] : [];
}

/** The first summary row's value of a column that every summary row repeats (plans stating any, items in all). */
export const summaryTotal = (ctx: ChartContext, column: string): number => countIn(ctx.summary[0], column);
