// <sql-explorer>: editor, run, results. DuckDB is imported only when the reader runs a query or opens ?sql=.
import type { ExploreText } from '../../lib/explore-i18n.ts';
import { fill } from '../../lib/explore-i18n.ts';
import type { QueryResult } from '../../lib/explore-format.ts';
import { formatCell, formatMs } from '../../lib/explore-format.ts';
import { insertLocalPlan, showLocalPlan, wantsLocalPlan, type LocalPlanText } from './local-plan.ts';

const MAX_SHOWN = 1000;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

class SqlExplorer extends HTMLElement {
  private text!: ExploreText;
  /** Names of the tables to load (one per published dataset). */
  private tables: string[] = [];
  private editor!: HTMLTextAreaElement;
  private runButton!: HTMLButtonElement;
  private status!: HTMLElement;
  private error!: HTMLElement;
  private output!: HTMLElement;
  private last: QueryResult | null = null;
  private busy = false;
  /** Opened from /extract/ (`?local=1`): the reader's own plan is added as the schema `mine`. */
  private local = false;

  connectedCallback(): void {
    this.text = JSON.parse(this.dataset['text'] ?? '{}') as ExploreText;
    this.tables = JSON.parse(this.dataset['tables'] ?? '[]') as string[];
    this.editor = this.querySelector('textarea')!;
    this.runButton = this.querySelector('[data-run]')!;
    this.status = this.querySelector('[data-status]')!;
    this.error = this.querySelector('[data-error]')!;
    this.output = this.querySelector('[data-output]')!;
    this.runButton.addEventListener('click', () => void this.run());
    this.editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.run();
      }
    });
    // Example and table links carry ?sql=: run in place instead of reloading the page and the engine.
    this.addEventListener('click', (e) => {
      const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-sql-link]');
      if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      const sql = new URL(a.href).searchParams.get('sql');
      if (sql === null) return;
      e.preventDefault();
      this.editor.value = sql;
      this.editor.focus();
      this.editor.scrollIntoView({ block: 'nearest' });
      void this.run();
    });
    this.local = wantsLocalPlan(location.search);
    const note = this.querySelector<HTMLElement>('[data-local-note]');
    if (this.local && note) void showLocalPlan(note, JSON.parse(note.dataset['text'] ?? '{}') as LocalPlanText);
    const shared = new URLSearchParams(location.search).get('sql');
    if (shared !== null && shared.trim() !== '') {
      this.editor.value = shared;
      void this.run();
    }
  }

  private setStatus(message: string): void {
    this.status.textContent = message;
  }

  private showError(heading: string, message: string, retry: boolean): void {
    this.output.hidden = true;
    delete this.status.dataset['rowCount'];
    this.error.replaceChildren();
    this.error.append(el('strong', heading));
    if (message) this.error.append(el('pre', message, 'error-message'));
    if (retry) {
      const b = el('button', this.text.retry);
      b.type = 'button';
      b.dataset['retry'] = '';
      b.addEventListener('click', () => void this.run());
      this.error.append(b);
    }
    this.error.hidden = false;
  }

  async run(): Promise<void> {
    if (this.busy) return;
    const sql = this.editor.value;
    if (sql.trim() === '') return;
    this.busy = true;
    this.runButton.disabled = true;
    this.error.hidden = true;
    this.setAttribute('aria-busy', 'true');
    this.dataset['state'] = 'loading';
    const url = new URL(location.href);
    url.search = `?${this.local ? 'local=1&' : ''}sql=${encodeURIComponent(sql.trim())}`;
    history.replaceState(history.state, '', url);
    const started = performance.now();
    let ticker: ReturnType<typeof setInterval> | undefined;
    try {
      const { getDb, runQuery, LOAD_TIMEOUT_MS, LoadError } = await import('../../lib/duckdb.ts');
      let conn;
      try {
        let msg = this.text.loadingEngine;
        this.setStatus(msg);
        ticker = setInterval(
          () => this.setStatus(`${msg} ${Math.round((performance.now() - started) / 1000)} s`),
          1000,
        );
        ({ conn } = await getDb(this.tables, this.dataset['dataBase'] ?? '/data/', (p) => {
          if (p.stage === 'tables') msg = this.text.loadingTables;
          else if (p.stage === 'engine' && p.bytesTotal)
            msg = fill(this.text.loadingBytes, {
              loaded: (p.bytesLoaded! / 1e6).toFixed(1),
              total: (p.bytesTotal / 1e6).toFixed(1),
            });
          this.setStatus(msg);
        }));
        if (this.local) await insertLocalPlan(conn);
      } catch (e) {
        const timedOut = e instanceof LoadError && e.timedOut;
        this.setStatus('');
        this.dataset['state'] = 'load-error';
        this.showError(
          timedOut
            ? fill(this.text.loadTimeout, { s: LOAD_TIMEOUT_MS / 1000 })
            : fill(this.text.loadFailed, { message: '' }),
          timedOut ? '' : (e as Error).message,
          true,
        );
        return;
      } finally {
        clearInterval(ticker);
      }
      this.dataset['state'] = 'running';
      this.setStatus(this.text.running);
      try {
        this.last = await runQuery(conn, sql);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        this.setStatus('');
        this.dataset['state'] = 'query-error';
        this.showError(
          this.text.queryError,
          /extension/i.test(message) ? `${message}\n\n${this.text.extensionHint}` : message,
          false,
        );
        return;
      }
      this.render(this.last);
      this.dataset['state'] = 'done';
    } finally {
      this.busy = false;
      this.runButton.disabled = false;
      this.removeAttribute('aria-busy');
    }
  }

  private render(result: QueryResult): void {
    const n = result.rows.length;
    const summary = [
      n === 1 ? this.text.row : fill(this.text.rows, { n: n.toLocaleString() }),
      fill(this.text.took, { ms: formatMs(result.ms) }),
    ];
    if (n > MAX_SHOWN) summary.splice(1, 0, fill(this.text.shown, { shown: MAX_SHOWN.toLocaleString() }));
    this.setStatus(summary.join(' · '));
    this.status.dataset['rowCount'] = String(n);
    const children: Node[] = [];
    if (result.columns.length > 0) {
      const dl = el('p', `${this.text.download}: `, 'result-downloads small');
      for (const kind of ['csv', 'json'] as const) {
        const b = el('button', this.text[kind]);
        b.type = 'button';
        b.dataset['download'] = kind;
        b.addEventListener('click', () => void this.download(kind));
        dl.append(b, ' ');
      }
      children.push(dl);
    }
    if (n === 0) children.push(el('p', this.text.empty, 'muted'));
    if (result.columns.length > 0 && n > 0) {
      const table = el('table');
      const head = el('tr');
      for (const c of result.columns) {
        const th = el('th', c.name);
        th.scope = 'col';
        th.title = c.type;
        head.append(th);
      }
      table.append(el('thead'));
      table.tHead!.append(head);
      const body = el('tbody');
      for (const row of result.rows.slice(0, MAX_SHOWN)) {
        const tr = el('tr');
        for (const v of row) {
          const text = formatCell(v);
          const td = el('td', text);
          if (v === null) td.className = 'null';
          else if (typeof v === 'number' || typeof v === 'bigint') td.className = 'num';
          else if (text.length > 12) td.className = 'long';
          tr.append(td);
        }
        body.append(tr);
      }
      table.append(body);
      const wrap = el('div', undefined, 'scroll-x result-table');
      wrap.tabIndex = 0;
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-label', this.text.result);
      wrap.append(table);
      children.push(wrap);
    }
    this.output.replaceChildren(...children);
    this.output.hidden = false;
  }

  private async download(kind: 'csv' | 'json'): Promise<void> {
    if (!this.last) return;
    const { resultCsv, resultJson } = await import('../../lib/explore-download.ts');
    const blob =
      kind === 'csv'
        ? new Blob([resultCsv(this.last)], { type: 'text/csv;charset=utf-8' })
        : new Blob([resultJson(this.last)], { type: 'application/json' });
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = `query-result.${kind}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
}

customElements.define('sql-explorer', SqlExplorer);
