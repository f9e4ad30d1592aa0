// An HTML element to the canonical line form: one paragraph per line, table rows as tab-separated cells,
// ordered-list items numbered (1. / （1）) as a reader sees them.
import {
  childrenOf,
  isElement,
  isText,
  textOf,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
} from './html-dom.ts';

const BLOCK = new Set(
  (
    'address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody thead tfoot tr td th ul caption'
  ).split(' '),
);
const SKIP = new Set(
  'script style noscript template iframe object embed svg canvas head title meta link button select textarea input map'.split(
    ' ',
  ),
);
/** A run of white space from a source line break: dropped between two CJK characters, a space elsewhere. */
const BREAK_SPACE = '\u0001';
const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f';
const BREAK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\u0001+(?=[${CJK}])`, 'g');
// eslint-disable-next-line no-control-regex -- U+0001 is BREAK_SPACE, the renderer's own mark for a line break.
const BREAK_ELSEWHERE = /\u0001+/g;
/** A label a writer typed before a list item: then the list number is not added again. */
const TYPED_LABEL =
  /^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．](?!\d))/;

function finishLine(s: string): string {
  return s
    .replace(BREAK_BETWEEN_CJK, '')
    .replace(BREAK_ELSEWHERE, ' ')
    .replace(/^[ \t\r\n\f\u00a0]+|[ \t\r\n\f\u00a0]+$/g, '');
}

interface Renderer {
  lines: string[];
  current: string;
}

function flush(r: Renderer): void {
  const line = finishLine(r.current);
  if (line !== '') r.lines.push(line);
  r.current = '';
}

function hidden(el: HtmlElement): boolean {
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs['style'] ?? '') || 'hidden' in el.attribs;
}

function textIn(node: HtmlNode, pre: boolean): string {
  const data = isText(node) ? node.data : '';
  if (pre) return data.replace(/\r\n?/g, '\n');
  return data.replace(/[ \t\r\n\f]+/g, (ws) => (/[\r\n]/.test(ws) ? BREAK_SPACE : ' '));
}

/** A table of data (rows of cells) or one used for page layout (a single column, or cells holding long prose). */
function isDataTable(table: HtmlElement): boolean {
  const rows = rowsOf(table);
  const multi = rows.filter((row) => row.length >= 2).length;
  if (multi < 2) return false;
  return !rows.some((row) => row.some((cell) => textOf(cell).length > 400 || cellHasTable(cell)));
}

function cellHasTable(cell: HtmlElement): boolean {
  return childrenOf(cell).some((c) => isElement(c) && (c.name === 'table' || cellHasTable(c)));
}

function rowsOf(table: HtmlElement): HtmlElement[][] {
  const rows: HtmlElement[][] = [];
  const visit = (node: HtmlNode) => {
    if (!isElement(node)) return;
    if (node.name === 'tr') {
      rows.push(childrenOf(node).filter((c): c is HtmlElement => isElement(c) && (c.name === 'td' || c.name === 'th')));
      return;
    }
    if (node.name === 'table' && node !== table) return;
    for (const c of childrenOf(node)) visit(c);
  };
  visit(table);
  return rows;
}

/** A cell's text on one line: its own paragraphs joined by a space, tabs and breaks folded. */
function cellText(cell: HtmlElement): string {
  return renderLines(cell)
    .join(' ')
    .replace(/[\t\n]+/g, ' ');
}

function listLabel(depth: number, n: number): string {
  return depth === 0 ? `${n}.` : `（${n}）`;
}

function render(node: HtmlNode, r: Renderer, ctx: { pre: boolean; listDepth: number }): void {
  if (isText(node)) {
    r.current += textIn(node, ctx.pre);
    return;
  }
  if (!isElement(node) || SKIP.has(node.name) || hidden(node)) return;
  const name = node.name;
  if (name === 'br') {
    flush(r);
    return;
  }
  if (name === 'table' && isDataTable(node)) {
    flush(r);
    for (const row of rowsOf(node)) {
      const cells = row.map(cellText);
      if (cells.some((c) => c !== '')) r.lines.push(cells.join('\t').replace(/^[ \u00a0]+|[ \u00a0]+$/g, ''));
    }
    return;
  }
  if (name === 'ol') {
    flush(r);
    let n = Number(node.attribs['start'] ?? '1');
    if (!Number.isFinite(n)) n = 1;
    for (const item of childrenOf(node)) {
      if (isElement(item) && item.name === 'li') {
        const before = r.lines.length;
        render(item, r, { ...ctx, listDepth: ctx.listDepth + 1 });
        flush(r);
        const first = r.lines[before];
        if (first !== undefined && !TYPED_LABEL.test(first)) r.lines[before] = `${listLabel(ctx.listDepth, n)}${first}`;
        n++;
      } else {
        render(item, r, ctx);
      }
    }
    return;
  }
  const block = BLOCK.has(name);
  if (block) flush(r);
  const inner = { pre: ctx.pre || name === 'pre', listDepth: name === 'ul' ? ctx.listDepth + 1 : ctx.listDepth };
  for (const child of childrenOf(node)) render(child, r, inner);
  if (block) flush(r);
}

/** The lines of an element's content: paragraphs, list items and table rows, empty lines dropped. */
export function renderLines(root: HtmlNode | HtmlDocument): string[] {
  const r: Renderer = { lines: [], current: '' };
  for (const child of childrenOf(root)) render(child, r, { pre: false, listDepth: 0 });
  flush(r);
  return r.lines;
}
