// A Word .docx to the canonical text: mammoth's HTML (paragraphs in order, tables kept, lists as <ol>) rendered
// by the same line renderer as web pages. mammoth is injected (Node and browser builds differ in their input).
import type { Note } from '../types.ts';
import { parseHtml } from './html-dom.ts';
import { renderLines } from './html-render.ts';
import { foldRadicalsWithNotes } from './radicals.ts';
import { ConvertError, fileNote, type ConvertResult } from './types.ts';

/** What the converter needs of mammoth: `.docx` bytes to HTML and its messages. */
export interface DocxEngine {
  toHtml(bytes: Uint8Array): Promise<{ html: string; warnings: string[] }>;
}

/** The part of mammoth's API used (the same in its Node and browser builds). */
export interface MammothLike {
  convertToHtml(
    input: { buffer: Uint8Array; arrayBuffer: ArrayBuffer },
    options?: Record<string, unknown>,
  ): Promise<{ value: string; messages: { type: string; message: string }[] }>;
  images: { imgElement(f: (image: unknown) => Promise<{ src: string }>): unknown };
}

/**
 * A DocxEngine over mammoth. Node's build reads `buffer`, the browser build `arrayBuffer`: both are given.
 * Images are dropped (no data: URLs), empty paragraphs ignored.
 */
export function docxEngineFromMammoth(mammoth: MammothLike): DocxEngine {
  return {
    async toHtml(bytes) {
      const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const result = await mammoth.convertToHtml(
        { buffer: bytes, arrayBuffer },
        { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), ignoreEmptyParagraphs: true },
      );
      return { html: result.value, warnings: result.messages.map((m) => `${m.type}: ${m.message}`) };
    },
  };
}

/** Convert a .docx (already checked to be an OOXML package by detectFormat). */
export async function docxToText(fileName: string, bytes: Uint8Array, engine: DocxEngine): Promise<ConvertResult> {
  let html: string;
  let warnings: string[];
  try {
    ({ html, warnings } = await engine.toHtml(bytes));
  } catch (err) {
    throw new ConvertError(fileName, `damaged .docx, Word document could not be read: ${(err as Error).message}`);
  }
  const lines = renderLines(parseHtml(html));
  if (lines.join('').trim() === '') throw new ConvertError(fileName, 'the Word document holds no text');
  const notes: Note[] = [];
  const distinct = [...new Set(warnings)];
  if (distinct.length > 0) {
    const shown = distinct.slice(0, 5).join('; ');
    notes.push(fileNote(fileName, 'info', 'docx-warnings', `${distinct.length} converter message(s): ${shown}`));
  }
  if (/<ol\b/.test(html)) {
    notes.push(
      fileNote(
        fileName,
        'info',
        'docx-list-numbering',
        'automatic list numbering written out as 1. and （1） by depth (the Word number format itself is not read)',
      ),
    );
  }
  const folded = foldRadicalsWithNotes(fileName, `${lines.join('\n')}\n`);
  return { text: folded.text, format: 'docx', notes: [...notes, ...folded.notes], pageMetadata: [] };
}
