// Broken internal links of a served site, found by linkinator: every href/src of the given pages must answer 2xx,
// and every #fragment must name an id on its page. Links to other hosts are not followed (nothing leaves the machine).
import { check, LinkState } from 'linkinator';

export interface BrokenLink {
  page: string;
  link: string;
  status: number | undefined;
}

/** Checks the links of each page in `pages` (absolute URLs on `origin`); pages are not crawled further. */
export async function brokenLinks(pages: string[], origin: string): Promise<BrokenLink[]> {
  const result = await check({
    path: pages,
    checkFragments: true,
    concurrency: 8,
    timeout: 30_000,
    linksToSkip: (link: string) => Promise.resolve(!link.startsWith(`${origin}/`)),
  });
  return result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => ({ page: l.parent ?? '', link: l.url, status: l.status }))
    .sort((a, b) => `${a.page} ${a.link}`.localeCompare(`${b.page} ${b.link}`));
}
