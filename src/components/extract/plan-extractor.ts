// <plan-extractor>: the /extract/ page's script. It reads the reader's file or pasted text, hands the bytes to the
// Web Worker (extract-worker.ts, created on first use: the pipeline and the converters load then, not before),
// shows progress, the refusal of a bad file, or the result, and asks the worker for downloads and for the explorer
// hand-off. It imports nothing heavy; the chart module (Plot) is loaded when there is a result to draw.
import type { TargetsChartData } from './compare-targets.ts';
import type { PageText } from './strings.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

const PASTED = 'pasted.txt';

class PlanExtractor extends HTMLElement {
  private text!: PageText;
  private language: 'en' | 'zh' = 'en';
  private worker: Worker | null = null;
  private nextId = 1;
  /** The request whose replies count; replies to anything older are ignored. */
  private active = 0;
  private busy = false;
  private waiting = new Map<number, (reply: WorkerReply) => void>();

  private q(selector: string): HTMLElement {
    const el = this.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(`plan-extractor: no ${selector}`);
    return el;
  }

  connectedCallback(): void {
    this.text = JSON.parse(this.dataset['text'] ?? '{}') as PageText;
    this.language = this.dataset['lang'] === 'zh' ? 'zh' : 'en';
    this.dataset['state'] = 'idle';
    const fileInput = this.q('[data-file-input]') as HTMLInputElement;
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file) void this.extractFile(file);
    });
    (this.q('[data-form]') as HTMLFormElement).addEventListener('submit', (e) => {
      e.preventDefault();
      void this.extractPasted();
    });
    const drop = this.q('[data-drop]');
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.dataset['over'] = '';
    });
    drop.addEventListener('dragleave', () => delete drop.dataset['over']);
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      delete drop.dataset['over'];
      const file = e.dataTransfer?.files[0];
      if (file) void this.extractFile(file);
    });
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button');
      if (!button) return;
      if (button.dataset['download']) void this.download(button.dataset['download'], button.dataset['dataset']);
      else if ('exploreOpen' in button.dataset) void this.openExplorer();
    });
  }

  private status(message: string, progress?: { done: number; total: number }): void {
    this.q('[data-status]').textContent = message;
    const bar = this.q('[data-progress]') as HTMLProgressElement;
    bar.hidden = !progress;
    if (progress) {
      bar.max = progress.total;
      bar.value = progress.done;
    }
  }

  private showError(heading: string, message: string, hint: string): void {
    const box = this.q('[data-error]');
    const strong = document.createElement('strong');
    strong.textContent = heading;
    const pre = document.createElement('pre');
    pre.lang = 'en';
    pre.textContent = message;
    const parts: Node[] = [strong, pre];
    for (const line of [hint, this.text.tryAnother].filter(Boolean)) {
      const p = document.createElement('p');
      p.textContent = line;
      parts.push(p);
    }
    box.replaceChildren(...parts);
    box.hidden = false;
  }

  private getWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      const resolve = this.waiting.get(reply.id);
      if (reply.type === 'progress') {
        if (reply.id === this.active) this.progress(reply);
      } else if (resolve) {
        this.waiting.delete(reply.id);
        resolve(reply);
      }
    };
    // The worker script itself failed (did not load, or threw outside a request): every pending request fails.
    worker.onerror = (e) => {
      e.preventDefault();
      this.resetWorker(e.message || 'the extraction worker did not start');
    };
    this.worker = worker;
    return worker;
  }

  private resetWorker(message: string): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [id, resolve] of this.waiting) resolve({ type: 'failed', id, message });
    this.waiting.clear();
  }

  private request(message: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerReply> {
    return new Promise((resolve) => {
      this.waiting.set(message.id, resolve);
      this.getWorker().postMessage(message, transfer);
    });
  }

  private progress(p: Extract<WorkerReply, { type: 'progress' }>): void {
    const file = this.dataset['shown'] ?? '';
    if (p.stage === 'loading') this.status(this.text.loadingPipeline);
    else if (p.stage === 'converting') this.status(fill(this.text.converting, { file }));
    else if (p.stage === 'pages' && p.total)
      this.status(fill(this.text.pages, { file, done: p.done ?? 0, total: p.total }), {
        done: p.done ?? 0,
        total: p.total,
      });
    else if (p.stage === 'extracting') this.status(this.text.extracting);
  }

  private async extractPasted(): Promise<void> {
    const text = (this.q('[data-paste]') as HTMLTextAreaElement).value;
    if (text.trim() === '') {
      this.q('[data-results]').hidden = true;
      this.dataset['state'] = 'refused';
      this.status('');
      this.showError(this.text.refusedHeading, `${PASTED}: ${this.text.emptyPaste}`, '');
      return;
    }
    await this.extract(PASTED, new TextEncoder().encode(text).buffer, this.text.pasted);
  }

  private async extractFile(file: File): Promise<void> {
    this.begin(file.name);
    const max = Number(this.dataset['maxBytes'] ?? Infinity);
    // An oversized file is not read into memory: the worker refuses it by its size alone.
    const bytes = file.size > max ? new ArrayBuffer(0) : await file.arrayBuffer();
    await this.extract(file.name, bytes, file.name, file.size > max ? file.size : undefined);
    // The same file chosen again must fire `change`.
    (this.q('[data-file-input]') as HTMLInputElement).value = '';
  }

  /** The page shows at once that it took the input (before a large file is read into memory). */
  private begin(shown: string): void {
    this.dataset['state'] = 'busy';
    this.dataset['shown'] = shown;
    this.setAttribute('aria-busy', 'true');
    this.q('[data-error]').hidden = true;
    this.q('[data-results]').hidden = true;
    this.status(this.text.loadingPipeline);
  }

  private async extract(fileName: string, bytes: ArrayBuffer, shown: string, oversize?: number): Promise<void> {
    // A new file while one is running: stop the old run (a long PDF) rather than queue behind it.
    if (this.busy) this.resetWorker('superseded');
    const id = this.nextId++;
    this.active = id;
    this.busy = true;
    this.begin(shown);
    const root = new URL(this.dataset['root'] ?? '/', location.href).href;
    const reply = await this.request(
      {
        type: 'extract',
        id,
        lang: this.language,
        root,
        fileName,
        bytes,
        ...(oversize !== undefined ? { size: oversize } : {}),
      },
      [bytes],
    );
    if (id !== this.active) return;
    this.busy = false;
    this.removeAttribute('aria-busy');
    if (reply.type === 'result') {
      this.showResult(reply, shown);
      this.dataset['state'] = 'done';
    } else if (reply.type === 'refused') {
      this.status('');
      this.showError(this.text.refusedHeading, reply.message, reply.hint);
      this.dataset['state'] = 'refused';
    } else if (reply.type === 'failed') {
      if (reply.message === 'superseded') return;
      this.status('');
      this.showError(this.text.failedHeading, reply.message, this.text.failedHint);
      this.dataset['state'] = 'failed';
    }
  }

  private showResult(reply: Extract<WorkerReply, { type: 'result' }>, shown: string): void {
    const { html } = reply;
    this.status(fill(this.text.done, { s: (reply.ms / 1000).toFixed(1), summary: html.summary }));
    this.q('[data-results-title]').textContent = fill(this.text.resultsFor, { file: shown });
    this.q('[data-summary]').textContent = html.summary;
    this.q('[data-facts]').innerHTML = html.facts;
    this.q('[data-notes]').innerHTML = html.notes;
    this.q('[data-outline]').innerHTML = html.outline;
    this.q('[data-legend]').innerHTML = html.legend;
    this.q('[data-plan-text]').innerHTML = html.text;
    this.q('[data-tables]').innerHTML = html.tables;
    const list = this.q('[data-downloads]');
    list.replaceChildren(
      ...html.counts.map((c) => {
        const li = document.createElement('li');
        li.append(`${c.title} (${c.rows}) `);
        for (const kind of ['csv', 'json']) {
          const b = document.createElement('button');
          b.type = 'button';
          b.textContent = kind.toUpperCase();
          b.dataset['download'] = kind;
          b.dataset['dataset'] = c.name;
          b.setAttribute('aria-label', `${c.title}: ${kind.toUpperCase()}`);
          li.append(b, ' ');
        }
        return li;
      }),
    );
    this.q('[data-results]').hidden = false;
    const outline = this.querySelector<HTMLDetailsElement>('[data-outline] details');
    if (outline && matchMedia('(min-width: 64rem)').matches) outline.open = true;
    void this.drawChart(reply.chart, reply.chartError);
  }

  private async drawChart(chart: TargetsChartData | null, error: string): Promise<void> {
    const status = this.q('[data-chart-status]');
    const body = this.q('[data-chart]');
    body.replaceChildren();
    this.q('[data-chart-source]').textContent = chart?.source ?? '';
    this.q('[data-chart-summary]').replaceChildren(
      ...(chart?.summary ?? []).map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
    if (!chart) {
      status.textContent = fill(this.text.chartFailed, { message: error });
      return;
    }
    if (chart.marks.length === 0) {
      status.textContent = this.text.chartEmpty;
      return;
    }
    status.textContent = this.text.chartLoading;
    try {
      const { drawTargets } = await import('./draw-targets.ts');
      body.replaceChildren(...drawTargets(chart, this.language));
      status.textContent = '';
      this.dataset['chart'] = 'drawn';
    } catch (err) {
      status.textContent = fill(this.text.chartFailed, { message: (err as Error).message });
    }
  }

  private async download(kind: string, dataset?: string): Promise<void> {
    if (kind !== 'zip' && kind !== 'csv' && kind !== 'json') return;
    const reply = await this.request({ type: 'download', id: this.nextId++, kind, ...(dataset ? { dataset } : {}) });
    if (reply.type !== 'file') {
      if (reply.type === 'failed' || reply.type === 'refused')
        this.showError(this.text.failedHeading, reply.message, '');
      return;
    }
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([reply.bytes], { type: reply.mime }));
    a.download = reply.name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  private async openExplorer(): Promise<void> {
    this.status(this.text.storing);
    const reply = await this.request({ type: 'store', id: this.nextId++ });
    if (reply.type !== 'stored') {
      this.status(fill(this.text.storeFailed, { message: reply.type === 'failed' ? reply.message : reply.type }));
      return;
    }
    location.assign(new URL(this.dataset['explore'] ?? '/explore/?local=1', location.href).href);
  }
}

customElements.define('plan-extractor', PlanExtractor);
