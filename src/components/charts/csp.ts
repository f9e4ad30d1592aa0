// CSP for charts inlined at build time: Astro hashes its own styles, not markup inserted with set:html.
import { createHash } from 'node:crypto';
import type { AstroGlobal } from 'astro';

/** Hash sources ('sha256-…') of every <style> element's text in a chart, deduplicated, in document order. */
export function styleHashes(el: Element): string[] {
  const styles = el.tagName.toLowerCase() === 'style' ? [el] : Array.from(el.querySelectorAll('style'));
  return [...new Set(styles.map((s) => `sha256-${createHash('sha256').update(s.textContent).digest('base64')}`))];
}

/** Register the hashes with Astro (a page without security.csp has no Astro.csp: then nothing to do). */
export function allowChartStyles(
  csp: Pick<NonNullable<AstroGlobal['csp']>, 'insertStyleHash'> | undefined,
  el: Element | null,
): void {
  if (!csp || !el) return;
  for (const h of styleHashes(el)) csp.insertStyleHash(h as `sha256-${string}`);
}
