// The plan text as HTML: one <p> per source line with a stable id, section anchors, nested highlights.
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
  /** Element for structural spans (headings); marks otherwise. */
  tag?: 'mark' | 'strong';
}

export interface ParagraphView {
  line: number;
  nodes: Node[];
  anchors: string[];
  className: string;
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
    html += `<${tag}${id} class="${escapeAttr(st.className)}">${renderNodes(n.children, style)}</${tag}>`;
    if (n.last && st.href)
      html += `<a class="ref ${escapeAttr(st.className)}" href="${escapeAttr(st.href)}" aria-label="${escapeAttr(st.label)}">${escapeHtml(st.marker)}</a>`;
  }
  return html;
}

/** HTML for the paragraphs; `permalinkLabel(line)` names each paragraph's ¶ link. */
export function renderParagraphs(
  paragraphs: ParagraphView[],
  style: (spanId: string) => MarkStyle,
  permalinkLabel: (line: number) => string,
): string {
  return paragraphs
    .map((p) => {
      const anchors = p.anchors.map((a) => `<span class="sec-anchor" id="${escapeAttr(a)}"></span>`).join('');
      const link = `<a class="pilcrow" href="#p-${p.line}" aria-label="${escapeAttr(permalinkLabel(p.line))}">¶</a>`;
      return `<p id="p-${p.line}" class="${escapeAttr(p.className)}" data-line="${p.line}">${anchors}${renderNodes(p.nodes, style)}${link}</p>`;
    })
    .join('\n');
}
