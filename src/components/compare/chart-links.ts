// The links and code that follow a chart's filters and edits: the language switch and the full-chart link, the
// "see the original" link, the embed code and its link, and the SQL box with its variables and explorer link.
import { maxOf } from '../charts/extent.ts';
import type { Shown } from './chart-host.ts';
import { embedCode } from './embed-code.ts';
import { writeFilters, type FilterState } from './filter-state.ts';
import type { Island } from './island.ts';
import { variablePrelude } from './query/params.ts';

/**
 * Bring the links of `el` (and the page's language switch and full-chart link) in step with what is shown:
 * `state` the filters now set, `kept` the filters as the URL keeps them.
 */
export function updateLinks(el: HTMLElement, data: Island, shown: Shown, state: FilterState, kept: FilterState): void {
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
  const original = el.querySelector<HTMLAnchorElement>('a[data-original]');
  if (original) original.setAttribute('href', `${original.pathname}${writeFilters('', kept)}`);
  const code = el.querySelector<HTMLTextAreaElement>('textarea[data-embed-code]');
  if (code) {
    const src = new URL(data.embed.src, location.href);
    const params = new URLSearchParams(writeFilters('', kept));
    if (shown.edited) params.set('sql', shown.sql.trim());
    src.search = params.toString().replace(/%2C/gi, ',');
    code.value = embedCode({
      src: src.href,
      script: new URL(data.embed.script, location.href).href,
      title: shown.text.title,
      chart: data.chart,
      height:
        maxOf(
          shown.svgs.map((v) => v.getBoundingClientRect().height),
          300,
        ) + 220,
    });
    const link = el.querySelector<HTMLAnchorElement>('a[data-embed-link]');
    if (link) link.setAttribute('href', `${src.pathname}${src.search}`);
    const note = el.querySelector<HTMLElement>('[data-embed-edited]');
    if (note) note.hidden = !shown.edited;
  }
  const pre = el.querySelector('.chp-sql code');
  if (pre) {
    pre.textContent = shown.sql;
    const vars = variablePrelude(state);
    const varsNote = el.querySelector<HTMLElement>('[data-sql-vars]');
    if (varsNote) {
      varsNote.hidden = vars === '';
      varsNote.textContent = vars.trim();
    }
    const explore = el.querySelector<HTMLAnchorElement>('.chp-sql a');
    if (explore) {
      const url = new URL(explore.href, location.href);
      url.searchParams.set('sql', `${vars}${shown.sql.trim()}`);
      explore.setAttribute('href', `${url.pathname}${url.search}`);
    }
  }
}
