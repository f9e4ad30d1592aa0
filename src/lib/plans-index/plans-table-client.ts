// Browser side of /plans/: sort buttons in the column headings, filters, counts and pages over the plans index
// rows (./rows.ts), from the page's data-rows or, for thousands of plans, from /plans-index.json. DOM nodes only.
import {
  filterRows,
  fromIndexFile,
  pageOf,
  placeOf,
  provinceOf,
  sortRows,
  stateFromQuery,
  stateToQuery,
  type Lang,
  type PlanIndexRow,
  type PlansIndexFile,
  type SortKey,
  type TableState,
} from './rows.ts';

interface Strings {
  count: string;
  pageOf: string;
  noMatch: string;
  level: Record<string, string>;
  complete: string;
  incomplete: string;
  completeWithout: string;
  missingOne: string;
  missingMany: string;
}

const fill = (template: string, values: Record<string, number>) =>
  template.replace(/\{(\w)\}/g, (_, k: string) => String(values[k] ?? ''));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** The row PlanIndexRow.astro renders, built with DOM nodes. */
function rowElement(r: PlanIndexRow, lang: Lang, plans: string, s: Strings): HTMLTableRowElement {
  const tr = el('tr');
  const th = el('th');
  th.scope = 'row';
  const a = el('a', placeOf(r, lang));
  a.href = `${plans}${r.id}/`;
  th.append(a);
  if (lang === 'en' && r.placeZh) {
    const zh = el('span', r.placeZh, 'zh');
    zh.lang = 'zh-Hans';
    th.append(' ', zh);
  }
  const badge =
    r.completeness === 'complete'
      ? el('span', s.complete, 'badge')
      : el('span', r.completeness === 'attachments' ? s.completeWithout : s.incomplete, 'badge bad');
  if (r.completeness === 'attachments')
    badge.title = r.missing === 1 ? s.missingOne : fill(s.missingMany, { n: r.missing });
  const completeness = el('td');
  completeness.append(badge);
  tr.append(
    th,
    el('td', provinceOf(r, lang)),
    el('td', s.level[r.level] ?? ''),
    el('td', r.year === null ? '—' : String(r.year), 'num'),
    el('td', String(r.targets), 'num'),
    completeness,
  );
  return tr;
}

export function mountPlansTable(root: HTMLElement): void {
  const lang: Lang = root.dataset['lang'] === 'zh' ? 'zh' : 'en';
  const plans = root.dataset['plans'] ?? '/plans/';
  const size = Number(root.dataset['pageSize'] ?? 50);
  const s = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const form = root.querySelector('form.filters') as HTMLFormElement;
  const count = root.querySelector('.count') as HTMLElement;
  const tbody = root.querySelector('tbody') as HTMLTableSectionElement;
  const pager = root.querySelector('.pager') as HTMLElement;
  const pageText = pager.querySelector('.page-of') as HTMLElement;
  const prev = pager.querySelector('.prev') as HTMLButtonElement;
  const next = pager.querySelector('.next') as HTMLButtonElement;
  const headers = [...root.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
  // The URL's query holds the filters, sort and page: a link or a reload shows the same view.
  const state: TableState = stateFromQuery(location.search);
  let rows: PlanIndexRow[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const render = () => {
    const matching = sortRows(filterRows(rows, state), state.sort, state.dir, lang);
    const page = pageOf(matching, state.page, size);
    state.page = page.page;
    if (page.rows.length === 0) {
      const tr = el('tr');
      const td = el('td', s.noMatch);
      td.colSpan = headers.length;
      tr.append(td);
      tbody.replaceChildren(tr);
    } else tbody.replaceChildren(...page.rows.map((r) => rowElement(r, lang, plans, s)));
    count.textContent = fill(s.count, { n: matching.length, m: rows.length });
    pager.hidden = page.pages <= 1;
    pageText.textContent = fill(s.pageOf, { p: page.page + 1, q: page.pages });
    prev.disabled = page.page === 0;
    next.disabled = page.page >= page.pages - 1;
    const query = stateToQuery(state);
    if (query !== location.search && !(query === '' && location.search === '?'))
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    for (const th of headers) {
      if (th.dataset['sort'] === state.sort)
        th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
      const arrow = th.querySelector('.arrow');
      if (arrow) arrow.textContent = th.dataset['sort'] === state.sort ? (state.dir === 'asc' ? '▲' : '▼') : '';
    }
  };

  const start = (loaded: PlanIndexRow[]) => {
    rows = loaded;
    for (const th of headers) {
      const button = el('button');
      button.type = 'button';
      button.append(...th.childNodes, el('span', '', 'arrow'));
      button.querySelector('.arrow')?.setAttribute('aria-hidden', 'true');
      th.append(button);
      button.addEventListener('click', () => {
        const key = th.dataset['sort'] as SortKey;
        // Numbers start with the largest, names with A.
        state.dir = state.sort === key ? (state.dir === 'asc' ? 'desc' : 'asc') : key === 'targets' ? 'desc' : 'asc';
        state.sort = key;
        state.page = 0;
        render();
      });
    }
    root.querySelector('.sort-hint')?.removeAttribute('hidden');
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
      const value = (state as unknown as Record<string, unknown>)[control.name];
      if (typeof value !== 'string') continue;
      control.value = value;
      // A value the select does not offer (a stale link) is dropped rather than filtering on something unseen.
      if (control.value !== value) (state as unknown as Record<string, string>)[control.name] = '';
    }
    form.hidden = false;
    form.addEventListener('input', (e) => {
      const target = e.target as HTMLInputElement | HTMLSelectElement;
      const apply = () => {
        (state as unknown as Record<string, string>)[target.name] = target.value;
        state.page = 0;
        render();
      };
      clearTimeout(timer);
      if (target.name === 'text') timer = setTimeout(apply, 120);
      else apply();
    });
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('reset', () => {
      Object.assign(state, { province: '', level: '', year: '', completeness: '', targets: '', text: '', page: 0 });
      setTimeout(render);
    });
    prev.addEventListener('click', () => {
      state.page--;
      render();
    });
    next.addEventListener('click', () => {
      state.page++;
      render();
    });
    render();
  };

  const inline = root.dataset['rows'];
  if (inline) start(fromIndexFile(JSON.parse(inline) as PlansIndexFile));
  else if (root.dataset['src'])
    void fetch(root.dataset['src'])
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<PlansIndexFile>;
      })
      .then((file) => start(fromIndexFile(file)))
      // The server's first page and its note stay: the reader still has a table and documents.csv.
      .catch(() => {});
}
