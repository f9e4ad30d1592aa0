// <chp-chart>: a build-time chart in the browser. Filters (kept in the URL) re-stack the published drawing; tooltips;
// embed code and links that keep the page's state; the height message in an embed. Editing the SQL, redrawing
// and downloads are loaded only when the reader asks (chart-edit.ts, chart-download.ts): no chart library or
// SQL engine is shipped up front. The element holds the state; its parts are in chart-url.ts (the address bar),
// chart-links.ts (links and code that follow it), place-rows.ts (the selected places' rows), filter-controls.ts,
// chart-display.ts, chart-tooltips.ts and embed-height.ts.
import { placeDrawings, showTexts } from './chart-display.ts';
import type { ChartHost, Shown } from './chart-host.ts';
import { sqlParam } from './chart-host.ts';
import { updateLinks } from './chart-links.ts';
import { tipify, wireTooltips } from './chart-tooltips.ts';
import { readPlaces, urlState, writeAddressBar } from './chart-url.ts';
import { reportEmbedHeight } from './embed-height.ts';
import { clearFilterControls, readFilterControls, wireFilterControls } from './filter-controls.ts';
import { readFilters, type FilterState } from './filter-state.ts';
import type { Island } from './island.ts';
import type { ChartContext } from './models/shared.ts';
import './place-picker.ts';
import { PlaceRows } from './place-rows.ts';
import { MAX_PLACES } from './selection.ts';

type Editor = import('./chart-edit.ts').ChartEditor;

class ChpChart extends HTMLElement implements ChartHost {
  data!: Island;
  state: FilterState = {};
  shown!: Shown;
  /** The published drawings, kept to come back to after an edit. */
  private published: SVGSVGElement[] = [];
  private editor: Promise<Editor> | undefined;
  /** The places drawn over the summary, in the reader's order. */
  places: string[] = [];
  /** The rows, labels and source parts of the places loaded so far. */
  private rows!: PlaceRows;

  get element(): HTMLElement {
    return this;
  }

  connectedCallback(): void {
    const island = this.querySelector('script.chp-data');
    if (!island?.textContent) return;
    this.data = JSON.parse(island.textContent) as Island;
    this.published = [...this.querySelectorAll<SVGSVGElement>('.chart-body svg.chp-chart')];
    this.shown = {
      sql: this.data.sql,
      columns: this.data.columns,
      rows: this.data.rows,
      edited: false,
      text: { ...this.data.text, summary: this.querySelector('[data-summary]')?.textContent ?? '' },
      svgs: this.published,
    };
    const allowed = Object.fromEntries(this.data.filters.map((f) => [f.key, f.values]));
    this.state = readFilters(location.search, allowed);
    this.rows = new PlaceRows(this.data);
    this.places = readPlaces(location.search, this.data.defaults);
    this.state['place'] = this.places;
    this.addEventListener('chp-pick', (e) => {
      this.pick((e as CustomEvent<string>).detail);
    });
    this.addEventListener('chp-unpick', (e) => {
      this.unpick((e as CustomEvent<string>).detail);
    });
    for (const el of this.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
    wireFilterControls(this, this.state, () => this.onFilter());
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      clearFilterControls(this);
      this.places = [...this.data.defaults];
      this.onFilter();
    });
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-dl]'))
      b.addEventListener('click', () => void this.download(b.dataset['dl']!));
    this.querySelector('[data-copy]')?.addEventListener('click', (e) => {
      void this.copy(e.currentTarget as HTMLButtonElement);
    });
    this.wireEditor();
    for (const svg of this.published) tipify(svg);
    wireTooltips(this);
    this.chips();
    // The page holds the default places' drawing: another selection (a link's) or a filter is drawn now.
    if (this.isPublishedView()) this.apply();
    else {
      // Links and the SQL box follow the selection at once; the drawing follows when its code has loaded.
      this.links();
      void this.update();
    }
    if (this.hasAttribute('data-embed') && window.parent !== window) reportEmbedHeight(this.data.chart);
    // A shared link with an edited query: redraw with it at once (the engine loads now).
    const shared = new URLSearchParams(location.search).get(this.sqlKey());
    if (shared !== null && shared.trim() !== '' && shared.trim() !== this.data.sql.trim())
      void this.edit().then((e) => e.runShared(shared));
  }

  /** `sql`, or `sql.<chart>` where the page has several charts. */
  sqlKey(): string {
    return sqlParam(this.data.chart, document.querySelectorAll('chp-chart').length);
  }

  /** The editor module, fetched on the first sign of intent (hover, focus, touch of "Edit SQL"). */
  edit(): Promise<Editor> {
    this.editor ??= import('./chart-edit.ts').then((m) => new m.ChartEditor(this));
    return this.editor;
  }

  private wireEditor(): void {
    const button = this.querySelector<HTMLButtonElement>('button[data-edit]');
    if (!button) return;
    const intent = () => void this.edit().then((e) => e.prefetch());
    for (const ev of ['pointerenter', 'focus', 'touchstart'] as const)
      button.addEventListener(ev, intent, { once: true, passive: true });
    button.addEventListener('click', () => void this.edit().then((e) => e.toggle()));
  }

  private onFilter(): void {
    const next = readFilterControls(this, this.data.filters);
    next['place'] = this.places;
    this.state = next;
    void this.update();
  }

  /** Whether the view is the one the page was built with: the default places, no other filter, no edit. */
  private isPublishedView(): boolean {
    const same =
      this.places.length === this.data.defaults.length && this.places.every((p) => this.data.defaults.includes(p));
    const filtered = Object.entries(this.state).some(([k, v]) => k !== 'place' && v.length > 0);
    return same && !filtered && !this.shown.edited;
  }

  private pick(id: string): void {
    if (this.places.includes(id)) return;
    const picker = this.picker();
    if (this.places.length >= MAX_PLACES) {
      picker?.say(this.data.strings.full);
      return;
    }
    this.places = [...this.places, id];
    this.state['place'] = this.places;
    this.writeUrl();
    void this.update().then(() => picker?.say(this.data.strings.added.replace('{place}', this.rows.label(id))));
  }

  private unpick(id: string): void {
    const label = this.rows.label(id);
    this.places = this.places.filter((p) => p !== id);
    this.state['place'] = this.places;
    this.writeUrl();
    // The chip's button goes away: the focus moves to the picker's input at once, not after the redraw.
    const chip = this.querySelector(`.chp-chip[data-place="${CSS.escape(id)}"]`);
    if (chip?.contains(document.activeElement))
      this.querySelector<HTMLInputElement>('chp-place-picker input[role="combobox"]')?.focus();
    void this.update().then(() => this.picker()?.say(this.data.strings.removed.replace('{place}', label)));
  }

  private picker():
    (HTMLElement & { say(t: string): void; setSelected(p: { id: string; label: string }[]): void }) | null {
    return this.querySelector('chp-place-picker');
  }

  /** Show the selected places as chips in the picker. */
  private chips(): void {
    this.picker()?.setSelected(this.places.map((id) => ({ id, label: this.rows.label(id) })));
  }

  /** Fetch a place's rows (/compare-rows/<doc>.json); a place that fails is dropped from the selection. */
  private async load(id: string): Promise<void> {
    if (await this.rows.load(id)) return;
    this.places = this.places.filter((p) => p !== id);
    this.picker()?.say(this.data.strings.rowsFailed.replace('{place}', id));
  }

  /** The selected places' rows (in the full query's order) that the other filters keep. */
  selectedRows(): Island['rows'] {
    return this.rows.selectedRows(this.places, this.state);
  }

  /** The context to draw the current selection: its places, their source parts, the summary the filters keep. */
  currentCtx(): ChartContext {
    return this.rows.context(this.places, this.state);
  }

  /** Load the rows of newly selected places, then redraw (or rerun an edited query with the new variables). */
  async update(): Promise<void> {
    await Promise.all(this.places.map((p) => this.load(p)));
    this.state['place'] = this.places;
    this.chips();
    this.writeUrl();
    if (this.shown.edited) {
      this.writeUrl();
      await (await this.edit()).rerun();
      return;
    }
    const { redraw } = await import('./chart-redraw.ts');
    redraw(this, this.selectedRows(), this.currentCtx());
  }

  /** The address bar: filters, and the edited query if any. */
  writeUrl(): void {
    writeAddressBar(this.urlState(), this.sqlKey(), this.shown.edited ? this.shown.sql.trim() : null);
    this.links();
  }

  /** The filters as the URL keeps them: the places only when they are not the default ones. */
  urlState(): FilterState {
    return urlState(this.state, this.places, this.data.defaults);
  }

  /** Rows drawn now: the selected places' rows the filters keep, or an edited result (filtered by its query). */
  shownRows(): Island['rows'] {
    if (this.shown.edited) return this.shown.rows;
    return this.selectedRows();
  }

  /** Counts and links for what is shown (the drawing, words and table are already in place). */
  apply(): void {
    const shown = this.querySelectorAll('table[data-rows] tr[data-i]').length;
    const count = this.querySelector('[data-count]');
    if (count)
      count.textContent = this.data.strings.showing.replace('{n}', String(shown)).replace('{total}', String(shown));
    this.setAttribute('data-shown', String(shown));
    const source = this.querySelector('.chart-source');
    if (source) source.textContent = this.shown.text.source;
    this.links();
  }

  /** Embed code, SQL box, the language switch and the full-chart link follow filters and edits. */
  private links(): void {
    updateLinks(this, this.data, this.shown, this.state, this.urlState());
  }

  showEdited(next: Parameters<ChartHost['showEdited']>[0]): void {
    const svgs = [next.wide, next.narrow].filter((s): s is SVGSVGElement => s !== null);
    for (const svg of svgs) tipify(svg);
    placeDrawings(this, next.wide, next.narrow);
    this.shown = { ...next, svgs };
    showTexts(this, this.shown);
    this.writeUrl();
    this.apply();
  }

  showPublished(): void {
    placeDrawings(this, this.published[0] ?? null, this.published[1] ?? null);
    this.shown = {
      sql: this.data.sql,
      columns: this.data.columns,
      rows: this.data.rows,
      edited: false,
      text: { ...this.data.text, summary: this.shown.text.summary },
      svgs: this.published,
    };
    showTexts(this, this.shown);
    this.writeUrl();
    if (this.isPublishedView()) {
      fillTableFromIsland(this);
      this.apply();
    } else void this.update();
  }

  private async download(kind: string): Promise<void> {
    const { download } = await import('./chart-download.ts');
    await download(this, kind);
  }

  private async copy(button: HTMLButtonElement): Promise<void> {
    const code = this.querySelector<HTMLTextAreaElement>('textarea[data-embed-code]');
    if (!code) return;
    code.select();
    try {
      await navigator.clipboard.writeText(code.value);
      button.textContent = this.data.strings.copied;
    } catch {
      // No clipboard permission: the text stays selected for Ctrl+C.
    }
  }
}

/** Back to the published view's table (the default places' rows), without loading the drawing code. */
function fillTableFromIsland(host: ChpChart): void {
  const rows = host.querySelectorAll<HTMLTableRowElement>('table[data-rows] tr[data-i]');
  if (rows.length !== host.data.rows.length) void import('./chart-redraw.ts').then((m) => m.refillTable(host));
}

if (!customElements.get('chp-chart')) customElements.define('chp-chart', ChpChart);
