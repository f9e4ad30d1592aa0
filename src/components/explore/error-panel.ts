// What the explorer says when the engine does not load or a query fails: a heading, DuckDB's message as written,
// and hints in the page's language (a reserved word, an extension, a table name to try). Pure but for the panel.
import type { ExploreText } from '../../lib/explore-i18n.ts';
import { fill } from '../../lib/explore-i18n.ts';
import { explainError } from '../../lib/explore-errors.ts';
import { byteProgress, mb } from '../../lib/explore-progress.ts';
import type { LoadProgress } from '../../lib/duckdb.ts';
import { el, proseWithCode } from './dom.ts';

export interface ErrorView {
  heading: string;
  message: string;
  notes: string[];
}

/** The engine did not load: did not start, stalled (with what was kept), or failed. */
export function loadErrorView(
  e: unknown,
  text: ExploreText,
  at: { progress: LoadProgress | null; stallMs: number; startTimeoutMs: number },
): ErrorView {
  const err = e as { message?: string; timedOut?: boolean; bytesKept?: number };
  const started = /did not start within/.test(err.message ?? '');
  const notes: string[] = [];
  const b = at.progress ? byteProgress(at.progress) : null;
  if (!started && err.bytesKept && b) notes.push(fill(text.kept, { loaded: mb(b.loaded), total: mb(b.total) }));
  const heading = started
    ? fill(text.startTimeout, { s: at.startTimeoutMs / 1000 })
    : err.timedOut
      ? fill(text.stalled, { s: Math.round(at.stallMs / 1000) })
      : fill(text.loadFailed, { message: '' });
  return { heading, message: err.timedOut ? '' : (err.message ?? String(e)), notes };
}

/** A query failed: DuckDB's message, and what to try. */
export function queryErrorView(
  e: unknown,
  text: ExploreText,
  names: { reservedColumns: string[]; tables: string[] },
): ErrorView {
  const raw = e instanceof Error ? e.message : String(e);
  const x = explainError(raw, names);
  const notes: string[] = [];
  if (x.reserved) notes.push(fill(text.reservedHint, { name: x.reserved }));
  if (x.extension) notes.push(text.extensionHint);
  if (x.missingTable)
    notes.push(
      x.missingTable.suggestion ? fill(text.didYouMean, { table: x.missingTable.suggestion }) : text.tablesListed,
    );
  return { heading: text.queryError, message: x.message, notes };
}

/** Fill the error panel; `retry` adds a button that calls it. */
export function showErrorPanel(panel: HTMLElement, view: ErrorView, retry?: { label: string; run: () => void }): void {
  panel.replaceChildren(el('strong', view.heading));
  if (view.message) panel.append(el('pre', view.message, 'error-message'));
  for (const n of view.notes) panel.append(proseWithCode(n, 'error-hint'));
  if (retry) {
    const b = el('button', retry.label);
    b.type = 'button';
    b.dataset['retry'] = '';
    b.addEventListener('click', retry.run);
    panel.append(b);
  }
  panel.hidden = false;
}
