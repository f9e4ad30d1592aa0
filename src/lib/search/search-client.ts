// Browser side of /search/: loads the index on first use (focus or typing), runs queries, renders results with DOM nodes only.
import type { Segment } from './query.ts';
import { shardedSearch, type ShardedResult } from './sharded-search.ts';

interface Strings {
  loading: string;
  none: string;
  count: string;
  more: string;
  error: string;
  incomplete: string;
  labels: string;
  partial: string;
}

const LIMIT = 100;

function segmentsInto(parent: HTMLElement, segments: Segment[]): void {
  for (const s of segments) {
    if (s.hit) {
      const m = document.createElement('mark');
      m.textContent = s.text;
      parent.append(m);
    } else parent.append(document.createTextNode(s.text));
  }
}

export function mountSearch(root: HTMLElement): void {
  const form = root.querySelector('form') as HTMLFormElement;
  const input = root.querySelector('input') as HTMLInputElement;
  const status = root.querySelector('.status') as HTMLElement;
  const list = root.querySelector('.results') as HTMLOListElement;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const lang = root.dataset['lang'] === 'zh' ? 'zh' : 'en';
  const plans = root.dataset['plans'] ?? '/plans/';
  // The sharded index (./shards.ts): each query fetches only the shards and paragraph chunks it needs.
  const folder = root.dataset['index'] ?? '/search/';
  const index = shardedSearch((file) =>
    fetch(`${folder}${file}`).then((r) => {
      if (!r.ok) throw new Error(`${r.status}`);
      return r.json() as Promise<unknown>;
    }),
  );

  let serial = 0;
  const run = async (query: string) => {
    const mine = ++serial;
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    let result: ShardedResult;
    try {
      result = await index.query(query, { limit: LIMIT + 1 });
    } catch {
      if (mine === serial) status.textContent = strings.error;
      return;
    }
    if (mine !== serial) return;
    const { hits, docs } = result;
    const shown = hits.slice(0, LIMIT);
    status.textContent =
      (hits.length === 0
        ? strings.none
        : strings.count.replace('{n}', String(shown.length)) +
          (hits.length > LIMIT ? ` (${strings.more.replace('{n}', String(LIMIT))})` : '')) +
      (result.checked < result.candidates
        ? ` ${strings.partial.replace('{n}', String(result.checked)).replace('{m}', String(result.candidates))}`
        : '');
    list.replaceChildren(
      ...shown.map((h) => {
        const li = document.createElement('li');
        const where = document.createElement('p');
        where.className = 'where';
        const a = document.createElement('a');
        a.href = `${plans}${h.doc_id}/#p-${h.line}`;
        const doc = docs[h.doc_id];
        a.textContent = `${doc?.[lang] ?? h.doc_id} · ${doc?.sections[h.section_id] || h.section_id} · ¶${h.line}`;
        where.append(a);
        if (doc?.incomplete) where.append(document.createTextNode(` (${strings.incomplete})`));
        const snippet = document.createElement('p');
        snippet.className = 'snippet';
        snippet.lang = 'zh-Hans';
        if (h.clippedStart) snippet.append('…');
        segmentsInto(snippet, h.snippet);
        if (h.clippedEnd) snippet.append('…');
        li.append(where, snippet);
        if (h.labels.some((s) => s.hit)) {
          const labels = document.createElement('p');
          labels.className = 'labels small';
          labels.lang = 'en';
          labels.append(`${strings.labels}: `);
          segmentsInto(labels, h.labels);
          li.append(labels);
        }
        return li;
      }),
    );
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void index.warm().catch(() => {}), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 150);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  // A link to /search/?q=… is a search the reader asked for: run it.
  const q = new URL(location.href).searchParams.get('q');
  if (q) {
    input.value = q;
    void run(q);
  }
}
