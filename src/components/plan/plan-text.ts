// The full text of a plan as HTML: headings in bold, section anchors, every span highlighted, table lines as tables.
// Pure: the plan page gives the raw text, its sections and the spans with their styles.
import type { Lang } from '../../i18n/ui.ts';
import { htmlId } from '../../lib/anchors.ts';
import { highlight, lineRanges, type Node, type Range, type Span } from '../../lib/highlight.ts';
import type { SectionRow } from '../../lib/schema/index.ts';
import { renderParagraphs, type MarkStyle, type ParagraphView } from './render-text.ts';
import { cellRanges, isHeaderRow, sameRow } from './source-table.ts';

export interface PlanTextInput {
  raw: string;
  sections: SectionRow[];
  /** Extracted items and marked defects; styles by span id. */
  spans: Span[];
  styles: Map<string, MarkStyle>;
  lang: Lang;
}

/** A section's anchor id in the text (#s2.1.3 → id "s2.1.3"). */
export const sectionAnchor = (sectionId: string): string => htmlId(sectionId);

export function planTextHtml(input: PlanTextInput): { html: string; unplaced: Span[] } {
  const { raw, sections, lang } = input;
  const en = lang === 'en';
  const spans = [...input.spans];
  const styles = new Map(input.styles);
  // Headings become structural spans (bold, no link).
  for (const sec of sections) {
    if (sec.heading_end <= sec.heading_start) continue;
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
  // One range per line, or per cell on a table line (a highlight crossing cells is cut at each tab).
  const lines = lineRanges(raw);
  const tableLine = lines.map((r) => raw.slice(r.start, r.end).includes('\t'));
  const ranges: Range[] = [];
  const rangeAt: number[][] = lines.map((r, i) => {
    const parts = tableLine[i] ? cellRanges(raw, r.start, r.end) : [r];
    return parts.map((p) => ranges.push(p) - 1);
  });
  const { ranges: nodes, unplaced } = highlight(raw, spans, ranges);
  // A section anchor sits on the first line that ends at or after the section's start.
  const anchorsAt = new Map<number, string[]>();
  for (const sec of sections) {
    const i = lines.findIndex((r) => r.end >= sec.start);
    if (i >= 0) anchorsAt.set(i, [...(anchorsAt.get(i) ?? []), sectionAnchor(sec.section_id)]);
  }
  let header: string[] | null = null;
  const paragraphs: ParagraphView[] = lines.map((r, i) => {
    const anchors = anchorsAt.get(i) ?? [];
    if (tableLine[i]) {
      const texts = cellRanges(raw, r.start, r.end).map((c) => raw.slice(c.start, c.end));
      const first = i === 0 || !tableLine[i - 1];
      if (first) header = isHeaderRow(texts) ? texts : null;
      const isHead = header !== null && (first || sameRow(header, texts));
      return {
        line: r.line,
        nodes: [],
        cells: rangeAt[i]!.map((k) => nodes[k] ?? []),
        anchors,
        className: `para trow${isHead && !first ? ' repeat-head' : ''}`,
        header: isHead,
      };
    }
    const whole = sections.find(
      (sec) => sec.heading_start === r.start && sec.heading_end >= r.end - 1 && sec.heading_end > sec.heading_start,
    );
    const one: Node[] = nodes[rangeAt[i]![0]!] ?? [];
    return {
      line: r.line,
      nodes: one,
      anchors,
      className: ['para', whole ? `heading lvl-${whole.level}` : ''].filter(Boolean).join(' '),
    };
  });
  const html = renderParagraphs(
    paragraphs,
    (id) => styles.get(id)!,
    (line) => (en ? `Cite or link line ${line}` : `引用或链接第 ${line} 行`),
    (line) => (en ? `Table in the source, from line ${line}` : `原文表格（自第 ${line} 行起）`),
  );
  return { html, unplaced };
}
