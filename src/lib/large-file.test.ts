// The engine's download on a bad line: parts, byte progress, the stall timeout, and a retry that resumes (HTTP Range,
// completed parts kept), with a fake server (fetch) and fake timers.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StallError } from './explore-stall.ts';
import { fetchBytes, LargeFile, rangeStartsAt, type DownloadProgress } from './large-file.ts';
import type { PartsManifest } from './large-file-layout.ts';

const FILE = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7 + 3) % 251);
const PARTS = [FILE.subarray(0, 500), FILE.subarray(500)];
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const MANIFEST: PartsManifest = {
  version: 2,
  bytes: 1000,
  type: 'application/wasm',
  parts: PARTS.map((b, i) => ({ name: `e.part${i}.wasm`, bytes: b.length, sha256: sha(b) })),
  transfer: { identity: 1000, gzip: 400, br: 300 },
};
const URL_ = 'https://site.test/_astro/e.wasm';

interface Behaviour {
  /** Stop sending (without closing) after this many bytes of the part's body; only once per part. */
  hangAfter?: Map<number, number>;
  /** Answer Range requests with 200 and the whole part. */
  ignoreRange?: boolean;
  /** Bytes to send instead of the right ones for a Range request. */
  corruptRange?: boolean;
  encoding?: string;
}

/** A fake host: every request recorded as "<file> <range>"; bodies streamed in chunks of 100 bytes, later 64. */
function host(behaviour: Behaviour) {
  const requests: string[] = [];
  let answered = 0;
  const fetchFn = (url: string, init?: RequestInit): Promise<Response> => {
    const name = url.slice(url.lastIndexOf('/') + 1);
    const range = new Headers(init?.headers).get('range');
    requests.push(`${name}${range ? ` ${range}` : ''}`);
    if (name === 'e.wasm.parts.json') return Promise.resolve(Response.json(MANIFEST));
    const i = MANIFEST.parts.findIndex((p) => p.name === name);
    if (i < 0) return Promise.resolve(new Response('not found', { status: 404 }));
    let body = PARTS[i]!;
    let status = 200;
    const headers: Record<string, string> = behaviour.encoding ? { 'content-encoding': behaviour.encoding } : {};
    const from = range ? Number(/bytes=(\d+)-/.exec(range)![1]) : 0;
    if (range && !behaviour.ignoreRange) {
      body = behaviour.corruptRange ? new Uint8Array(body.length - from) : body.subarray(from);
      status = 206;
      delete headers['content-encoding'];
      headers['content-range'] = `bytes ${from}-${PARTS[i]!.length - 1}/${PARTS[i]!.length}`;
    }
    const hang = range ? undefined : behaviour.hangAfter?.get(i);
    // Hang only the first time: after that the line is good again.
    behaviour.hangAfter?.delete(i);
    // Later answers come in other chunk sizes, as on a real line.
    const size = ++answered > 1 ? 64 : 100;
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        init?.signal?.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
      },
      pull(c): Promise<void> | undefined {
        if (hang !== undefined && sent >= hang) return new Promise(() => {});
        if (sent >= body.length) c.close();
        else {
          const n = Math.min(size, body.length - sent, hang !== undefined ? hang - sent : Infinity);
          c.enqueue(body.slice(sent, sent + n));
          sent += n;
        }
        return undefined;
      },
    });
    return Promise.resolve(new Response(stream, { status, headers }));
  };
  return { fetchFn, requests };
}

function collect() {
  const chunks: Uint8Array[] = [];
  const progress: DownloadProgress[] = [];
  return {
    onBytes: (c: Uint8Array) => chunks.push(c),
    onProgress: (p: DownloadProgress) => progress.push(p),
    bytes: () => Uint8Array.from(chunks.flatMap((c) => [...c])),
    progress,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('LargeFile', () => {
  it('downloads the parts and hands over the whole file in order, with progress in bytes of the total', async () => {
    const { fetchFn, requests } = host({ encoding: 'br' });
    const file = new LargeFile(URL_, fetchFn);
    const c = collect();
    await file.download({ stallMs: 5000, ...c });
    expect(c.bytes()).toEqual(FILE);
    expect(requests).toEqual(['e.wasm.parts.json', 'e.part0.wasm', 'e.part1.wasm']);
    const last = c.progress[c.progress.length - 1]!;
    expect(last).toEqual({ loaded: 1000, total: 1000, encoding: 'br', transferTotal: 300 });
    const loaded = c.progress.map((p) => p.loaded);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
    expect(new Uint8Array(await (await fetch(file.joinedUrl())).arrayBuffer())).toEqual(FILE);
  });

  it('a stall fails the download after N s of silence; the retry asks only for the missing bytes (Range)', async () => {
    const { fetchFn, requests } = host({ hangAfter: new Map([[1, 200]]) });
    const file = new LargeFile(URL_, fetchFn);
    const first = file.download({ stallMs: 5000 });
    const failed = expect(first).rejects.toBeInstanceOf(StallError);
    await vi.advanceTimersByTimeAsync(4999);
    expect(file.progress().loaded).toBe(700);
    await vi.advanceTimersByTimeAsync(1);
    await failed;
    // What arrived is kept.
    expect(file.progress().loaded).toBe(700);
    requests.length = 0;
    const c = collect();
    await file.download({ stallMs: 5000, ...c });
    expect(requests).toEqual(['e.part1.wasm bytes=200-']);
    expect(c.bytes()).toEqual(FILE);
  });

  it('a slow but steady line never stalls, however long it takes', async () => {
    const { fetchFn } = host({});
    const slow = (url: string, init?: RequestInit) =>
      fetchFn(url, init).then((r) => {
        if (!r.body) return r;
        const reader = r.body.getReader();
        const stream = new ReadableStream<Uint8Array>({
          async pull(c) {
            await new Promise((ok) => setTimeout(ok, 4000)); // 100 bytes every 4 s, stall limit 5 s
            const { done, value } = await reader.read();
            if (done) c.close();
            else c.enqueue(value);
          },
        });
        return new Response(stream, { status: r.status, headers: r.headers });
      });
    const file = new LargeFile(URL_, slow);
    const c = collect();
    const done = file.download({ stallMs: 5000, ...c });
    await vi.advanceTimersByTimeAsync(120_000);
    await done;
    expect(c.bytes()).toEqual(FILE);
  });

  it('a server that ignores Range sends the part again: it starts over and the bytes stay right', async () => {
    const { fetchFn, requests } = host({ hangAfter: new Map([[0, 300]]), ignoreRange: true });
    const file = new LargeFile(URL_, fetchFn);
    const first = expect(file.download({ stallMs: 1000 })).rejects.toBeInstanceOf(StallError);
    await vi.advanceTimersByTimeAsync(1000);
    await first;
    requests.length = 0;
    const c = collect();
    await file.download({ stallMs: 1000, ...c });
    expect(requests).toEqual(['e.part0.wasm bytes=300-', 'e.part1.wasm']);
    expect(c.bytes()).toEqual(FILE);
  });

  it('a resumed part that does not match its SHA-256 is dropped, and the next attempt fetches it whole', async () => {
    const behaviour: Behaviour = { hangAfter: new Map([[1, 100]]), corruptRange: true };
    const { fetchFn, requests } = host(behaviour);
    const file = new LargeFile(URL_, fetchFn);
    const first = expect(file.download({ stallMs: 1000 })).rejects.toBeInstanceOf(StallError);
    await vi.advanceTimersByTimeAsync(1000);
    await first;
    await expect(file.download({ stallMs: 1000 })).rejects.toThrow(/damaged/);
    behaviour.corruptRange = false;
    requests.length = 0;
    const c = collect();
    await file.download({ stallMs: 1000, ...c });
    expect(requests).toEqual(['e.part1.wasm']);
    expect(c.bytes()).toEqual(FILE);
  });

  it('an HTTP error names the part; a file published whole has no manifest', async () => {
    const { fetchFn } = host({});
    const missing = new LargeFile('https://site.test/_astro/other.wasm', fetchFn);
    expect(await missing.partsManifest(1000)).toBeNull();
    const broken = new LargeFile(URL_, (u, init) =>
      u.endsWith('part1.wasm') ? Promise.resolve(new Response('', { status: 503 })) : fetchFn(u, init),
    );
    await expect(broken.download({ stallMs: 1000 })).rejects.toThrow('https://site.test/_astro/e.part1.wasm: HTTP 503');
    expect(broken.progress().loaded).toBe(500);
  });
});

describe('rangeStartsAt', () => {
  it('reads Content-Range', () => {
    expect(rangeStartsAt('bytes 200-499/500', 200)).toBe(true);
    expect(rangeStartsAt('bytes 0-499/500', 200)).toBe(false);
    expect(rangeStartsAt('bytes 200-499/*', 200)).toBe(true);
    expect(rangeStartsAt(null, 0)).toBe(false);
  });
});

describe('fetchBytes', () => {
  it('returns the body, and fails with StallError when the server goes silent', async () => {
    const { fetchFn } = host({ hangAfter: new Map([[0, 100]]) });
    const stalled = expect(fetchBytes('https://site.test/_astro/e.part0.wasm', 2000, fetchFn)).rejects.toBeInstanceOf(
      StallError,
    );
    await vi.advanceTimersByTimeAsync(2000);
    await stalled;
    expect(await fetchBytes('https://site.test/_astro/e.part0.wasm', 2000, fetchFn)).toEqual(PARTS[0]);
  });
});
