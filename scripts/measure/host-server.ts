// dist/ served like a real static host (Cloudflare Pages, Netlify): the headers of dist/_headers (CSP as a header,
// caching, content types), compression on the fly for the types such hosts compress (application/wasm included) at
// their levels (src/lib/site-data/engine.ts: brotli 5 or gzip 6, one encoding per server so the bench can compare
// hosts), and HTTP Range requests answered 206 with the plain bytes (as nginx does). Compressed bodies are made once
// per file and kept. Used by `npm run bench:explore` and the explorer's network e2e tests.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, sep } from 'node:path';
import { brotli, gzip } from '../../src/lib/site-data/engine.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../site/headers.ts';
import { resolveFile, TYPES } from './static-server.ts';

export type HostEncoding = 'br' | 'gzip' | 'identity';

export interface HostOptions {
  /** What the host compresses with when the browser accepts it. */
  encoding: HostEncoding;
  /** Send each body at this many bytes per second (default: at once), so that cut() can stop one midway. */
  pace?: number;
}

export interface Host {
  server: Server;
  origin: string;
  /** Bytes sent per URL path (bodies only). */
  sent: Map<string, number>;
  /** Every request answered: path, its Range header, the status and the body bytes sent. */
  log: { path: string; range: string | undefined; status: number; bytes: number }[];
  /** Compress these files now (so that a measurement does not include compressing). */
  warm(paths: string[]): void;
  /** Drop every connection with a body still being sent (a line that fails mid-download). */
  cut(): void;
  close(): Promise<void>;
}

/** Content types compressed on the fly (as Cloudflare's list, the ones this site uses). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|wasm|manifest\+json)|image\/(svg\+xml|x-icon))/;

interface Cached {
  mtimeMs: number;
  plain: Buffer;
  encoded: Map<HostEncoding, Buffer>;
}

export async function serveLikeHost(root: string, base: string, options: HostOptions): Promise<Host> {
  const rootDir = root.endsWith(sep) ? root.slice(0, -1) : root;
  let rules: HeaderRule[] = [];
  try {
    rules = parseHeadersFile(readFileSync(join(rootDir, '_headers'), 'utf8'));
  } catch {
    rules = [];
  }
  const cache = new Map<string, Cached>();
  const sent = new Map<string, number>();
  const log: Host['log'] = [];
  const sending = new Set<ServerResponse>();

  /** The body at once, or paced in 50 ms steps. */
  const send = (res: ServerResponse, body: Buffer, head: boolean) => {
    if (head || !options.pace) {
      res.end(head ? undefined : body);
      return;
    }
    const step = Math.max(1, Math.round(options.pace / 20));
    let at = 0;
    sending.add(res);
    res.on('close', () => sending.delete(res));
    const next = () => {
      if (res.destroyed) return;
      const chunk = body.subarray(at, at + step);
      at += chunk.length;
      if (at >= body.length) {
        sending.delete(res);
        res.end(chunk);
      } else {
        res.write(chunk);
        setTimeout(next, 50);
      }
    };
    next();
  };

  const body = (file: string, encoding: HostEncoding): Buffer => {
    const { mtimeMs } = statSync(file);
    let c = cache.get(file);
    if (!c || c.mtimeMs !== mtimeMs) cache.set(file, (c = { mtimeMs, plain: readFileSync(file), encoded: new Map() }));
    if (encoding === 'identity') return c.plain;
    let e = c.encoded.get(encoding);
    if (!e) c.encoded.set(encoding, (e = encoding === 'br' ? brotli(c.plain) : gzip(c.plain)));
    return e;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const hit = resolveFile(rootDir, base, req.url ?? '/');
    if (hit && 'redirect' in hit) {
      res.writeHead(301, { location: hit.redirect });
      res.end();
      return;
    }
    const file = hit?.file ?? join(rootDir, '404.html');
    const status = hit ? 200 : 404;
    let type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = {};
    for (const [k, v] of headersFor(rules, path)) headers[k] = v;
    if (headers['content-type']) type = headers['content-type'];
    headers['content-type'] = type;
    headers['accept-ranges'] = 'bytes';
    let plain: Buffer;
    try {
      plain = body(file, 'identity');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    let out: Buffer;
    if (range && status === 200) {
      const from = Number(range[1]);
      const to = range[2] ? Math.min(Number(range[2]), plain.length - 1) : plain.length - 1;
      if (from > to) {
        res.writeHead(416, { 'content-range': `bytes */${plain.length}` });
        res.end();
        return;
      }
      out = plain.subarray(from, to + 1);
      headers['content-range'] = `bytes ${from}-${to}/${plain.length}`;
      res.writeHead(206, { ...headers, 'content-length': String(out.length) });
    } else {
      const accepts = req.headers['accept-encoding'] ?? '';
      const enc: HostEncoding =
        options.encoding !== 'identity' &&
        COMPRESSIBLE.test(type) &&
        new RegExp(`\\b${options.encoding}\\b`).test(accepts)
          ? options.encoding
          : 'identity';
      out = body(file, enc);
      if (enc !== 'identity') {
        headers['content-encoding'] = enc;
        headers['vary'] = 'Accept-Encoding';
      }
      res.writeHead(status, { ...headers, 'content-length': String(out.length) });
    }
    sent.set(path, (sent.get(path) ?? 0) + out.length);
    log.push({ path, range: req.headers.range, status: res.statusCode, bytes: out.length });
    send(res, out, req.method === 'HEAD');
  };

  const server = createServer(handle);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    sent,
    log,
    warm: (paths) => {
      for (const p of paths) {
        const hit = resolveFile(rootDir, base, p);
        if (hit && 'file' in hit) body(hit.file, options.encoding);
      }
    },
    cut: () => {
      for (const res of sending) res.destroy();
      sending.clear();
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
