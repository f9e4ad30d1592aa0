// What every chart model shares: the model's shape, the plans by id, place labels, the source line naming the
// issuing bodies, the place filter and links to quotes. Server side only (reads public/data through site-data).
import { localizedPath, type Lang } from '../../../i18n/ui.ts';
import { highlightId } from '../../../lib/anchors.ts';
import { readDocuments } from '../../../lib/site-data/index.ts';
import type { DocumentRow } from '../../../lib/schema/index.ts';
import { STR } from '../strings.ts';

export type ChartId = 'targets' | 'principles' | 'alliances' | 'responsibilities' | 'timeline' | 'instruments';
export type Cell = string | number | boolean | null;
export type DataRow = Record<string, Cell>;

export interface FilterSpec {
  /** URL parameter and row column it filters on. */
  key: 'place' | 'group';
  column: string;
  label: string;
  options: { value: string; label: string }[];
}

export interface ChartModel {
  id: ChartId;
  /** Page the chart lives on ('/compare/targets/'), language-neutral. */
  page: string;
  title: string;
  subtitle: string;
  source: string;
  notes: string[];
  /** Text alternative of the drawing. */
  summary: string;
  empty: string;
  svg: SVGSVGElement | null;
  /** The same drawing laid out for phones and narrow embeds (shown by a container query). */
  svgNarrow: SVGSVGElement | null;
  /** CSV columns, in order (ASCII snake_case, as the SQL returns them). */
  columns: string[];
  rows: DataRow[];
  /** Table view: a few readable columns; `quote` links to the plan page. */
  table: { column: string; label: string; numeric?: boolean }[];
  filters: FilterSpec[];
  sql: string;
}

/** Width of the wide drawing and of the one laid out for phones and narrow embeds. */
export const WIDTH = 600;
export const NARROW = 380;

export function docsById(): Map<string, DocumentRow> {
  return new Map(readDocuments().map((d) => [d.doc_id, d]));
}

export const placeLabel = (d: DocumentRow | undefined, lang: Lang, id: string): string =>
  d ? (lang === 'en' ? d.place_en : d.place_zh) : id;

/** Source line naming the issuing bodies of the plans that give the chart rows. */
export function sourceLine(docIds: string[], lang: Lang): string {
  const { template, parts, separator } = sourceParts(docIds, lang);
  return template.replace('{list}', Object.values(parts).join(separator));
}

/** The source line as a template and one part per plan, so that a filtered view names only the plans it shows. */
export function sourceParts(
  docIds: string[],
  lang: Lang,
): { template: string; parts: Record<string, string>; separator: string } {
  const s = STR[lang];
  const docs = docsById();
  const ids = [...new Set(docIds)].sort();
  const parts = ids.map((id) => {
    const d = docs.get(id);
    if (!d) return id;
    const issuer =
      d.issuer_zh ?? (lang === 'en' ? `${d.place_en} (issuer not stated)` : `${d.place_zh}（发文机关未载明）`);
    const year = d.issue_year ? (lang === 'en' ? `, ${d.issue_year}` : `，${d.issue_year}年`) : '';
    const flag = d.complete ? '' : lang === 'en' ? ` (${s.incomplete})` : `（${s.incomplete}）`;
    return `${issuer}${year}${flag}`;
  });
  return {
    template: s.issuedBy('{list}'),
    parts: Object.fromEntries(ids.map((id, i) => [id, parts[i]!])),
    separator: lang === 'en' ? '; ' : '；',
  };
}

/** The filter by place: one option per plan that gives rows, in id order. */
export function placeFilter(docIds: string[], lang: Lang): FilterSpec {
  const docs = docsById();
  const ids = [...new Set(docIds)].sort();
  return {
    key: 'place',
    column: 'doc_id',
    label: STR[lang].place,
    options: ids.map((id) => ({ value: id, label: placeLabel(docs.get(id), lang, id) })),
  };
}

/** The plans as matrix columns, in id order. */
export function matrixPlaces(docIds: string[], lang: Lang): { id: string; label: string }[] {
  const docs = docsById();
  return [...new Set(docIds)].sort().map((id) => ({ id, label: placeLabel(docs.get(id), lang, id) }));
}

/** Link to a row's highlighted quote on its plan page. */
export const quoteHref = (lang: Lang, dataset: string, docId: string, key: string): string =>
  localizedPath(`/plans/${docId}/#${highlightId(dataset, docId, key)}`, lang);
