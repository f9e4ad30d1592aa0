// The result of a query as a table: sortable columns (a button in each header: click, Enter or Space; aria-sort says
// the order), and cells that lead back to the plan page (src/lib/explore-links.ts). Text is always set as text.
import type { QueryResult } from '../../lib/explore-format.ts';
import { formatCell } from '../../lib/explore-format.ts';
import { columnLinks, lineHref, type LinkSpec } from '../../lib/explore-links.ts';
import { nextSort, sortedOrder, type SortState } from '../../lib/explore-sort.ts';
import { lineOf } from '../../lib/text/lines.ts';
import { el } from './dom.ts';

export interface ResultTableOptions {
  label: string;
  /** Accessible words for a header's button: "{name}: sort" and the plan-page link of a cell. */
  sortLabel: (column: string) => string;
  links: LinkSpec;
  /** Tables the query names (a key that two datasets share links only when one of them is named). */
  named: readonly string[];
  locale: string;
  maxShown: number;
}

/** Source texts of the plans, fetched once per page when a quote's paragraph must be found by its offset. */
const sources = new Map<string, Promise<string>>();
function sourceText(url: string): Promise<string> {
  let p = sources.get(url);
  if (!p) {
    p = fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))));
    sources.set(url, p);
    p.catch(() => sources.delete(url));
  }
  return p;
}

export function resultTable(result: QueryResult, opts: ResultTableOptions): HTMLElement {
  const resolvers = columnLinks(
    result.columns.map((c) => c.name),
    opts.links,
    opts.named,
  );
  const table = el('table');
  const head = el('tr');
  const body = el('tbody');
  let sort: SortState | null = null;

  const headers = result.columns.map((c, i) => {
    const th = el('th');
    th.scope = 'col';
    th.title = c.type;
    const button = el('button', undefined, 'sort');
    button.type = 'button';
    button.dataset['column'] = String(i);
    const mark = el('span', '', 'sort-mark');
    mark.setAttribute('aria-hidden', 'true');
    button.append(el('span', c.name), mark);
    button.setAttribute('aria-label', opts.sortLabel(c.name));
    button.addEventListener('click', () => {
      sort = nextSort(sort, i);
      fill();
    });
    th.append(button);
    head.append(th);
    return th;
  });

  const fill = () => {
    const order = sort ? sortedOrder(result.rows, sort, opts.locale) : result.rows.map((_, i) => i);
    headers.forEach((th, i) => {
      const on = sort?.column === i;
      if (on) th.setAttribute('aria-sort', sort!.direction);
      else th.removeAttribute('aria-sort');
      th.querySelector('.sort-mark')!.textContent = on ? (sort!.direction === 'ascending' ? ' ▲' : ' ▼') : '';
    });
    const rows = order.slice(0, opts.maxShown).map((r) => {
      const row = result.rows[r]!;
      const tr = el('tr');
      row.forEach((v, i) => {
        const text = formatCell(v);
        const td = el('td');
        if (v === null) td.className = 'null';
        else if (typeof v === 'number' || typeof v === 'bigint') td.className = 'num';
        else if (text.length > 12) td.className = 'long';
        const link = resolvers[i]?.(row) ?? null;
        if (link) {
          const a = el('a', text);
          a.href = link.href;
          if (link.doc !== undefined) {
            const { doc, start } = link;
            const url = opts.links.sources[doc]!;
            void sourceText(url).then(
              (t) => (a.href = lineHref(opts.links, doc, lineOf(t, start))),
              () => {},
            );
          }
          td.append(a);
        } else td.textContent = text;
        tr.append(td);
      });
      return tr;
    });
    body.replaceChildren(...rows);
  };

  table.append(el('thead'), body);
  table.tHead!.append(head);
  fill();
  const wrap = el('div', undefined, 'scroll-x result-table');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', opts.label);
  wrap.append(table);
  return wrap;
}
