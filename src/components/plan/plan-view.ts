// The plan text as the plan page shows it, from one document's raw text, sections, notes and rows: every row of every
// span dataset highlighted and linked to its data row (targets whose statements disagree marked apart), source
// defects marked (a viewer's residue struck out, a slip followed by [sic]), rendered by plan-text.ts. Pure (no disk):
// the plan page runs it at build time, the in-browser extractor (/extract/) in its Web Worker.
import type { Lang } from '../../i18n/ui.ts';
import { datasetCodes, highlightId, rowKey, spanDatasets } from '../../lib/anchors.ts';
import type { Span } from '../../lib/highlight.ts';
import type { DocumentNoteRow, SectionRow } from '../../lib/schema/index.ts';
import { datasetText } from '../../lib/schema/zh.ts';
import { noteView } from './note-words.ts';
import { planTextHtml } from './plan-text.ts';
import type { MarkStyle } from './render-text.ts';
import type { PlanRow, TableView } from './types.ts';

export interface PlanViewInput {
  docId: string;
  /** The raw (canonical) text every offset indexes. */
  raw: string;
  sections: SectionRow[];
  /** The document's notes (document_notes): those with a span are marked in the text. */
  notes: DocumentNoteRow[];
  /** The rows of a dataset (rows of other documents are ignored). */
  rowsOf: (dataset: string) => PlanRow[];
  lang: Lang;
}

export interface PlanView {
  /** The text as HTML paragraphs (`<p id="p-<line>">`), highlights and markers inside. */
  html: string;
  /** One table per span dataset with rows, in registry order. */
  tables: TableView[];
  /** Spans lying only on blank lines (listed by the page, never dropped silently). */
  unplaced: Span[];
  /** Marker of a span by its id (T3), for the list of unplaced spans. */
  markerOf: (spanId: string) => string;
}

export function buildPlanView(input: PlanViewInput): PlanView {
  const { docId, raw, sections, notes, lang } = input;
  const en = lang === 'en';
  // Targets whose statements disagree (the text says one thing, a table another): their marks look different.
  const disputed = new Set(
    input
      .rowsOf('targets')
      .filter((r) => r['doc_id'] === docId && typeof r['conflict'] === 'string' && r['conflict'] !== '')
      .map((r) => r['target_id']),
  );
  // Every span dataset's rows for this document, with ids for both directions of the link.
  const specs = spanDatasets();
  const codes = datasetCodes(specs.map((d) => d.name));
  const styles = new Map<string, MarkStyle>();
  const spans: Span[] = [];
  const tables: TableView[] = [];
  specs.forEach((spec, i) => {
    const rows = input
      .rowsOf(spec.name)
      .filter((r) => r['doc_id'] === docId && typeof r['start'] === 'number' && typeof r['end'] === 'number')
      .sort((a, b) => (a['start'] as number) - (b['start'] as number) || (a['end'] as number) - (b['end'] as number));
    if (rows.length === 0) return;
    const code = codes.get(spec.name) ?? spec.name;
    const title = datasetText(spec, lang).title;
    const items = rows.map((row, n) => {
      const id = highlightId(spec.name, docId, rowKey(spec, row));
      const marker = `${code}${n + 1}`;
      spans.push({ id, start: row['start'] as number, end: row['end'] as number, kind: spec.name });
      styles.set(id, {
        id,
        className: `hl hl-${spec.name} hl-c${i % 10}${disputed.has(row['target_id']) ? ' hl-conflict' : ''}`,
        href: `#row-${id}`,
        marker,
        label: `${title} ${marker}: ${en ? 'go to data row' : '查看数据'}`,
      });
      return { id, marker, row };
    });
    tables.push({ spec, code, colorClass: `hl-c${i % 10}`, items });
  });
  // Source defects marked in the text: a viewer's residue struck out, a conversion slip followed by [sic].
  for (const n of notes) {
    const v = noteView(n, raw, lang);
    if (!v.mark || n.start === null || n.end === null) continue;
    const id = `note-mark-${n.note_id}`;
    spans.push({ id, start: n.start, end: n.end, kind: `_${v.mark}` });
    styles.set(id, {
      id,
      className: v.mark === 'residue' ? 'residue' : 'sic',
      href: `#note-${n.note_id}`,
      marker: v.mark === 'residue' ? (en ? 'not part of the plan' : '非方案内容') : '[sic]',
      label: v.text,
      tag: 'span',
      markerLang: en ? 'en' : 'zh-Hans',
      // The source's own slip, e.g. an English ' and ' where 和 stood: marked as the language it is in.
      ...(/^[\sA-Za-z'-]+$/.test(raw.slice(n.start, n.end)) ? { lang: 'en' } : {}),
    });
  }
  const { html, unplaced } = planTextHtml({ raw, sections, spans, styles, lang });
  return { html, tables, unplaced, markerOf: (id) => styles.get(id)?.marker ?? '' };
}
