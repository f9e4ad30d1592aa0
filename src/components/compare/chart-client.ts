// <chp-chart>: enhances a build-time chart in the browser: filters (kept in the URL), tooltips, CSV/SVG/PNG
// downloads, embed code, and in an embed the height message to the host page. No chart library is shipped.
import { blockVisible, restack } from '../charts/stack.ts';
import { exportSvg } from '../charts/export-svg.ts';
import { embedCode } from './embed-code.ts';
import { readFilters, rowKept, writeFilters, type FilterState } from './filter-state.ts';

interface Island {
  chart: string;
  columns: string[];
  rows: Record<string, string | number | boolean | null>[];
  filters: { key: string; column: string; values: string[] }[];
  text: { title: string; subtitle: string; source: string; notes: string[] };
  source: { template: string; parts: Record<string, string>; separator: string };
  strings: { showing: string; copied: string };
  embed: { src: string; script: string };
}

/** The chart's rows as CSV by the one writer (BOM, CRLF, formulas defused), loaded only when a download is asked for. */
async function toCsv(columns: string[], rows: Island['rows']): Promise<string> {
  const { objectsToCsv } = await import('../../lib/csv/write.ts');
  return objectsToCsv(columns, rows);
}

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

class ChpChart extends HTMLElement {
  private data!: Island;
  private state: FilterState = {};
  /** The wide and the narrow drawing: both follow the filters; exports use the wide one. */
  private svgs: SVGSVGElement[] = [];
  private get svg(): SVGSVGElement | null {
    return this.svgs[0] ?? null;
  }

  connectedCallback(): void {
    const island = this.querySelector('script.chp-data');
    if (!island?.textContent) return;
    this.data = JSON.parse(island.textContent) as Island;
    this.svgs = [...this.querySelectorAll<SVGSVGElement>('.chart-body svg.chp-chart')];
    const allowed = Object.fromEntries(this.data.filters.map((f) => [f.key, f.values]));
    this.state = readFilters(location.search, allowed);
    for (const el of this.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
      box.checked = (this.state[box.dataset.filter!] ?? []).includes(box.value);
      box.addEventListener('change', () => this.onFilter());
    }
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      for (const box of this.querySelectorAll<HTMLInputElement>('input[data-filter]')) box.checked = false;
      this.onFilter();
    });
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-dl]'))
      b.addEventListener('click', () => void this.download(b.dataset.dl!));
    this.querySelector('[data-copy]')?.addEventListener(
      'click',
      (e) => void this.copy(e.currentTarget as HTMLButtonElement),
    );
    this.tooltips();
    this.apply();
    if (this.hasAttribute('data-embed') && window.parent !== window) {
      const post = () =>
        window.parent.postMessage(
          {
            type: 'chp-embed-height',
            height: Math.ceil(document.documentElement.getBoundingClientRect().height),
            chart: this.data.chart,
          },
          '*',
        );
      new ResizeObserver(post).observe(document.documentElement);
      post();
    }
  }

  private onFilter(): void {
    const next: FilterState = {};
    for (const f of this.data.filters)
      next[f.key] = [...this.querySelectorAll<HTMLInputElement>(`input[data-filter="${f.key}"]:checked`)].map(
        (b) => b.value,
      );
    this.state = next;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${writeFilters(location.search, next)}${location.hash}`,
    );
    this.apply();
  }

  private shownRows(): Island['rows'] {
    const cols = Object.fromEntries(this.data.filters.map((f) => [f.key, f.column]));
    return this.data.rows.filter((r) => rowKept(r, this.state, cols));
  }

  private apply(): void {
    const cols = Object.fromEntries(this.data.filters.map((f) => [f.key, f.column]));
    for (const svg of this.svgs) {
      restack(svg, (g) => blockVisible({ place: g.dataset.place, group: g.dataset.group }, this.state));
      const places = this.state['place'] ?? [];
      for (const a of svg.querySelectorAll<SVGAElement>('a[data-place]')) {
        if (places.length === 0 || places.includes(a.dataset.place!)) a.removeAttribute('display');
        else a.setAttribute('display', 'none');
      }
    }
    let shown = 0;
    for (const tr of this.querySelectorAll<HTMLTableRowElement>('tr[data-i]')) {
      const keep = rowKept(this.data.rows[Number(tr.dataset.i)]!, this.state, cols);
      tr.hidden = !keep;
      if (keep) shown += 1;
    }
    const count = this.querySelector('[data-count]');
    if (count)
      count.textContent = this.data.strings.showing
        .replace('{n}', String(shown))
        .replace('{total}', String(this.data.rows.length));
    this.setAttribute('data-shown', String(shown));
    const source = this.querySelector('.chart-source');
    if (source) source.textContent = this.sourceNow();
    const code = this.querySelector<HTMLTextAreaElement>('textarea[data-embed-code]');
    if (code) {
      const src = new URL(this.data.embed.src, location.href);
      src.search = writeFilters('', this.state);
      code.value = embedCode({
        src: src.href,
        script: new URL(this.data.embed.script, location.href).href,
        title: this.data.text.title,
        chart: this.data.chart,
        height: Math.max(...this.svgs.map((v) => v.getBoundingClientRect().height), 300) + 220,
      });
    }
  }

  /** The source line for the current view: only the plans of the selected places. */
  private sourceNow(): string {
    const places = this.state['place'] ?? [];
    const { template, parts, separator } = this.data.source;
    if (places.length === 0 || !template.includes('{list}')) return this.data.text.source;
    return template.replace(
      '{list}',
      places
        .filter((p) => parts[p])
        .map((p) => parts[p])
        .join(separator),
    );
  }

  private picture(): string {
    const doc = document.implementation.createDocument('http://www.w3.org/2000/svg', 'svg', null);
    const svg = exportSvg(doc, this.svg!, { ...this.data.text, source: this.sourceNow() });
    return new XMLSerializer().serializeToString(svg);
  }

  private async download(kind: string): Promise<void> {
    const name = this.data.chart;
    if (kind === 'csv-all')
      save(
        new Blob([await toCsv(this.data.columns, this.data.rows)], { type: 'text/csv;charset=utf-8' }),
        `${name}.csv`,
      );
    if (kind === 'csv-shown')
      save(
        new Blob([await toCsv(this.data.columns, this.shownRows())], { type: 'text/csv;charset=utf-8' }),
        `${name}-shown.csv`,
      );
    if (!this.svg) return;
    const markup = this.picture();
    if (kind === 'svg') save(new Blob([markup], { type: 'image/svg+xml' }), `${name}.svg`);
    if (kind === 'png') {
      const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
      const img = new Image();
      await new Promise<void>((ok, fail) => {
        img.onload = () => ok();
        img.onerror = () => fail(new Error('PNG: the SVG did not load'));
        img.src = url;
      });
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth * scale;
      canvas.height = img.naturalHeight * scale;
      const ctx = canvas.getContext('2d')!;
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
      if (blob) save(blob, `${name}.png`);
    }
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

  /** Plot's <title> tooltips, shown at once and styled; the native ones are removed to avoid doubles. */
  private tooltips(): void {
    const body = this.querySelector<HTMLElement>('.chart-body');
    if (!body) return;
    for (const t of body.querySelectorAll('svg title')) {
      const a = t.closest('a') ?? t.parentElement;
      a?.setAttribute('data-tip', t.textContent);
      t.remove();
    }
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

if (!customElements.get('chp-chart')) customElements.define('chp-chart', ChpChart);
