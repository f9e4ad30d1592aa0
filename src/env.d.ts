/// <reference types="astro/client" />

// mammoth's browser build (UMD, no types of its own): the same API as the Node build, typed where it is used.
declare module 'mammoth/mammoth.browser.js' {
  const mammoth: unknown;
  export default mammoth;
}

// pdf.js's normal (browser) build ships without a declaration file; its API is the package's (as the legacy build's).
declare module 'pdfjs-dist/build/pdf.mjs' {
  export * from 'pdfjs-dist';
}
