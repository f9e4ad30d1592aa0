// Where the site serves pdf.js's CMaps and standard fonts (dist/<dir>/cmaps/, dist/<dir>/standard_fonts/), relative
// to the site's base. Shared by the build step that copies them and the browser loader that points pdf.js at them.
export const PDFJS_ASSET_DIR = 'pdfjs';

/** The folders of pdfjs-dist copied into the site, as they are named in the package. */
export const PDFJS_ASSET_FOLDERS = ['cmaps', 'standard_fonts'] as const;
