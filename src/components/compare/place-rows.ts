// The rows of each selected place, as a chart has them in the browser: the default places' from the page, the
// others fetched from their rows files (/compare-rows/<doc>.json) when selected; and what the selection draws.
import { rowKept, type FilterState } from './filter-state.ts';
import type { Island } from './island.ts';
import type { ChartContext } from './models/shared.ts';
import { mergeRows, readRowsFile, rowsFilePath, type ChartRows } from './rows-file.ts';

export class PlaceRows {
  private readonly data: Island;
  /** Rows of each place loaded so far (the default places' from the page, the others fetched). */
  private rowsByPlace = new Map<string, ChartRows>();
  /** Label and source-line part of each place loaded so far. */
  private info = new Map<string, { label: string; source: string }>();

  /** Seeded with the island's rows (the default places') by place, with their labels and source-line parts. */
  constructor(data: Island) {
    this.data = data;
    const parts: Record<string, ChartRows> = {};
    data.rows.forEach((row, i) => {
      const slot = (parts[String(row['doc_id'])] ??= { rows: [], ranks: [] });
      slot.rows.push(row);
      slot.ranks.push(data.ranks[i] ?? 0);
    });
    for (const p of data.ctx.plans) {
      this.rowsByPlace.set(p.id, parts[p.id] ?? { rows: [], ranks: [] });
      this.info.set(p.id, { label: p.label, source: data.ctx.sources[p.id] ?? p.id });
    }
  }

  /** A place's label, or its id while it is not loaded. */
  label(id: string): string {
    return this.info.get(id)?.label ?? id;
  }

  /** Fetch a place's rows file unless it is loaded; false when it cannot be had. */
  async load(id: string): Promise<boolean> {
    if (this.rowsByPlace.has(id)) return true;
    try {
      const res = await fetch(rowsFilePath(this.data.rowsBase, id));
      if (!res.ok) throw new Error(`HTTP ${String(res.status)}`);
      const file = readRowsFile(await res.json(), id);
      this.rowsByPlace.set(id, file.charts[this.data.chart] ?? { rows: [], ranks: [] });
      this.info.set(id, { label: file.place[this.data.lang], source: file.source[this.data.lang] });
      return true;
    } catch {
      return false;
    }
  }

  /** The places' rows (in the full query's order) that the filters other than the place keep. */
  selectedRows(places: string[], state: FilterState): Island['rows'] {
    const merged = mergeRows(places.flatMap((p) => this.rowsByPlace.get(p) ?? []));
    const cols = Object.fromEntries(this.data.filters.map((f) => [f.key, f.column]));
    const others = { ...state, place: [] };
    return merged.rows.filter((r) => rowKept(r, others, cols));
  }

  /** The context to draw the places: their labels, their source parts, the summary the other filters keep. */
  context(places: string[], state: FilterState): ChartContext {
    const cols = Object.fromEntries(this.data.filters.map((f) => [f.key, f.column]));
    const others = { ...state, place: [] };
    const ids = [...places].sort();
    return {
      ...this.data.ctx,
      plans: ids.map((id) => ({ id, label: this.info.get(id)?.label ?? id })),
      sources: Object.fromEntries(ids.map((id) => [id, this.info.get(id)?.source ?? id])),
      selected: places,
      summary: this.data.ctx.summary.filter((r) => rowKept(r, others, cols)),
    };
  }
}
