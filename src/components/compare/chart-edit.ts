// "Edit SQL": the reader's query runs in DuckDB-wasm with the filters as variables; its result is checked against
// the chart's contract and, if it passes, drawn by the same spec as the build's, in place. A failure names the
// problem (the column, the row limit, DuckDB's message) and leaves the last good chart. Loaded on intent.
import { drawChart, shownText } from './draw.ts';
import { fillRowsTable } from './rows-table.ts';
import type { ChartHost } from './chart-host.ts';
import { chartSpec, type ChartSpec } from './models/index.ts';
import type { DataRow } from './models/shared.ts';
import { checkResult, problemText } from './query/contract.ts';
import { variableStatements } from './query/params.ts';
import { loadEngine, runInBrowser, type EngineOptions } from './query/run-browser.ts';
import { STR } from './strings.ts';

export class ChartEditor {
  private readonly spec: ChartSpec;
  private readonly s: (typeof STR)['en'] | (typeof STR)['zh'];
  private readonly panel: HTMLElement;
  private readonly textarea: HTMLTextAreaElement;
  private readonly runButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly error: HTMLElement;
  private readonly toggleButton: HTMLButtonElement | null;
  private readonly engine: EngineOptions;
  private engineStarted = false;
  private readonly host: ChartHost;

  constructor(host: ChartHost) {
    this.host = host;
    const el = host.element;
    this.spec = chartSpec(host.data.chart);
    this.s = STR[host.data.lang];
    this.panel = el.querySelector<HTMLElement>('[data-editor]')!;
    this.textarea = el.querySelector<HTMLTextAreaElement>('textarea[data-sql]')!;
    this.runButton = el.querySelector<HTMLButtonElement>('button[data-run]')!;
    this.status = el.querySelector<HTMLElement>('[data-edit-status]')!;
    this.error = el.querySelector<HTMLElement>('[data-edit-error]')!;
    this.toggleButton = el.querySelector<HTMLButtonElement>('button[data-edit]');
    this.engine = {
      tables: host.data.tables,
      dataBase: host.data.dataBase,
      onProgress: (p) => {
        if (!this.runButton.disabled) return;
        if (p.stage === 'tables') this.say(this.s.loadingTables);
        else if (p.stage === 'engine' && p.bytesTotal)
          this.say(this.s.loadingBytes(((p.bytesLoaded ?? 0) / 1e6).toFixed(1), (p.bytesTotal / 1e6).toFixed(1)));
      },
    };
    this.runButton.addEventListener('click', () => void this.run());
    el.querySelector('button[data-reset-sql]')?.addEventListener('click', () => {
      this.reset();
    });
    this.textarea.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.run();
      }
    });
    // Typing in the editor or reaching for Run: the engine starts loading while the reader works.
    for (const [target, ev] of [
      [this.textarea, 'focus'],
      [this.runButton, 'pointerenter'],
      [this.runButton, 'focus'],
      [this.runButton, 'touchstart'],
    ] as const)
      target.addEventListener(
        ev,
        () => {
          this.prefetch();
        },
        { once: true, passive: true },
      );
  }

  /** Start the engine and tables loading in the background (errors surface when the query runs). */
  prefetch(): void {
    if (this.engineStarted) return;
    this.engineStarted = true;
    loadEngine(this.engine).catch(() => {
      this.engineStarted = false;
    });
  }

  toggle(open = this.panel.hidden): void {
    this.panel.hidden = !open;
    this.toggleButton?.setAttribute('aria-expanded', String(open));
    if (open) {
      this.prefetch();
      this.textarea.focus();
    }
  }

  /** A shared link's query: shown in the editor and drawn at once. */
  async runShared(sql: string): Promise<void> {
    this.textarea.value = sql;
    this.toggle(true);
    await this.run('link');
  }

  /** The query drawn now, run again (the filters changed). */
  async rerun(): Promise<void> {
    await this.draw(this.host.shown.sql, this.host.shown.edited || 'page');
  }

  async run(by: 'page' | 'link' = 'page'): Promise<void> {
    const sql = this.textarea.value;
    if (sql.trim() === '') return;
    // The published query itself: the published chart, no engine needed.
    if (sql.trim() === this.host.data.sql.trim()) {
      this.reset();
      return;
    }
    await this.draw(sql, by);
  }

  reset(): void {
    this.textarea.value = this.host.data.sql;
    this.error.hidden = true;
    this.say('');
    if (this.host.shown.edited) {
      this.table(this.host.shownRows());
      this.host.showPublished();
    }
  }

  private say(text: string): void {
    this.status.textContent = text;
  }

  private fail(heading: string, message: string): void {
    this.say('');
    this.error.replaceChildren();
    const strong = document.createElement('strong');
    strong.textContent = heading;
    const pre = document.createElement('p');
    pre.textContent = message;
    this.error.append(strong, pre);
    this.error.hidden = false;
    this.host.element.dataset['editState'] = 'error';
  }

  private async draw(sql: string, by: 'page' | 'link'): Promise<void> {
    this.runButton.disabled = true;
    this.error.hidden = true;
    this.host.element.dataset['editState'] = 'running';
    this.say(this.engineStarted ? this.s.running : this.s.loadingEngine);
    this.engineStarted = true;
    try {
      let run;
      try {
        run = await runInBrowser(sql, variableStatements(this.host.state), this.engine);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const load = (e as Error | undefined)?.name === 'LoadError';
        if (load) this.engineStarted = false;
        const hint = /\b(end|order|group)\b/i.test(message) && /syntax error|Parser Error/i.test(message);
        this.fail(load ? this.s.loadError : this.s.queryError, hint ? `${message}\n${this.s.endHint}` : message);
        return;
      }
      const lang = this.host.data.lang;
      const checked = run.over
        ? ({ ok: false, problem: { kind: 'too-many', rows: run.result.rows.length } } as const)
        : checkResult(run.result, this.spec.columns);
      if (!checked.ok) {
        this.fail(this.s.contractError, problemText(checked.problem, lang));
        return;
      }
      const rows = run.result.rows;
      const ctx = this.host.currentCtx();
      const drawing = drawChart(this.spec, rows, ctx, document);
      this.table(rows);
      this.host.showEdited({
        sql,
        columns: run.result.columns,
        rows,
        edited: by,
        text: shownText(drawing),
        wide: drawing.wide,
        narrow: drawing.narrow,
      });
      const label = this.host.element.querySelector('[data-edited-text]');
      if (label) label.textContent = by === 'link' ? this.s.editedLinkLabel : this.s.editedLabel;
      this.say(this.s.drawn(rows.length, run.ms));
      this.host.element.dataset['editState'] = 'drawn';
    } finally {
      this.runButton.disabled = false;
    }
  }

  /** The data table rebuilt for the rows drawn. */
  private table(rows: DataRow[]): void {
    fillRowsTable(this.host.element, this.spec, rows, this.host.data.lang);
  }
}
