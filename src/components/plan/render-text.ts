// The plan text as HTML: one <p> per source line with a stable id, section anchors, nested highlights; runs of
// tab-separated lines (the canonical text's table rows) as one <table>, a <tr> per line with the same id.
import type { Node } from '../../lib/highlight.ts';
import { escapeAttr, escapeHtml } from '../../lib/text/index.ts';

export interface MarkStyle {
  /** id of the highlight (on its first piece) — the data row links here. */
  id: string;
  className: string;
  /** Where the item's marker links: its data row. Null for structural spans (headings). */
  href: string | null;
  /** Visible marker text after the item, e.g. T3. */
  marker: string;
  /** Accessible name of the marker link. */
  label: string;
  /** Element for structural spans (headings, source defects); marks otherwise. */
  tag?: 'mark' | 'strong' | 'span';
  /** Language of the span's text when it differs from the plan's (a stray English word in the source). */
  lang?: string;
  /** Language of the marker when it is words of the page, not a code ('not part of the plan'). */
  markerLang?: string;
}

export interface ParagraphView {
  line: number;
  nodes: Node[];
  anchors: string[];
  className: string;
  /** A table row: its cells' nodes (then `nodes` is unused). */
  cells?: Node[][];
  /** A table row that names the columns (first row, or the same header repeated after a page break). */
  header?: boolean;
}

function renderNodes(nodes: Node[], style: (spanId: string) => MarkStyle): string {
  let html = '';
  for (const n of nodes) {
    if (n.type === 'text') {
      html += escapeHtml(n.text);
      continue;
    }
    const st = style(n.span.id);
    const tag = st.tag ?? 'mark';
    const id = n.first ? ` id="${escapeAttr(st.id)}"` : '';
    const lang = st.lang ? ` lang="${escapeAttr(st.lang)}"` : '';
    html += `<${tag}${id}${lang} class="${escapeAttr(st.className)}">${renderNodes(n.children, style)}</${tag}>`;
    if (n.last && st.href)
      html += `<a class="ref ${escapeAttr(st.className)}" href="${escapeAttr(st.href)}"${st.markerLang ? ` lang="${escapeAttr(st.markerLang)}"` : ''} aria-label="${escapeAttr(st.label)}">${escapeHtml(st.marker)}</a>`;
  }
  return html;
}

function renderRow(
  p: ParagraphView,
  style: (spanId: string) => MarkStyle,
  anchors: string,
  link: string,
  width: number,
): string {
  const cells = p.cells ?? [];
  const tag = p.header ? 'th' : 'td';
  const scope = p.header ? ' scope="col"' : '';
  const html = cells.map((c, i) => {
    const last = i === cells.length - 1;
    const span = last && cells.length < width ? ` colspan="${width - cells.length + 1}"` : '';
    return `<${tag}${scope}${span}>${i === 0 ? anchors : ''}${renderNodes(c, style)}${last ? link : ''}</${tag}>`;
  });
  return `<tr id="p-${p.line}" class="${escapeAttr(p.className)}" data-line="${p.line}">${html.join('')}</tr>`;
}

/** HTML for the paragraphs; `permalinkLabel(line)` names each paragraph's ¶ link, `tableLabel` each source table. */
export function renderParagraphs(
  paragraphs: ParagraphView[],
  style: (spanId: string) => MarkStyle,
  permalinkLabel: (line: number) => string,
  tableLabel: (firstLine: number) => string = (line) => `Table from line ${line}`,
): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const anchors = p.anchors.map((a) => `<span class="sec-anchor" id="${escapeAttr(a)}"></span>`).join('');
    const link = (q: ParagraphView) =>
      `<a class="pilcrow" href="#p-${q.line}" aria-label="${escapeAttr(permalinkLabel(q.line))}">¶</a>`;
    if (!p.cells) {
      out.push(
        `<p id="p-${p.line}" class="${escapeAttr(p.className)}" data-line="${p.line}">${anchors}${renderNodes(p.nodes, style)}${link(p)}</p>`,
      );
      continue;
    }
    // A run of table rows becomes one table; the widest row sets the column count.
    let j = i;
    while (j + 1 < paragraphs.length && paragraphs[j + 1]!.cells) j++;
    const rows = paragraphs.slice(i, j + 1);
    const width = Math.max(...rows.map((r) => r.cells!.length));
    const head = rows[0]!.header ? rows[0]! : null;
    const body = head ? rows.slice(1) : rows;
    const rowHtml = (r: ParagraphView) =>
      renderRow(
        r,
        style,
        r.anchors.map((a) => `<span class="sec-anchor" id="${escapeAttr(a)}"></span>`).join(''),
        link(r),
        width,
      );
    out.push(
      `<div class="source-table scroll-x" role="region" tabindex="0" aria-label="${escapeAttr(tableLabel(p.line))}"><table>` +
        (head ? `<thead>${rowHtml(head)}</thead>` : '') +
        `<tbody>${body.map(rowHtml).join('')}</tbody></table></div>`,
    );
    i = j;
  }
  return out.join('\n');
}
