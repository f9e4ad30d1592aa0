// A government page's metadata table (索引号, 发布机构, 发布日期, 文号, 主题分类, …) to fields with origin
// `page-metadata`, and those fields filled into a document row where the text itself says nothing.
import { elementsOf, textOf, type HtmlDocument, type HtmlElement } from './html-dom.ts';
import { renderLines } from './html-render.ts';
import type { PageMetadataEntry, PageMetadataField } from './types.ts';

/** Labels as pages write them (without inner spaces), longest first within a field. */
const LABELS: [PageMetadataField, string[]][] = [
  ['index_number', ['索引号']],
  ['issuer', ['发布机构', '发文机关', '发文单位', '发布单位', '制发机关', '成文单位']],
  ['doc_number', ['发文字号', '发文文号', '文件编号', '文号']],
  ['written_date', ['成文日期', '成文时间']],
  ['publish_date', ['发布日期', '发布时间', '发文日期', '公开日期']],
  ['effective_date', ['生效日期', '实施日期', '生效时间']],
  ['topic', ['主题分类', '主题词', '信息分类']],
  ['title', ['文件名称', '名称', '标题']],
];

const FIELD_OF = new Map<string, PageMetadataField>(LABELS.flatMap(([f, ls]) => ls.map((l) => [l, f] as const)));
/**
 * A label starts its cell (or follows white space or a separator), may be spread with spaces (`文　　号`,
 * `索 引 号`), and is followed by a colon or ends its cell: `指标名称` is not the label 名称.
 */
const LABEL_RE = new RegExp(
  `(?<=^|[\\s\\u3000\\u00a0|｜;；,，])(${[...FIELD_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((l) => Array.from(l).join('[ \\u3000\\u00a0]*'))
    .join('|')})[ \\u3000\\u00a0]*(?:[:：]|(?=\\t|$))`,
  'g',
);

const DATE_FIELDS = new Set<PageMetadataField>(['written_date', 'publish_date', 'effective_date']);

/** `2023-04-10`, `2023年4月10日`, `2023/4/10`, `2023.04.10` to ISO; null otherwise. */
export function isoDateOf(value: string): string | null {
  const m = /(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Fields from the lines of a metadata block: `label：value` in one cell, or the value in the next cell or line. */
export function metadataFromLines(lines: string[]): PageMetadataEntry[] {
  const cells = lines.flatMap((line) => line.split('\t').concat('\n'));
  const found = new Map<PageMetadataField, PageMetadataEntry>();
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    const hits = [...cell.matchAll(LABEL_RE)];
    hits.forEach((hit, k) => {
      const label = (hit[1] ?? '').replace(/[ \u3000\u00a0]/g, '');
      const field = FIELD_OF.get(label);
      if (!field || found.has(field)) return;
      const from = hit.index + hit[0].length;
      const to = hits[k + 1]?.index ?? cell.length;
      // A value ends where another `word：` begins (`2024-03-20 来源：县政府办公室`).
      let value = (cell.slice(from, to).split(/\s+(?=[^\s:：]{2,8}[:：])/)[0] ?? '').trim();
      // An empty value is in the next cell, or on the next line (<dt>/<dd>), unless that holds a label itself.
      const next = cells.slice(i + 1).find((c) => c !== '\n') ?? '';
      if (value === '' && k === hits.length - 1 && ![...next.matchAll(LABEL_RE)].length) value = next.trim();
      if (value === '') return;
      const iso = DATE_FIELDS.has(field) ? isoDateOf(value) : null;
      found.set(field, { field, label, value, ...(iso ? { isoDate: iso } : {}), origin: 'page-metadata' });
    });
  }
  return LABELS.map(([f]) => found.get(f)).filter((e): e is PageMetadataEntry => e !== undefined);
}

const ANY_LABEL = new RegExp([...FIELD_OF.keys()].map((l) => Array.from(l).join('[ \\u3000\\u00a0]*')).join('|'), 'g');

/** Distinct labels in an element's plain text: a cheap bound before rendering it. */
function labelsIn(el: HtmlElement): number {
  return new Set([...textOf(el).matchAll(ANY_LABEL)].map((m) => m[0].replace(/[ \u3000\u00a0]/g, ''))).size;
}

/** Share of an element's text that is metadata labels and values. */
function metadataShare(lines: string[], entries: PageMetadataEntry[]): number {
  const total = lines.join('').replace(/[\s\u3000]/g, '').length;
  const meta = entries.reduce((n, e) => n + e.label.length + e.value.replace(/[\s\u3000]/g, '').length, 0);
  return total === 0 ? 0 : meta / total;
}

/**
 * The page's metadata block: of the elements with at least two metadata fields that are mostly metadata (labels
 * and values at least 60% of their text, so not the article or page around them), the one with the most fields,
 * the deepest on a tie. Null when the page has none.
 */
export function findMetadataBlock(doc: HtmlDocument): HtmlElement | null {
  let best: HtmlElement | null = null;
  let most = 1;
  for (const el of elementsOf(doc)) {
    if (labelsIn(el) < 2) continue;
    const lines = renderLines(el);
    const entries = metadataFromLines(lines);
    const n = entries.length;
    if (n < 2 || metadataShare(lines, entries) < 0.6) continue;
    if (n > most || (n === most && best !== null && isInside(el, best))) {
      best = el;
      most = n;
    }
  }
  return best;
}

function isInside(el: HtmlElement, ancestor: HtmlElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** A document row (documents dataset) with page metadata filling what the text does not state. */
export interface DocumentFacts {
  title_zh: string | null;
  title_origin: string;
  doc_number: string | null;
  issue_date: string | null;
  issue_year: number | null;
  issuer_zh: string | null;
  issuer_origin: string;
}

/**
 * Fill title, issuer, document number and date from the page metadata where the text gives none; what the text
 * states always wins. Returns the fields filled (title_origin / issuer_origin become `page-metadata`).
 */
export function applyPageMetadata(row: DocumentFacts, meta: PageMetadataEntry[]): string[] {
  const get = (f: PageMetadataField) => meta.find((m) => m.field === f);
  const filled: string[] = [];
  const title = get('title');
  if (row.title_zh === null && title) {
    Object.assign(row, { title_zh: title.value, title_origin: 'page-metadata' });
    filled.push('title_zh');
  }
  const issuer = get('issuer');
  if (row.issuer_zh === null && issuer) {
    Object.assign(row, { issuer_zh: issuer.value, issuer_origin: 'page-metadata' });
    filled.push('issuer_zh');
  }
  const number = get('doc_number');
  if (row.doc_number === null && number && number.value !== '无') {
    row.doc_number = number.value;
    filled.push('doc_number');
  }
  const date = get('written_date')?.isoDate ?? get('publish_date')?.isoDate;
  if (row.issue_date === null && date) {
    row.issue_date = date;
    row.issue_year = Number(date.slice(0, 4));
    filled.push('issue_date');
  }
  return filled;
}
