// The small DOM vocabulary the HTML converters share: htmlparser2's tree (browser-safe, no jsdom).
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

export function parseHtml(html: string): HtmlDocument {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;
}

export function isText(node: HtmlNode): node is Extract<HtmlNode, { type: 'text' }> {
  return node.type === ElementType.Text;
}

export function childrenOf(node: HtmlNode | HtmlDocument): HtmlNode[] {
  return 'children' in node ? node.children : [];
}

export function elementsOf(root: HtmlNode | HtmlDocument): HtmlElement[] {
  return DomUtils.findAll(() => true, childrenOf(root));
}

/** Plain text content (entities decoded, no layout). */
export function textOf(node: HtmlNode | HtmlDocument): string {
  return DomUtils.textContent(node);
}

export function removeNode(node: HtmlNode): void {
  DomUtils.removeElement(node);
}

const HAN = /[\u3400-\u9fff]/g;

export function hanCount(s: string): number {
  return (s.match(HAN) ?? []).length;
}

/** class and id words, lower-case, split on spaces, `_` and `-`. */
export function classWords(el: HtmlElement): string[] {
  return `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}
