// Result cells that lead back to the plan page, like Datasette's foreign keys: a doc id opens its plan, a row key of
// an extracted item (target_id, mention_id, principle_row_id…) its highlighted sentence, a section id its section,
// a quote its sentence (through the row's key) or its paragraph (through the row's line or start offset). Pure: the
// ids are the plan page's own (src/lib/anchor-ids.ts); the explorer page passes what it knows at build time.
import { highlightId, htmlId } from './anchor-ids.ts';
import type { Cell } from './explore-format.ts';

export interface LinkSpec {
  /** The plan page of a document, `{doc}` standing for its id: '/zh/plans/{doc}/'. */
  planHref: string;
  /** Known document ids, each with the URL of its published source text (a quote's line is counted in it). */
  sources: Record<string, string>;
  /** Row keys with a highlight on the plan page: the key column (doc_id aside) of each dataset with quotes. */
  keys: { column: string; dataset: string }[];
}

/** Where a cell leads: a URL, or a paragraph still to be found from an offset in the source text of `doc`. */
export type CellLink = { href: string; doc?: undefined } | { href: string; doc: string; start: number } | null;

type Resolver = (row: readonly Cell[]) => CellLink;

const text = (v: Cell | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);
const int = (v: Cell | undefined): number | null =>
  typeof v === 'bigint' ? Number(v) : typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;

export function planHref(spec: LinkSpec, doc: string, anchor = ''): string {
  return `${spec.planHref.replace('{doc}', encodeURIComponent(doc))}${anchor ? `#${anchor}` : ''}`;
}

/** The paragraph anchor of the plan page (`#p-<line>`, 1-based lines of the source text). */
export function lineHref(spec: LinkSpec, doc: string, line: number): string {
  return planHref(spec, doc, `p-${line}`);
}

/**
 * One resolver per column (null: the column never links). `named` are the tables the query names: a key column
 * that two datasets share (mention_id) links only when the query names exactly one of them.
 */
export function columnLinks(columns: readonly string[], spec: LinkSpec, named: readonly string[]): (Resolver | null)[] {
  const lower = columns.map((c) => c.toLowerCase());
  const at = (name: string) => lower.indexOf(name);
  const docs = Object.keys(spec.sources).sort((a, b) => b.length - a.length);
  const known = (v: Cell | undefined) => {
    const d = text(v);
    return d !== null && Object.hasOwn(spec.sources, d) ? d : null;
  };
  const docCol = at('doc_id');
  /** The document of a key: the row's doc_id, else the known doc id the key starts with (guyuan-t01). */
  const docOf = (row: readonly Cell[], key: string) =>
    (docCol >= 0 ? known(row[docCol]) : null) ?? docs.find((d) => key.startsWith(`${d}-`)) ?? null;

  const keyDataset = (name: string): string | null => {
    const candidates = spec.keys.filter((k) => k.column === name).map((k) => k.dataset);
    const inQuery = candidates.filter((d) => named.includes(d));
    if (inQuery.length === 1) return inQuery[0]!;
    return candidates.length === 1 ? candidates[0]! : null;
  };
  const keyResolver =
    (i: number, dataset: string): Resolver =>
    (row) => {
      // Keys are text (guyuan-t01) or, with doc_id beside them, numbers (attachment_no).
      const n = int(row[i]);
      const key = text(row[i]) ?? (n === null ? null : String(n));
      const doc = key === null ? null : docOf(row, key);
      return key === null || doc === null ? null : { href: planHref(spec, doc, highlightId(dataset, doc, key)) };
    };
  // The first key column of the row: a quote in the same row leads to the same sentence.
  const firstKey = lower
    .map((name, i) => ({ i, dataset: keyDataset(name) }))
    .find((k): k is { i: number; dataset: string } => k.dataset !== null);

  return lower.map((name, i): Resolver | null => {
    const dataset = keyDataset(name);
    if (dataset !== null) return keyResolver(i, dataset);
    if (name === 'doc_id' || /^doc_[a-z]$/.test(name) || name.endsWith('_doc_id'))
      return (row) => {
        const d = known(row[i]);
        return d === null ? null : { href: planHref(spec, d) };
      };
    if (name === 'section_id' && docCol >= 0)
      return (row) => {
        const d = known(row[docCol]);
        const s = text(row[i]);
        return d === null || s === null ? null : { href: planHref(spec, d, htmlId(s)) };
      };
    const quote = /^quote(_[a-z]+)?$/.exec(name);
    if (quote) {
      const sfx = quote[1] ?? '';
      if (sfx === '' && firstKey) return keyResolver(firstKey.i, firstKey.dataset);
      const dCol = at(sfx ? `doc${sfx}` : 'doc_id');
      const lineCol = at(`line${sfx}`);
      const startCol = at(`start${sfx}`);
      if (dCol < 0 || (lineCol < 0 && startCol < 0)) return null;
      return (row) => {
        const d = known(row[dCol]);
        if (d === null || text(row[i]) === null) return null;
        const line = lineCol >= 0 ? int(row[lineCol]) : null;
        if (line !== null && line > 0) return { href: lineHref(spec, d, line) };
        const start = startCol >= 0 ? int(row[startCol]) : null;
        return start === null ? null : { doc: d, start, href: planHref(spec, d) };
      };
    }
    return null;
  });
}
