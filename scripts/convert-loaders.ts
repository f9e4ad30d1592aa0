// The Node shell's engines for the converters: mammoth (Node build) and pdf.js's legacy build, which reads its
// CMaps and standard fonts from node_modules by file path. The browser provides its own (a Web Worker).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  docxEngineFromMammoth,
  pdfEngineFromPdfjs,
  type ConvertLoaders,
  type MammothLike,
  type PdfjsLike,
} from './pipeline/index.ts';

const require = createRequire(import.meta.url);

/** node_modules/pdfjs-dist, wherever npm put it. */
function pdfjsRoot(): string {
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

export const nodeLoaders: ConvertLoaders = {
  async docx() {
    const mammoth = (await import('mammoth')).default as unknown as MammothLike;
    return docxEngineFromMammoth(mammoth);
  },
  async pdf() {
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;
    const root = pdfjsRoot();
    return pdfEngineFromPdfjs(pdfjs, {
      cMapUrl: `${join(root, 'cmaps')}/`,
      standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    });
  },
};
