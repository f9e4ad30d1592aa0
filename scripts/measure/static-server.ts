// A dumb static server for dist/, mounted under the build's base path: it sends a content type and nothing else
// (dist/_headers is just another file to it), like the plainest host, so pages must work with their <meta> CSP alone.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.parquet': 'application/octet-stream',
  '.zip': 'application/zip',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** Resolve a request path to a file in `root` (null: not found); `redirect` when a directory lacks its '/'. */
export function resolveFile(
  root: string,
  base: string,
  urlPath: string,
): { file: string } | { redirect: string } | null {
  const path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  if (!path.startsWith(base)) return null;
  const rel = normalize(path.slice(base.length));
  if (rel.startsWith('..')) return null;
  const full = join(root, rel);
  if (!full.startsWith(root)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) {
    if (!path.endsWith('/')) return { redirect: `${path}/` };
    const index = join(full, 'index.html');
    return existsSync(index) ? { file: index } : null;
  }
  return existsSync(full) ? { file: full } : null;
}

export async function serve(root: string, base: string): Promise<{ server: Server; origin: string }> {
  const rootDir = root.endsWith(sep) ? root.slice(0, -1) : root;
  const server = createServer((req, res) => {
    const hit = resolveFile(rootDir, base, req.url ?? '/');
    if (hit && 'redirect' in hit) {
      res.writeHead(301, { location: hit.redirect });
      res.end();
      return;
    }
    if (!hit) {
      const notFound = join(rootDir, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(hit.file).toLowerCase()] ?? 'application/octet-stream' });
    createReadStream(hit.file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}
