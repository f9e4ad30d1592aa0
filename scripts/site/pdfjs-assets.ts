// pdf.js's CMaps and standard fonts, served by the site itself (the in-browser extractor reads PDFs with them and
// may fetch nothing from another host): copied from node_modules/pdfjs-dist into dist/pdfjs/ after the build, and
// served from there by the dev server. An Astro integration (astro.config.mjs).
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PDFJS_ASSET_DIR, PDFJS_ASSET_FOLDERS } from '../../src/components/extract/pdfjs-paths.ts';

/** node_modules/pdfjs-dist, wherever npm put it. */
export function pdfjsRoot(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

/** Copy the asset folders into a built site; returns the number of files copied. */
export function copyPdfjsAssets(dist: string): number {
  let files = 0;
  for (const folder of PDFJS_ASSET_FOLDERS) {
    const from = join(pdfjsRoot(), folder);
    cpSync(from, join(dist, PDFJS_ASSET_DIR, folder), {
      recursive: true,
      filter: (src) => {
        if (statSync(src).isFile()) files++;
        return true;
      },
    });
  }
  return files;
}

export function pdfjsAssets(): AstroIntegration {
  let base = '/';
  return {
    name: 'pdfjs-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${PDFJS_ASSET_DIR}/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(prefix)) {
            next();
            return;
          }
          const rel = normalize(decodeURIComponent(path.slice(prefix.length)));
          const folder = rel.split('/')[0];
          const file = join(pdfjsRoot(), rel);
          if (!PDFJS_ASSET_FOLDERS.some((f) => f === folder) || rel.includes('..') || !existsSync(file)) {
            next();
            return;
          }
          res.setHeader('content-type', 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const n = copyPdfjsAssets(fileURLToPath(dir));
        logger.info(`${n} pdf.js CMap and font files copied to ${PDFJS_ASSET_DIR}/`);
      },
    },
  };
}
