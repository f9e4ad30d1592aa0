// A saved government web page (.html/.htm) to the canonical text of its article, with the page's metadata table.
import { foldKey } from '../../../src/lib/text/index.ts';
import type { Note } from '../types.ts';
import { decodeDeclared } from './decode-text.ts';
import { findArticle, findTitle, isChromeLine, removeChrome } from './html-article.ts';
import { hanCount, parseHtml, removeNode, textOf } from './html-dom.ts';
import { renderLines } from './html-render.ts';
import { findMetadataBlock, metadataFromLines } from './page-metadata.ts';
import { foldRadicalsWithNotes } from './radicals.ts';
import { ConvertError, fileNote, type ConvertResult } from './types.ts';

/** The charset a page declares in its first 4 KiB: `<meta charset>`, http-equiv Content-Type, or an XML prolog. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return meta[1];
  const xml = /<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml?.[1] ?? null;
}

/** Lines of the page's article; the page heading goes first when none of the article's first 15 lines holds it. */
function articleLines(
  fileName: string,
  html: string,
  notes: Note[],
): { lines: string[]; meta: ConvertResult['pageMetadata'] } {
  const doc = parseHtml(html);
  const block = findMetadataBlock(doc);
  const meta = block ? metadataFromLines(renderLines(block)) : [];
  if (block) removeNode(block);
  const removed = removeChrome(doc);
  const article = findArticle(doc);
  if (!article || hanCount(textOf(article)) < 20) {
    throw new ConvertError(
      fileName,
      'no article text found: fewer than 20 Chinese characters outside navigation and footers',
    );
  }
  const rendered = renderLines(article);
  const lines = rendered.filter((l) => !isChromeLine(l));
  const dropped = rendered.length - lines.length + removed;
  if (dropped > 0) {
    notes.push(
      fileNote(
        fileName,
        'info',
        'html-chrome-removed',
        `${dropped} navigation, breadcrumb, footer or share/print element(s) or line(s) left out`,
      ),
    );
  }
  const title = findTitle(doc, article);
  if (title && !lines.slice(0, 15).some((l) => foldKey(l).includes(foldKey(title)))) {
    lines.unshift(title);
    notes.push(
      fileNote(fileName, 'info', 'html-title-added', `title taken from the page heading outside the article: ${title}`),
    );
  }
  if (meta.length > 0) {
    const list = meta.map((m) => `${m.label}=${m.value}`).join('; ');
    notes.push(fileNote(fileName, 'info', 'page-metadata', `metadata table read (origin page-metadata): ${list}`));
  }
  return { lines, meta };
}

/** Convert an HTML page. Throws ConvertError when the page holds no article text. */
export function htmlToText(fileName: string, bytes: Uint8Array): ConvertResult {
  const decoded = decodeDeclared(fileName, bytes, declaredCharset(bytes));
  const notes: Note[] = [...decoded.notes];
  const { lines, meta } = articleLines(fileName, decoded.text.replace(/^\uFEFF/, ''), notes);
  const folded = foldRadicalsWithNotes(fileName, `${lines.join('\n')}\n`);
  return { text: folded.text, format: 'html', notes: [...notes, ...folded.notes], pageMetadata: meta };
}
