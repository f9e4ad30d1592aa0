// <sql-explorer>: editor, run, results. DuckDB (src/lib/duckdb.ts) is imported on the reader's intent — focus in the
// editor, pointing at or touching Run or an example, a ?sql= link — so that the engine downloads and compiles while
// they type; on an idle page only where the line is known not to be metered (explore-progress.ts). A query loads
// only the tables it names.
import type { ExploreText } from '../../lib/explore-i18n.ts';
import { fill } from '../../lib/explore-i18n.ts';
import type { QueryResult } from '../../lib/explore-format.ts';
import { formatMs } from '../../lib/explore-format.ts';
import type { LinkSpec } from '../../lib/explore-links.ts';
import { byteProgress, idlePrefetchAllowed, mb, type ConnectionInfo } from '../../lib/explore-progress.ts';
import { tablesInSql } from '../../lib/explore-tables.ts';
import { resultTable } from './result-table.ts';
import { el } from './dom.ts';
import { loadErrorView, queryErrorView, showErrorPanel, type ErrorView } from './error-panel.ts';

type DuckDbModule = typeof import('../../lib/duckdb.ts');
type LoadProgress = import('../../lib/duckdb.ts').LoadProgress;
import { insertLocalPlan, showLocalPlan, wantsLocalPlan, type LocalPlanText } from './local-plan.ts';

const MAX_SHOWN = 1000;

let engineModule: Promise<DuckDbModule> | undefined;
/** The engine's module (a chunk of its own); after a failed import the next call tries again. */
const loadModule = () =>
  (engineModule ??= import('../../lib/duckdb.ts').catch((e: unknown) => {
    engineModule = undefined;
    throw e;
  }));

class SqlExplorer extends HTMLElement {
  private text!: ExploreText;
  /** Names of the published tables (one per dataset). */
  private tables: string[] = [];
  private links!: LinkSpec;
  private reservedColumns: string[] = [];
  private editor!: HTMLTextAreaElement;
  private runButton!: HTMLButtonElement;
  private status!: HTMLElement;
  private progress!: HTMLProgressElement;
  private error!: HTMLElement;
  private output!: HTMLElement;
  private last: QueryResult | null = null;
  private lastProgress: LoadProgress | null = null;
  private busy = false;
  private intended = false;
  private tableTimer: ReturnType<typeof setTimeout> | undefined;
  /** Opened from /extract/ (`?local=1`): the reader's own plan is added as the schema `mine`. */
  private local = false;

  connectedCallback(): void {
    this.text = JSON.parse(this.dataset['text'] ?? '{}') as ExploreText;
    this.tables = JSON.parse(this.dataset['tables'] ?? '[]') as string[];
    this.links = JSON.parse(this.dataset['links'] ?? '{"planHref":"","sources":{},"keys":[]}') as LinkSpec;
    this.reservedColumns = JSON.parse(this.dataset['reservedColumns'] ?? '[]') as string[];
    this.editor = this.querySelector('textarea')!;
    this.runButton = this.querySelector('[data-run]')!;
    this.status = this.querySelector('[data-status]')!;
    this.progress = this.querySelector('[data-progress]')!;
    this.error = this.querySelector('[data-error]')!;
    this.output = this.querySelector('[data-output]')!;
    this.runButton.addEventListener('click', () => void this.run());
    this.editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.run();
      }
    });
    this.listenForIntent();
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
    } else this.prefetchWhenIdle();
  }

  /** The published tables a query needs: those it names, or all of them when it reads the catalog. */
  private tablesFor(sql: string): string[] {
    const need = tablesInSql(sql, this.tables);
    return need.all ? this.tables : need.tables;
  }

  /** The reader is about to run something: fetch and compile the engine now, and the tables in the editor. */
  private intent = (sql = this.editor.value): void => {
    const tables = this.tablesFor(sql);
    if (this.intended && tables.length === 0) return;
    this.intended = true;
    void loadModule().then((m) => {
      m.getDb([], this.dataset['dataBase'], undefined, this.stallMs()).catch(() => {});
      m.prefetchTables(tables);
    });
  };

  private listenForIntent(): void {
    const passive = { passive: true } as const;
    this.editor.addEventListener('focus', () => this.intent(), passive);
    // While typing, fetch (not insert) the tables the query names so far.
    this.editor.addEventListener('input', () => {
      clearTimeout(this.tableTimer);
      this.tableTimer = setTimeout(() => this.intent(), 400);
    });
    for (const type of ['pointerenter', 'pointerdown', 'focus'] as const)
      this.runButton.addEventListener(type, () => this.intent(), passive);
    this.runButton.addEventListener('touchstart', () => this.intent(), passive);
    const onLink = (e: Event) => {
      const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-sql-link]') : null;
      const sql = a ? new URL(a.href).searchParams.get('sql') : null;
      if (sql !== null) this.intent(sql);
    };
    for (const type of ['pointerover', 'touchstart', 'focusin'] as const) this.addEventListener(type, onLink, passive);
  }

  private prefetchWhenIdle(): void {
    const connection = (navigator as Navigator & { connection?: ConnectionInfo }).connection;
    if (!idlePrefetchAllowed(connection)) return;
    const idle = (cb: () => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(cb, { timeout: 5000 }) : setTimeout(cb, 2000);
    addEventListener('load', () => idle(() => this.intent()), { once: true });
  }

  /** Tests shorten the stall time with data-stall-ms; readers get the engine's default. */
  private stallMs(): number | undefined {
    const ms = Number(this.dataset['stallMs']);
    return ms > 0 ? ms : undefined;
  }

  private setStatus(message: string, fraction?: number | null): void {
    this.status.textContent = message;
    if (fraction === undefined) this.progress.hidden = true;
    else {
      this.progress.hidden = false;
      if (fraction === null) this.progress.removeAttribute('value');
      else this.progress.value = fraction;
    }
  }

  /** Byte counts arrive with every chunk (~100 a second): the status is redrawn at most once a frame. */
  private frame = 0;
  private showProgress = (p: LoadProgress): void => {
    this.lastProgress = p.stage === 'engine' ? p : this.lastProgress;
    const bytes = p.stage === 'engine' && !p.starting && p.bytesTotal;
    cancelAnimationFrame(this.frame);
    if (bytes) this.frame = requestAnimationFrame(() => this.drawProgress(p));
    else this.drawProgress(p);
  };

  private drawProgress(p: LoadProgress): void {
    if (this.dataset['state'] !== 'loading') return;
    if (p.stage === 'tables')
      this.setStatus(fill(this.text.loadingTables, { tables: (p.tables ?? []).join(', ') }), null);
    else if (p.stage === 'engine' && p.starting) this.setStatus(this.text.starting, null);
    else if (p.stage === 'engine') {
      const b = byteProgress(p);
      if (b) this.setStatus(fill(this.text.loadingBytes, { loaded: mb(b.loaded), total: mb(b.total) }), b.fraction);
      else this.setStatus(this.text.loadingEngine, null);
    }
  }

  private showError(view: ErrorView, retry: boolean): void {
    this.output.hidden = true;
    delete this.status.dataset['rowCount'];
    showErrorPanel(this.error, view, retry ? { label: this.text.retry, run: () => void this.run() } : undefined);
  }

  private showLoadError(e: unknown, m?: DuckDbModule): void {
    const at = {
      progress: this.lastProgress,
      stallMs: this.stallMs() ?? m?.STALL_MS ?? 15_000,
      startTimeoutMs: m?.START_TIMEOUT_MS ?? 60_000,
    };
    this.showError(loadErrorView(e, this.text, at), true);
  }

  private showQueryError(e: unknown): void {
    this.showError(queryErrorView(e, this.text, { reservedColumns: this.reservedColumns, tables: this.tables }), false);
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
    const named = this.tablesFor(sql);
    try {
      this.setStatus(this.text.loadingEngine, null);
      const m = await loadModule().catch((e: unknown) => {
        this.dataset['state'] = 'load-error';
        throw e;
      });
      let conn;
      try {
        ({ conn } = await m.getDb(named, this.dataset['dataBase'], this.showProgress, this.stallMs()));
        if (this.local) await insertLocalPlan(conn);
      } catch (e) {
        this.setStatus('');
        this.dataset['state'] = 'load-error';
        this.showLoadError(e, m);
        return;
      }
      this.dataset['state'] = 'running';
      this.setStatus(this.text.running, null);
      try {
        this.last = await m.runQuery(conn, sql);
      } catch (e) {
        this.setStatus('');
        this.dataset['state'] = 'query-error';
        this.showQueryError(e);
        return;
      }
      this.render(this.last, named);
      this.dataset['state'] = 'done';
    } catch (e) {
      this.setStatus('');
      this.showLoadError(e);
    } finally {
      this.busy = false;
      this.runButton.disabled = false;
      this.removeAttribute('aria-busy');
    }
  }

  private render(result: QueryResult, named: string[]): void {
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
      const table = resultTable(result, {
        label: this.text.result,
        sortLabel: (name) => fill(this.text.sortBy, { name }),
        links: this.links,
        named,
        locale: document.documentElement.lang || 'en',
        maxShown: MAX_SHOWN,
      });
      children.push(table);
      if (table.querySelector('td a')) children.push(el('p', this.text.linksNote, 'small muted'));
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
