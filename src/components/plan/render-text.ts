// The plan text as HTML: one <p> per source line with a stable id, section anchors, nested highlights.
import type { Node } from '../../lib/highlight.ts';

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

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

function renderNodes(nodes: Node[], style: (spanId: string) => MarkStyle): string {
  let html = '';
  for (const n of nodes) {
    if (n.type === 'text') {
      html += esc(n.text);
      continue;
    }
    const st = style(n.span.id);
    const tag = st.tag ?? 'mark';
    const id = n.first ? ` id="${esc(st.id)}"` : '';
    html += `<${tag}${id} class="${esc(st.className)}">${renderNodes(n.children, style)}</${tag}>`;
    if (n.last && st.href)
      html += `<a class="ref ${esc(st.className)}" href="${esc(st.href)}" aria-label="${esc(st.label)}">${esc(st.marker)}</a>`;
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
      const anchors = p.anchors.map((a) => `<span class="sec-anchor" id="${esc(a)}"></span>`).join('');
      const link = `<a class="pilcrow" href="#p-${p.line}" aria-label="${esc(permalinkLabel(p.line))}">¶</a>`;
      return `<p id="p-${p.line}" class="${esc(p.className)}" data-line="${p.line}">${anchors}${renderNodes(p.nodes, style)}${link}</p>`;
    })
    .join('\n');
}
