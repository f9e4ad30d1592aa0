// Words about a query, split into prose and code: the editor's column list says which values and types a column
// takes ('lead', VARCHAR, getvariable('place')) in the page's language, with the SQL itself set as code. Pure.

export interface Span {
  text: string;
  code: boolean;
}

/** SQL written inside prose: getvariable('…') calls, '…' literals, SQL type names and NULL. */
const CODE = /getvariable\('[^']*'\)|'[^'\n]*'|\b(?:VARCHAR|BIGINT|INTEGER|DOUBLE|BOOLEAN|DATE|NULL)\b/g;

/** `text` as alternating prose and code spans, in order; joined, they give `text` back. */
export function codeSpans(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const m of text.matchAll(CODE)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), code: false });
    out.push({ text: m[0], code: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), code: false });
  return out;
}
