// CITATION.cff as published: the hand-kept file, plus the site's data address when SITE_URL names it (never a guess).
// Pure: the release shell passes the file's text and the address.

/** The CFF text with `url:` set to `dataUrl` (replacing any url: line), or unchanged when the address is unknown. */
export function citationCff(cff: string, dataUrl: string | null): string {
  const lines = cff.replace(/\r\n/g, '\n').split('\n');
  const kept = lines.filter((l) => !/^url:/.test(l));
  if (!dataUrl) return cff;
  if (!/^https?:\/\/[^\s"]+$/.test(dataUrl))
    throw new Error(`CITATION.cff: ${JSON.stringify(dataUrl)} is not an address`);
  const at = kept.findIndex((l) => /^license:/.test(l));
  const line = `url: "${dataUrl}"`;
  if (at === -1) {
    while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
    kept.push(line, '');
  } else kept.splice(at + 1, 0, line);
  return kept.join('\n');
}
