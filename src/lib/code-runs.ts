// Identifiers inside Chinese prose (column names, values, ids, file names: page-break-join, <doc_id>-o-<nnn>,
// data/vocab/indicators.json) set apart as code, so a Chinese page shows them as code, not as English words.
export interface Run {
  text: string;
  code: boolean;
}

/** `text` cut into plain runs and identifier runs (a Latin letter or <, then letters, digits, _ - . / : @ < >). */
export function codeRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(/[<A-Za-z][A-Za-z0-9_<>./:@-]*/g)) {
    const at = m.index;
    if (at > last) runs.push({ text: text.slice(last, at), code: false });
    runs.push({ text: m[0], code: true });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), code: false });
  return runs;
}
