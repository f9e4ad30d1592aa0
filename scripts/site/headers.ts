// The HTTP headers a static host should send, as a `_headers` file (Netlify, Cloudflare Pages and compatible hosts):
// per page, the page's own CSP as a header (which, unlike the <meta> copy, reaches workers and can restrict framing),
// with framing rules (/embed/* may be framed anywhere); for files, caching and content types so that hosts compress
// and keep them: hashed build assets (/_astro/, DuckDB's wasm parts included) for a year, immutable; data and pages
// briefly. On these hosts a request matching several rules gets all their headers and a header set twice is joined
// with a comma, so each header is set by exactly one rule for any path (a test checks it).
import { decodeHtml } from '../../src/lib/text/index.ts';

export interface PagePolicy {
  /** URL path of the page, e.g. `/plans/guyuan/`. */
  path: string;
  /** The content of the page's CSP <meta>, as Astro wrote it. */
  metaCsp: string;
}

/** Hashed file names never change content: cache for a year without revalidating. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Data files (datasets, Arrow tables, source texts) keep their names across releases: ten minutes. */
export const DATA_CACHE = 'public, max-age=600';
/** Pages: always revalidated (cheap with the host's ETag), so a new build shows at once. */
export const PAGE_CACHE = 'public, max-age=0, must-revalidate';

export interface HeaderRule {
  /** Path pattern: `*` matches any characters, `/` included (Cloudflare's splat). */
  pattern: string;
  headers: [string, string][];
}

/** The CSP content of a page's `<meta http-equiv="content-security-policy">`, or null. */
export function metaCspOf(html: string): string | null {
  const m = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return m?.[1] === undefined ? null : decodeHtml(m[1]);
}

const trim = (base: string) => base.replace(/\/$/, '');

export function isEmbed(path: string, base = '/'): boolean {
  return path.startsWith(`${trim(base)}/embed/`);
}

/** Header CSP for one page: the meta policy plus what only a header can say. */
export function headerCsp(p: PagePolicy, base = '/'): string {
  const directives = p.metaCsp
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const out = directives.map((d) =>
    // DuckDB-wasm instantiates WebAssembly; the meta CSP does not reach its worker, a header does.
    d.startsWith('script-src') && !d.includes("'wasm-unsafe-eval'") ? `${d} 'wasm-unsafe-eval'` : d,
  );
  out.push(isEmbed(p.path, base) ? 'frame-ancestors *' : "frame-ancestors 'self'");
  return out.join('; ');
}

/** Does a rule's pattern match a request path? (`*` is a splat: any characters, slashes too.) */
export function patternMatches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/** Rules for files rather than pages: caching of hashed assets and data, the content type of wasm. */
export function assetRules(base = '/'): HeaderRule[] {
  const b = trim(base);
  return [
    { pattern: `${b}/_astro/*`, headers: [['Cache-Control', IMMUTABLE]] },
    // DuckDB's wasm and its parts (…part0.wasm): hosts compress application/wasm, not application/octet-stream.
    { pattern: `${b}/_astro/*.wasm`, headers: [['Content-Type', 'application/wasm']] },
    { pattern: `${b}/data/*`, headers: [['Cache-Control', DATA_CACHE]] },
  ];
}

/** Every rule of the file, in order: everything, files, then one per page. */
export function headerRules(pages: PagePolicy[], base = '/'): HeaderRule[] {
  const assets = assetRules(base);
  const rules: HeaderRule[] = [
    {
      pattern: '/*',
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
    ...assets,
  ];
  for (const p of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const headers: [string, string][] = [['Content-Security-Policy', headerCsp(p, base)]];
    if (!isEmbed(p.path, base)) headers.push(['X-Frame-Options', 'SAMEORIGIN']);
    // A page under a file rule's folder (the /data/ page) takes that rule's caching: never two Cache-Control.
    const covered = assets.some(
      (r) => r.headers.some(([k]) => k === 'Cache-Control') && patternMatches(r.pattern, p.path),
    );
    if (!covered) headers.push(['Cache-Control', PAGE_CACHE]);
    rules.push({ pattern: p.path, headers });
  }
  return rules;
}

/** The headers a request for `path` gets: all matching rules, a header set twice joined with ", " (as hosts do). */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rules)
    if (patternMatches(r.pattern, path))
      for (const [k, v] of r.headers) {
        const key = k.toLowerCase();
        out.set(key, out.has(key) ? `${out.get(key)!}, ${v}` : v);
      }
  return out;
}

export function headersFile(pages: PagePolicy[], base = '/'): string {
  const lines = ['# Generated by scripts/post-build.ts after `astro build`. Do not edit.'];
  for (const r of headerRules(pages, base)) {
    lines.push(r.pattern);
    for (const [k, v] of r.headers) lines.push(`  ${k}: ${v}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Read a `_headers` file back (the bench's host applies it). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      const rule = rules[rules.length - 1];
      if (!m || !rule) throw new Error(`_headers: cannot read "${line}"`);
      rule.headers.push([m[1]!.trim(), m[2]!.trim()]);
    }
  }
  return rules;
}
