// Internal links of a built site: every href/src that points inside the site must reach a file, and every
// #fragment must name an id on the target page. Pure: the caller supplies the pages and the file list.
import { decodeHtml } from '../../src/lib/text/index.ts';

export interface BrokenLink {
  page: string;
  link: string;
  problem: 'missing-file' | 'missing-fragment';
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeHtml(m[1] ?? '')));
}

/**
 * @param pages site path of each page ('/plans/guyuan/') → its HTML
 * @param exists whether a site path names a published file or page
 */
export function checkLinks(
  pages: Map<string, string>,
  exists: (sitePath: string) => boolean,
  origin = 'http://site.invalid',
): BrokenLink[] {
  const ids = new Map([...pages].map(([p, html]) => [p, idsOf(html)]));
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    // Inline scripts and JSON islands hold no links to check.
    const markup = html.replace(/<script[\s\S]*?<\/script>/g, '');
    for (const m of markup.matchAll(ATTR)) {
      const raw = decodeHtml(m[1] ?? '');
      if (raw === '' || /^(mailto:|data:|blob:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, `${origin}${page}`);
      if (url.origin !== origin) continue;
      const path = decodeURIComponent(url.pathname);
      const target = path.endsWith('/') ? path : path;
      if (!pages.has(target) && !exists(target)) {
        broken.push({ page, link: raw, problem: 'missing-file' });
        continue;
      }
      const frag = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
      if (frag && pages.has(target) && !ids.get(target)?.has(frag))
        broken.push({ page, link: raw, problem: 'missing-fragment' });
    }
  }
  return broken;
}
