// What a plan's data table shows of a row besides its marker, quote and section: every other non-empty field as
// `name value`. Pure: DataTables.astro (build time) and /extract/ (browser) share it.
import { columnsOf } from '../../lib/schema/columns.ts';
import type { DatasetSpec } from '../../lib/schema/index.ts';
import { escapeHtml } from '../../lib/text/index.ts';

/** Columns that have their own table column (or none: offsets and doc id). */
const SHOWN = new Set(['doc_id', 'start', 'end', 'quote', 'section_id']);

/** The columns listed in a row's "fields" cell, in schema order. */
export function fieldColumns(spec: DatasetSpec): { name: string }[] {
  return columnsOf(spec).filter((c) => !SHOWN.has(c.name));
}

/** A field's text; null for an empty field. Rows hold strings, numbers, booleans and nulls only. */
function fmt(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
}

/** `<span class="k">name</span> value · …`, empty fields omitted (one element per field keeps the DOM small). */
export function fieldsHtml(cols: { name: string }[], row: Record<string, unknown>): string {
  return cols
    .flatMap((c) => {
      const v = fmt(row[c.name]);
      return v === null ? [] : [`<span class="k">${escapeHtml(c.name)}</span> ${escapeHtml(v)}`];
    })
    .join(' · ');
}
