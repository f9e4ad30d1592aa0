// <chp-chart>: a build-time chart in the browser. Filters (kept in the URL) re-stack the published drawing; tooltips;
// embed code and links that keep the page's state; the height message in an embed. Editing the SQL, redrawing
// and downloads are loaded only when the reader asks (chart-edit.ts, chart-download.ts): no chart library or
// SQL engine is shipped up front.
import { blockVisible, restack } from '../charts/stack.ts';
import type { ChartHost, Shown } from './chart-host.ts';
import { sqlParam } from './chart-host.ts';
import { embedCode } from './embed-code.ts';
import { readFilters, rowKept, writeFilters, type FilterState } from './filter-state.ts';
import type { Island } from './island.ts';
import { variablePrelude } from './query/params.ts';

type Editor = import('./chart-edit.ts').ChartEditor;

class ChpChart extends HTMLElement implements ChartHost {
  data!: Island;
  state: FilterState = {};
  shown!: Shown;
  /** The published drawings, kept to come back to after an edit. */
  private published: SVGSVGElement[] = [];
  private editor: Promise<Editor> | undefined;

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
    this.apply();
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
    this.state = next;
    this.writeUrl();
    // An edited query takes the filters as its variables: run it again. The published one is re-stacked.
    if (this.shown.edited) void this.edit().then((e) => e.rerun());
    else this.apply();
  }

  /** The address bar: filters, and the edited query if any. */
  writeUrl(): void {
    const params = new URLSearchParams(writeFilters(location.search, this.state));
    if (this.shown.edited) params.set(this.sqlKey(), this.shown.sql.trim());
    else params.delete(this.sqlKey());
    const q = params.toString().replace(/%2C/gi, ',');
    history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
    this.links();
  }

  /** Rows of the published result the filters keep (an edited result is already filtered by its query). */
  shownRows(): Island['rows'] {
    if (this.shown.edited) return this.shown.rows;
    const cols = Object.fromEntries(this.data.filters.map((f) => [f.key, f.column]));
    return this.data.rows.filter((r) => rowKept(r, this.state, cols));
  }

  /** Re-stack the published drawing and table for the filters; refresh counts, source line, links. */
  apply(): void {
    const edited = this.shown.edited !== false;
    if (!edited)
      for (const svg of this.shown.svgs) {
        restack(svg, (g) => blockVisible(Object.fromEntries(Object.entries(g.dataset)), this.state));
        const places = this.state['place'] ?? [];
        for (const a of svg.querySelectorAll<SVGAElement>('a[data-place]')) {
          if (places.length === 0 || places.includes(a.dataset['place']!)) a.removeAttribute('display');
          else a.setAttribute('display', 'none');
        }
      }
    const cols = Object.fromEntries(this.data.filters.map((f) => [f.key, f.column]));
    let shown = 0;
    for (const tr of this.querySelectorAll<HTMLTableRowElement>('tr[data-i]')) {
      const keep = edited || rowKept(this.data.rows[Number(tr.dataset['i'])]!, this.state, cols);
      tr.hidden = !keep;
      if (keep) shown += 1;
    }
    const total = edited ? this.shown.rows.length : this.data.rows.length;
    const count = this.querySelector('[data-count]');
    if (count)
      count.textContent = this.data.strings.showing.replace('{n}', String(shown)).replace('{total}', String(total));
    this.setAttribute('data-shown', String(shown));
    const source = this.querySelector('.chart-source');
    if (source) source.textContent = edited ? this.shown.text.source : this.sourceNow();
    if (!edited) this.notesNow();
    this.links();
  }

  /** The published source line for the current view: only the plans of the rows shown. */
  sourceNow(): string {
    const { template, parts, separator, extra } = this.data.source;
    const shown = this.shownRows();
    if (shown.length === this.data.rows.length) return this.data.text.source;
    const ids = [...new Set(shown.map((r) => String(r['doc_id'])))].sort();
    const list = ids.filter((p) => parts[p]).map((p) => parts[p]!);
    const line = template.replace('{list}', list.join(separator));
    const column = extra?.rows?.column;
    const values = new Set(extra?.rows?.values ?? []);
    const withExtra = extra?.text && (!column || shown.some((r) => values.has(String(r[column]))));
    return withExtra ? `${line} ${extra.text}` : line;
  }

  /** Notes of the published chart that still concern what the filters show (see ChartNote). */
  private notesNow(): void {
    const shown = this.shownRows();
    const places = this.state['place'] ?? [];
    for (const li of this.querySelectorAll<HTMLLIElement>('.chart-notes li')) {
      const { noteColumn, noteValues, notePlaces } = li.dataset;
      let keep = true;
      if (noteColumn && noteValues !== undefined) {
        const values = new Set(noteValues.split(' '));
        keep = shown.some((r) => values.has(String(r[noteColumn])));
      }
      if (notePlaces !== undefined && places.length > 0) keep &&= notePlaces.split(' ').some((p) => places.includes(p));
      li.hidden = !keep;
    }
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
    if (original) original.setAttribute('href', `${original.pathname}${writeFilters('', this.state)}`);
    const code = this.querySelector<HTMLTextAreaElement>('textarea[data-embed-code]');
    if (code) {
      const src = new URL(this.data.embed.src, location.href);
      const params = new URLSearchParams(writeFilters('', this.state));
      if (this.shown.edited) params.set('sql', this.shown.sql.trim());
      src.search = params.toString().replace(/%2C/gi, ',');
      code.value = embedCode({
        src: src.href,
        script: new URL(this.data.embed.script, location.href).href,
        title: this.shown.text.title,
        chart: this.data.chart,
        height: Math.max(...this.shown.svgs.map((v) => v.getBoundingClientRect().height), 300) + 220,
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
    this.apply();
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

/** Plot's <title> tooltips become data-tip on the mark's link (the native ones are removed to avoid doubles). */
function tipify(svg: SVGSVGElement): void {
  for (const t of svg.querySelectorAll('title')) {
    const a = t.closest('a') ?? t.parentElement;
    a?.setAttribute('data-tip', t.textContent);
    t.remove();
  }
}

if (!customElements.get('chp-chart')) customElements.define('chp-chart', ChpChart);
