// The converters' engines in the browser (the Web Worker of /extract/), each loaded only when its format is used:
// mammoth's browser build for .docx; pdf.js's normal build for .pdf, with its own worker, CMaps and standard fonts
// served by this site (copied into the build by scripts/site/pdfjs-assets.ts). Nothing comes from another host.
import {
  docxEngineFromMammoth,
  pdfEngineFromPdfjs,
  type ConvertLoaders,
  type MammothLike,
} from '../../../scripts/pipeline/index.ts';
import { PDFJS_ASSET_DIR } from './pdfjs-paths.ts';

/** Loaders for a site served from `siteRoot` (absolute URL of the base, ending in `/`). */
export function browserLoaders(siteRoot: string): ConvertLoaders {
  return {
    async docx() {
      const mammoth = (await import('mammoth/mammoth.browser.js')).default as MammothLike;
      return docxEngineFromMammoth(mammoth);
    },
    async pdf() {
      const [pdfjs, worker] = await Promise.all([
        import('pdfjs-dist/build/pdf.mjs'),
        import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
      ]);
      pdfjs.GlobalWorkerOptions.workerSrc = new URL(worker.default, siteRoot).href;
      return pdfEngineFromPdfjs(pdfjs, {
        cMapUrl: new URL(`${PDFJS_ASSET_DIR}/cmaps/`, siteRoot).href,
        standardFontDataUrl: new URL(`${PDFJS_ASSET_DIR}/standard_fonts/`, siteRoot).href,
        // pdf.js's own worker fetches the CMaps and fonts (by absolute URL): fetching them here would go through a
        // helper that reads `document.baseURI`, which a Web Worker lacks. Only text is read: no canvas, no wasm.
        extra: {
          useWorkerFetch: true,
          isOffscreenCanvasSupported: false,
          isImageDecoderSupported: false,
          useWasm: false,
        },
      });
    },
  };
}
