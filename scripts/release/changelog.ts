// The data version and its release date come from the top entry of data/CHANGELOG.md: one place to bump.
export interface Release {
  version: string;
  /** ISO date `YYYY-MM-DD` of the release, as written in the changelog. */
  date: string;
  /** The entry's text, without its heading. */
  notes: string;
}

const HEADING = /^## +\[?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]? +[—–-] +(\d{4}-\d{2}-\d{2}) *$/;

/** Every `## 1.2.0 — 2025-06-01` entry, newest first as written; a heading in another shape throws so nothing is skipped. */
export function parseChangelog(text: string): Release[] {
  const releases: Release[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let current: Release | null = null;
  lines.forEach((line, i) => {
    if (line.startsWith('## ')) {
      const m = HEADING.exec(line);
      if (!m)
        throw new Error(`CHANGELOG line ${i + 1}: expected "## <semver> — <YYYY-MM-DD>", got ${JSON.stringify(line)}`);
      current = { version: m[1]!, date: m[2]!, notes: '' };
      releases.push(current);
    } else if (current) {
      current.notes += `${line}\n`;
    }
  });
  for (const r of releases) r.notes = r.notes.trim();
  if (releases.length === 0) throw new Error('CHANGELOG has no "## <version> — <date>" entry');
  const versions = releases.map((r) => r.version);
  const dup = versions.find((v, i) => versions.indexOf(v) !== i);
  if (dup) throw new Error(`CHANGELOG lists version ${dup} twice`);
  return releases;
}

export function currentRelease(text: string): Release {
  return parseChangelog(text)[0]!;
}
