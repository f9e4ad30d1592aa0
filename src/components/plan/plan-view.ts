// The plan text as the plan page shows it, from one document's raw text, sections and rows: every row of every span
// dataset highlighted and linked to its data row, headings in bold, section anchors, one <p> per line. Pure (no
// disk): the plan page runs it at build time, the in-browser extractor (/extract/) in its Web Worker.
import type { Lang } from '../../i18n/ui.ts';
import { datasetCodes, highlightId, htmlId, rowKey, spanDatasets } from '../../lib/anchors.ts';
import { highlight, lineRanges, type Span } from '../../lib/highlight.ts';
import type { SectionRow } from '../../lib/schema/index.ts';
import { renderParagraphs, type MarkStyle, type ParagraphView } from './render-text.ts';
import type { PlanRow, TableView } from './types.ts';

export interface PlanViewInput {
  docId: string;
  /** The raw (canonical) text every offset indexes. */
  raw: string;
  sections: SectionRow[];
  /** The document's rows of a dataset (rows of other documents are ignored). */
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
}

/** The HTML id of a section's anchor in the text (`#s2.1`): outline links and data rows point here. */
export const sectionAnchorId = (sectionId: string): string => htmlId(sectionId);

export function buildPlanView(input: PlanViewInput): PlanView {
  const { docId, raw, sections, lang } = input;
  const en = lang === 'en';
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
    const items = rows.map((row, n) => {
      const id = highlightId(spec.name, docId, rowKey(spec, row));
      const marker = `${code}${n + 1}`;
      spans.push({ id, start: row['start'] as number, end: row['end'] as number, kind: spec.name });
      styles.set(id, {
        id,
        className: `hl hl-${spec.name} hl-c${i % 10}`,
        href: `#row-${id}`,
        marker,
        label: `${spec.title} ${marker}: ${en ? 'go to data row' : '查看数据'}`,
      });
      return { id, marker, row };
    });
    tables.push({ spec, code, colorClass: `hl-c${i % 10}`, items });
  });

  // Headings become structural spans (bold, no link); sections get anchors on the paragraph where they start.
  const lines = lineRanges(raw);
  for (const sec of sections) {
    if (sec.heading_end > sec.heading_start) {
      const id = `heading-${sec.section_id}`;
      spans.push({ id, start: sec.heading_start, end: sec.heading_end, kind: '_heading' });
      styles.set(id, {
        id: htmlId('h', sec.section_id),
        className: `hd lvl-${sec.level}`,
        href: null,
        marker: '',
        label: '',
        tag: 'strong',
      });
    }
  }
  const { ranges, unplaced } = highlight(raw, spans, lines);
  // A section anchor sits on the first line that ends at or after the section's start.
  const anchorsAt = new Map<number, string[]>();
  for (const sec of sections) {
    const i = lines.findIndex((r) => r.end >= sec.start);
    if (i >= 0) anchorsAt.set(i, [...(anchorsAt.get(i) ?? []), sectionAnchorId(sec.section_id)]);
  }
  const paragraphs: ParagraphView[] = lines.map((r, i) => {
    const whole = sections.find(
      (sec) => sec.heading_start === r.start && sec.heading_end >= r.end - 1 && sec.heading_end > sec.heading_start,
    );
    const tsv = raw.slice(r.start, r.end).includes('\t');
    return {
      line: r.line,
      nodes: ranges[i] ?? [],
      anchors: anchorsAt.get(i) ?? [],
      className: ['para', whole ? `heading lvl-${whole.level}` : '', tsv ? 'tsv' : ''].filter(Boolean).join(' '),
    };
  });
  const html = renderParagraphs(
    paragraphs,
    (id) => styles.get(id)!,
    (line) => (en ? `Permalink to line ${line}` : `第 ${line} 行的固定链接`),
  );
  return { html, tables, unplaced };
}
