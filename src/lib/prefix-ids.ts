// Rendered Markdown shown inside another page (the rule files on the about page): its heading ids, and the links
// to them, get a prefix, so they never collide with the page's own ids (a rule file's "Limits" and the page's
// "Known limits" were both id="limits"). Pure.

export function prefixIds(html: string, prefix: string): string {
  // Attributes inside start tags only: text that mentions id="…" stays as written.
  return html.replace(/<[A-Za-z][^>]*>/g, (tag) =>
    tag
      .replace(/(\sid=")([^"]+)"/g, (_m, open: string, id: string) => `${open}${prefix}-${id}"`)
      .replace(/(\shref="#)([^"]+)"/g, (_m, open: string, id: string) => `${open}${prefix}-${id}"`),
  );
}
