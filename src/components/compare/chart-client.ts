// <chp-chart>: a build-time chart in the browser. Filters (kept in the URL) re-stack the published drawing; tooltips;
// embed code and links that keep the page's state; the height message in an embed. Editing the SQL, redrawing
// and downloads are loaded only when the reader asks (chart-edit.ts, chart-download.ts): no chart library or
// SQL engine is shipped up front.
import { maxOf } from '../charts/extent.ts';
import type { ChartHost, Shown } from './chart-host.ts';
import { sqlParam } from './chart-host.ts';
import { embedCode } from './embed-code.ts';
import { readFilters, rowKept, writeFilters, type FilterState } from './filter-state.ts';
import type { Island } from './island.ts';
import type { ChartContext } from './models/shared.ts';
import './place-picker.ts';
import { variablePrelude } from './query/params.ts';
import { mergeRows, readRowsFile, rowsFilePath, type ChartRows } from './rows-file.ts';
import { MAX_PLACES, PLACE_ID } from './selection.ts';

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
  /** Rows of each place loaded so far (the default places' from the page, the others fetched). */
  private rowsByPlace = new Map<string, ChartRows>();
  /** Label and source-line part of each place loaded so far. */
  private info = new Map<string, { label: string; source: string }>();

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
    this.seedPlaces();
    this.places = readPlaces(location.search, this.data.defaults);
    this.state['place'] = this.places;
    this.addEventListener('chp-pick', (e) => {
      this.pick((e as CustomEvent<string>).detail);
    });
    this.addEventListener('chp-unpick', (e) => {
      this.unpick((e as CustomEvent<string>).detail);
    });
    for (const el of this.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
      box.checked = (this.state[box.dataset['filter']!] ?? []).includes(box.value);
      box.addEventListener('change', () => this.onFilter());
    }
    for (const sel of this.querySelectorAll<HTMLSelectElement>('select[data-filter-select]')) {
      sel.value = this.state[sel.dataset['filterSelect']!]?.[0] ?? '';
      sel.addEventListener('change', () => this.onFilter());
    }
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      for (const box of this.querySelectorAll<HTMLInputElement>('input[data-filter]')) box.checked = false;
      for (const sel of this.querySelectorAll<HTMLSelectElement>('select[data-filter-select]')) sel.value = '';
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
    this.tooltips();
    this.chips();
    // The page holds the default places' drawing: another selection (a link's) or a filter is drawn now.
    if (this.isPublishedView()) this.apply();
    else {
      // Links and the SQL box follow the selection at once; the drawing follows when its code has loaded.
      this.links();
      void this.update();
    }
    if (this.hasAttribute('data-embed') && window.parent !== window) {
      const post = () => {
        window.parent.postMessage(
          {
            type: 'chp-embed-height',
            height: Math.ceil(document.documentElement.getBoundingClientRect().height),
            chart: this.data.chart,
          },
          '*',
        );
      };
      new ResizeObserver(post).observe(document.documentElement);
      post();
    }
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
    const next: FilterState = {};
    for (const f of this.data.filters) {
      const sel = this.querySelector<HTMLSelectElement>(`select[data-filter-select="${f.key}"]`);
      next[f.key] = sel
        ? sel.value
          ? [sel.value]
          : []
        : [...this.querySelectorAll<HTMLInputElement>(`input[data-filter="${f.key}"]:checked`)].map((b) => b.value);
    }
    next['place'] = this.places;
    this.state = next;
    void this.update();
  }

  /** The island's rows (the default places') by place, with their labels and source-line parts. */
  private seedPlaces(): void {
    const parts: Record<string, ChartRows> = {};
    this.data.rows.forEach((row, i) => {
      const slot = (parts[String(row['doc_id'])] ??= { rows: [], ranks: [] });
      slot.rows.push(row);
      slot.ranks.push(this.data.ranks[i] ?? 0);
    });
    for (const p of this.data.ctx.plans) {
      this.rowsByPlace.set(p.id, parts[p.id] ?? { rows: [], ranks: [] });
      this.info.set(p.id, { label: p.label, source: this.data.ctx.sources[p.id] ?? p.id });
    }
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
    void this.update().then(() =>
      picker?.say(this.data.strings.added.replace('{place}', this.info.get(id)?.label ?? id)),
    );
  }

  private unpick(id: string): void {
    const label = this.info.get(id)?.label ?? id;
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
    this.picker()?.setSelected(this.places.map((id) => ({ id, label: this.info.get(id)?.label ?? id })));
  }

  /** Fetch a place's rows file (/compare-rows/<doc>.json); a place that fails is dropped from the selection. */
  private async load(id: string): Promise<void> {
    if (this.rowsByPlace.has(id)) return;
    try {
      const res = await fetch(rowsFilePath(this.data.rowsBase, id));
      if (!res.ok) throw new Error(`HTTP ${String(res.status)}`);
      const file = readRowsFile(await res.json(), id);
      this.rowsByPlace.set(id, file.charts[this.data.chart] ?? { rows: [], ranks: [] });
      this.info.set(id, { label: file.place[this.data.lang], source: file.source[this.data.lang] });
    } catch {
      this.places = this.places.filter((p) => p !== id);
      this.picker()?.say(this.data.strings.rowsFailed.replace('{place}', id));
    }
  }

  /** The selected places' rows (in the full query's order) that the other filters keep. */
  selectedRows(): Island['rows'] {
    const merged = mergeRows(this.places.flatMap((p) => this.rowsByPlace.get(p) ?? []));
    const cols = Object.fromEntries(this.data.filters.map((f) => [f.key, f.column]));
    const others = { ...this.state, place: [] };
    return merged.rows.filter((r) => rowKept(r, others, cols));
  }

  /** The context to draw the current selection: its places, their source parts, the summary the filters keep. */
  currentCtx(): ChartContext {
    const cols = Object.fromEntries(this.data.filters.map((f) => [f.key, f.column]));
    const others = { ...this.state, place: [] };
    const ids = [...this.places].sort();
    return {
      ...this.data.ctx,
      plans: ids.map((id) => ({ id, label: this.info.get(id)?.label ?? id })),
      sources: Object.fromEntries(ids.map((id) => [id, this.info.get(id)?.source ?? id])),
      selected: this.places,
      summary: this.data.ctx.summary.filter((r) => rowKept(r, others, cols)),
    };
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
    const params = new URLSearchParams(writeFilters(location.search, this.urlState()));
    if (this.shown.edited) params.set(this.sqlKey(), this.shown.sql.trim());
    else params.delete(this.sqlKey());
    const q = params.toString().replace(/%2C/gi, ',');
    history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
    this.links();
  }

  /** The filters as the URL keeps them: the places only when they are not the default ones. */
  urlState(): FilterState {
    const d = this.data.defaults;
    const same = this.places.length === d.length && this.places.every((p, i) => p === d[i]);
    return { ...this.state, place: same ? [] : this.places };
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
    const search = location.search;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch], a[data-full-chart]')) {
      const url = new URL(a.href, location.href);
      const keep = new URLSearchParams(search);
      // The full chart is the compare page: it takes the filters and the query, not the embed's own options.
      if (a.hasAttribute('data-full-chart')) for (const k of ['chrome', 'theme']) keep.delete(k);
      url.search = keep.toString().replace(/%2C/gi, ',');
      // Same origin: a site path (the page as built wrote it), not a full URL.
      a.setAttribute('href', url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : url.href);
    }
    const original = this.querySelector<HTMLAnchorElement>('a[data-original]');
    if (original) original.setAttribute('href', `${original.pathname}${writeFilters('', this.urlState())}`);
    const code = this.querySelector<HTMLTextAreaElement>('textarea[data-embed-code]');
    if (code) {
      const src = new URL(this.data.embed.src, location.href);
      const params = new URLSearchParams(writeFilters('', this.urlState()));
      if (this.shown.edited) params.set('sql', this.shown.sql.trim());
      src.search = params.toString().replace(/%2C/gi, ',');
      code.value = embedCode({
        src: src.href,
        script: new URL(this.data.embed.script, location.href).href,
        title: this.shown.text.title,
        chart: this.data.chart,
        height:
          maxOf(
            this.shown.svgs.map((v) => v.getBoundingClientRect().height),
            300,
          ) + 220,
      });
      const link = this.querySelector<HTMLAnchorElement>('a[data-embed-link]');
      if (link) link.setAttribute('href', `${src.pathname}${src.search}`);
      const note = this.querySelector<HTMLElement>('[data-embed-edited]');
      if (note) note.hidden = !this.shown.edited;
    }
    const pre = this.querySelector('.chp-sql code');
    if (pre) {
      pre.textContent = this.shown.sql;
      const vars = variablePrelude(this.state);
      const varsNote = this.querySelector<HTMLElement>('[data-sql-vars]');
      if (varsNote) {
        varsNote.hidden = vars === '';
        varsNote.textContent = vars.trim();
      }
      const explore = this.querySelector<HTMLAnchorElement>('.chp-sql a');
      if (explore) {
        const url = new URL(explore.href, location.href);
        url.searchParams.set('sql', `${vars}${this.shown.sql.trim()}`);
        explore.setAttribute('href', `${url.pathname}${url.search}`);
      }
    }
  }

  showEdited(next: Parameters<ChartHost['showEdited']>[0]): void {
    const svgs = [next.wide, next.narrow].filter((s): s is SVGSVGElement => s !== null);
    for (const svg of svgs) tipify(svg);
    this.place(next.wide, next.narrow);
    this.shown = { ...next, svgs };
    this.texts();
    this.writeUrl();
    this.apply();
  }

  showPublished(): void {
    this.place(this.published[0] ?? null, this.published[1] ?? null);
    this.shown = {
      sql: this.data.sql,
      columns: this.data.columns,
      rows: this.data.rows,
      edited: false,
      text: { ...this.data.text, summary: this.shown.text.summary },
      svgs: this.published,
    };
    this.texts();
    this.writeUrl();
    if (this.isPublishedView()) {
      fillTableFromIsland(this);
      this.apply();
    } else void this.update();
  }

  /** Put the drawings into the wide and narrow slots (creating them if the page had nothing to draw). */
  private place(wide: SVGSVGElement | null, narrow: SVGSVGElement | null): void {
    const body = this.querySelector<HTMLElement>('.chart-body')!;
    body.querySelector('.chart-empty')?.remove();
    for (const [cls, svg] of [
      ['chp-wide', wide],
      ['chp-narrow', narrow],
    ] as const) {
      let slot = body.querySelector(`.${cls}`);
      if (!slot) {
        slot = document.createElement('div');
        slot.className = cls;
        body.appendChild(slot);
      }
      slot.replaceChildren(...(svg ? [svg] : []));
    }
  }

  /** Title, subtitle, notes, summary and the "edited" label for what is shown. */
  private texts(): void {
    const t = this.shown.text;
    const set = (sel: string, text: string) => {
      const el = this.querySelector(sel);
      if (el) el.textContent = text;
    };
    set('.chart-title', t.title);
    set('.chart-subtitle', t.subtitle);
    set('[data-summary]', t.summary);
    const notes = this.querySelector('.chart-notes');
    if (notes)
      notes.replaceChildren(
        ...t.notes.map((n) => {
          const li = document.createElement('li');
          li.textContent = n.text;
          if (n.rows) {
            li.dataset['noteColumn'] = n.rows.column;
            li.dataset['noteValues'] = n.rows.values.join(' ');
          }
          if (n.places) li.dataset['notePlaces'] = n.places.join(' ');
          return li;
        }),
      );
    const label = this.querySelector<HTMLElement>('[data-edited]');
    if (label) label.hidden = !this.shown.edited;
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

  /** One tooltip element for the chart: a mark's data-tip, shown at once and styled. */
  private tooltips(): void {
    const body = this.querySelector<HTMLElement>('.chart-body');
    if (!body) return;
    const tip = document.createElement('div');
    tip.className = 'chp-tip';
    tip.hidden = true;
    body.appendChild(tip);
    body.addEventListener('pointermove', (e) => {
      const el = (e.target as Element).closest('[data-tip]');
      if (!el) {
        tip.hidden = true;
        return;
      }
      tip.textContent = el.getAttribute('data-tip');
      tip.hidden = false;
      const box = body.getBoundingClientRect();
      const x = Math.min(e.clientX - box.left + 12, box.width - tip.offsetWidth - 4);
      tip.style.left = `${Math.max(0, x)}px`;
      tip.style.top = `${e.clientY - box.top + 14}px`;
    });
    body.addEventListener('pointerleave', () => {
      tip.hidden = true;
    });
  }
}

/** The places a link names (?place=a,b: ids, at most MAX_PLACES), or the default ones when it names none. */
export function readPlaces(search: string, defaults: string[]): string[] {
  const raw = new URLSearchParams(search).get('place');
  const ids = [...new Set((raw ?? '').split(',').map((v) => v.trim()))].filter((v) => PLACE_ID.test(v));
  return ids.length ? ids.slice(0, MAX_PLACES) : [...defaults];
}

/** Back to the published view's table (the default places' rows), without loading the drawing code. */
function fillTableFromIsland(host: ChpChart): void {
  const rows = host.querySelectorAll<HTMLTableRowElement>('table[data-rows] tr[data-i]');
  if (rows.length !== host.data.rows.length) void import('./chart-redraw.ts').then((m) => m.refillTable(host));
}

/** Plot's <title> tooltips become data-tip on the mark's link (the native ones are removed to avoid doubles). */
function tipify(svg: SVGSVGElement): void {
  for (const t of svg.querySelectorAll('title')) {
    const a = t.closest('a') ?? t.parentElement;
    a?.setAttribute('data-tip', t.textContent);
    t.remove();
  }
}

if (!customElements.get('chp-chart')) customElements.define('chp-chart', ChpChart);
