// Ids of rendered Markdown made unique on a page that shows several files (the rule files on /about/).

/** 'TARGET_RULES.md' → 'target-rules-'. */
export const ruleIdPrefix = (fileName: string): string =>
  `${fileName
    .replace(/\.md$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}-`;

/** Heading ids (and the in-page links to them) of rendered Markdown, prefixed so that two files never share an id. */
export function prefixIds(html: string, prefix: string): string {
  return html.replace(/\b(id="|href="#)([^"]+)"/g, (_m, attr: string, id: string) => `${attr}${prefix}${id}"`);
}
