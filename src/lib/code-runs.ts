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

/** `text` cut at double-quoted identifiers (`"end"`, as SQL quotes a column name): each quoted one, quotes
 * included, is a code run; the rest stays as it is, in either language. */
export function quotedRuns(text: string): Run[] {
  const quoted = /^"[A-Za-z_][A-Za-z0-9_]*"$/;
  return text
    .split(/("[A-Za-z_][A-Za-z0-9_]*")/)
    .filter((t) => t !== '')
    .map((t) => ({ text: t, code: quoted.test(t) }));
}

/** A template's `{slot}`s as runs of their own (`slot` set), the text between them plain: a page puts keys in
 * <kbd>, names in <code>. */
export function slotRuns(template: string): { text: string; slot: string | null }[] {
  return template
    .split(/(\{[A-Za-z]+\})/)
    .filter((t) => t !== '')
    .map((t) => (/^\{[A-Za-z]+\}$/.test(t) ? { text: '', slot: t.slice(1, -1) } : { text: t, slot: null }));
}
