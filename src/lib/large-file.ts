// Browser: a large build asset, downloaded so that a slow line still gets there. If `<url>.parts.json` exists
// (src/lib/large-file-layout.ts) the parts download in parallel; what arrives is kept, so after a failure the next
// attempt asks only for the rest (parts already complete are not asked again; a partial part resumes with an HTTP
// Range request where the server answers 206, else starts over). A download fails only when nothing has arrived for
// `stallMs`, never for taking long. Parts that were resumed are checked against their SHA-256 before use.
import { StallError, stallWatch, type StallWatch } from './explore-stall.ts';
import type { PartsManifest } from './large-file-layout.ts';

export interface DownloadProgress {
  /** Bytes of the file received so far (as decoded), of `total`. */
  loaded: number;
  total: number;
  /** How the host sends it: the Content-Encoding of the first complete answer ('br', 'gzip', 'identity'). */
  encoding: string;
  /** Bytes on the wire for the whole file in that encoding, from the manifest (computed at build time). */
  transferTotal?: number;
}

export interface DownloadOptions {
  /** Fail when no byte has arrived for this long (milliseconds). */
  stallMs: number;
  onProgress?: (p: DownloadProgress) => void;
  /** Receives the file's bytes in order (a consumer that compiles while they arrive). */
  onBytes?: (chunk: Uint8Array) => void;
}

interface Part {
  url: string;
  bytes: number;
  sha256: string;
  chunks: Uint8Array[];
  received: number;
  /** Some of its bytes came from a Range request: check the whole against its SHA-256. */
  resumed: boolean;
  /** Its bytes so far stay (complete, or this attempt's request was answered): they may be handed over. */
  live: boolean;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

const reset = (p: Part) => {
  p.chunks = [];
  p.received = 0;
  p.resumed = false;
  p.live = false;
};

/** `Content-Range: bytes 100-199/200` starts at `at`. */
export function rangeStartsAt(header: string | null, at: number): boolean {
  return header !== null && new RegExp(`^bytes ${at}-\\d+/(\\d+|\\*)$`).test(header.trim());
}

async function sha256Hex(chunks: Uint8Array[]): Promise<string | null> {
  if (!(globalThis.crypto as Crypto | undefined)?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await new Blob(chunks as BlobPart[]).arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function readBody(res: Response, part: Part, watch: StallWatch, report: () => void): Promise<void> {
  if (!res.body) {
    const all = new Uint8Array(await res.arrayBuffer());
    part.chunks.push(all);
    part.received += all.length;
    report();
    return;
  }
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    watch.touch();
    part.chunks.push(value);
    part.received += value.length;
    report();
  }
}

export class LargeFile {
  private manifest: PartsManifest | null | undefined;
  private parts: Part[] = [];
  private joined: string | undefined;
  private pending: Promise<void> | undefined;
  private controller: AbortController | undefined;
  private encoding = 'identity';

  readonly url: string;
  private readonly fetchFn: Fetch;

  constructor(url: string, fetchFn: Fetch = (u, init) => fetch(u, init)) {
    this.url = url;
    this.fetchFn = fetchFn;
  }

  /** Bytes received so far and the total (0 of 0 before the manifest is read). */
  progress(): DownloadProgress {
    const total = this.manifest?.bytes ?? 0;
    const enc = this.encoding as keyof PartsManifest['transfer'];
    return {
      loaded: this.parts.reduce((n, p) => n + p.received, 0),
      total,
      encoding: this.encoding,
      ...(this.manifest?.transfer[enc] !== undefined ? { transferTotal: this.manifest.transfer[enc] } : {}),
    };
  }

  /** The parts manifest, or null when the file is published whole (read once; fails on a stall). */
  async partsManifest(stallMs: number): Promise<PartsManifest | null> {
    if (this.manifest !== undefined) return this.manifest;
    const controller = new AbortController();
    const watch = stallWatch(stallMs, () => controller.abort(new StallError(`${this.url}.parts.json`, stallMs)));
    try {
      const res = await this.fetchFn(`${this.url}.parts.json`, { signal: controller.signal });
      watch.touch();
      if (res.status === 404) return (this.manifest = null);
      if (!res.ok) throw new Error(`${this.url}.parts.json: HTTP ${res.status}`);
      // A host that answers unknown paths with a page (200, HTML) has no manifest either: the file is whole.
      const manifest = (await res.json().catch(() => null)) as PartsManifest | null;
      this.manifest = manifest?.version === 2 ? manifest : null;
      if (this.manifest) {
        const dir = this.url.slice(0, this.url.lastIndexOf('/') + 1);
        this.parts = this.manifest.parts.map((p) => ({
          url: dir + p.name,
          bytes: p.bytes,
          sha256: p.sha256,
          chunks: [],
          received: 0,
          resumed: false,
          live: false,
        }));
      }
      return this.manifest;
    } catch (e) {
      throw controller.signal.reason instanceof StallError ? controller.signal.reason : e;
    } finally {
      watch.stop();
    }
  }

  /**
   * Download every part still missing, resuming what arrived before. With `onBytes`, the whole file's bytes are
   * handed over in order — what arrived earlier first — as soon as each is next in line. Rejects with StallError
   * when nothing arrived for `stallMs`. A new call stops the one under way (keeping its bytes) and takes over.
   */
  download(opts: DownloadOptions): Promise<void> {
    const previous = this.pending;
    this.controller?.abort();
    const run = (async () => {
      await previous?.catch(() => {});
      await this.run(opts);
    })();
    this.pending = run;
    void run
      .catch(() => {})
      .finally(() => {
        if (this.pending === run) this.pending = undefined;
      });
    return run;
  }

  /** Stop the download under way (what arrived is kept). */
  abort(): void {
    this.controller?.abort();
  }

  /** The joined file as a blob: URL (once download() has resolved); kept until release(). */
  joinedUrl(): string {
    if (!this.manifest || this.parts.some((p) => p.received !== p.bytes))
      throw new Error(`${this.url}: not downloaded`);
    this.joined ??= URL.createObjectURL(
      new Blob(this.parts.flatMap((p) => p.chunks) as BlobPart[], { type: this.manifest.type }),
    );
    return this.joined;
  }

  /** Forget the bytes (and the blob: URL); a later download() starts again, from the HTTP cache if kept. */
  release(): void {
    if (this.joined) URL.revokeObjectURL(this.joined);
    this.joined = undefined;
    for (const p of this.parts) reset(p);
  }

  private async run(opts: DownloadOptions): Promise<void> {
    const manifest = await this.partsManifest(opts.stallMs);
    if (!manifest) throw new Error(`${this.url}: not published in parts`);
    const controller = new AbortController();
    this.controller = controller;
    const watch = stallWatch(opts.stallMs, () => controller.abort(new StallError(this.url, opts.stallMs)));
    // Bytes are handed over in file order: a part's bytes only once every earlier part is complete, and only once
    // this attempt knows they stay (a part that must start over is not handed over before it does).
    let part = 0;
    let chunk = 0;
    const pump = () => {
      if (!opts.onBytes) return;
      while (part < this.parts.length) {
        const p = this.parts[part]!;
        if (!p.live) return;
        while (chunk < p.chunks.length) opts.onBytes(p.chunks[chunk++]!);
        if (p.received < p.bytes) return;
        part++;
        chunk = 0;
      }
    };
    const report = () => {
      pump();
      opts.onProgress?.(this.progress());
    };
    for (const p of this.parts) p.live = p.received === p.bytes;
    const running: Promise<void>[] = [];
    try {
      report();
      // One part after the other: in file order, a consumer compiling the bytes as they come never waits for a
      // part held back behind an unfinished one (the line's bandwidth is the same either way).
      for (const p of this.parts) {
        if (p.received === p.bytes) continue;
        const reading = this.readPart(p, controller.signal, watch, report);
        running.push(reading);
        await reading;
      }
      await this.verify();
      report();
    } catch (e) {
      // Stop the other parts, and let them settle so that none writes into a part a later attempt reads.
      controller.abort();
      await Promise.allSettled(running);
      throw controller.signal.reason instanceof StallError ? controller.signal.reason : e;
    } finally {
      watch.stop();
    }
  }

  private async readPart(part: Part, signal: AbortSignal, watch: StallWatch, report: () => void): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const resume = part.received > 0;
      const res = await this.fetchFn(part.url, {
        signal,
        ...(resume ? { headers: { Range: `bytes=${part.received}-` } } : {}),
      });
      watch.touch();
      const encoding = res.headers.get('content-encoding') ?? 'identity';
      if (resume && res.status === 206) {
        // A range of the encoded body cannot be appended to decoded bytes: start that part over.
        if (!rangeStartsAt(res.headers.get('content-range'), part.received) || encoding !== 'identity') {
          await res.body?.cancel();
          reset(part);
          continue;
        }
        part.resumed = true;
      } else if (res.ok) {
        if (resume) reset(part); // the server sent the whole part: it ignores Range
        this.encoding = encoding;
      } else {
        throw new Error(`${part.url}: HTTP ${res.status}`);
      }
      part.live = true;
      await readBody(res, part, watch, report);
      if (part.received === part.bytes) return;
      if (part.received > part.bytes) reset(part);
      // Short: the connection closed early. What arrived is kept for the next attempt.
      throw new Error(`${part.url}: ${part.received} of ${part.bytes} bytes arrived`);
    }
    throw new Error(`${part.url}: the server could not resume the download`);
  }

  private async verify(): Promise<void> {
    for (const p of this.parts) {
      if (!p.resumed) continue;
      const hash = await sha256Hex(p.chunks);
      if (hash !== null && hash !== p.sha256) {
        reset(p);
        throw new Error(`${p.url}: the resumed download is damaged; it will start over`);
      }
    }
  }
}

const files = new Map<string, LargeFile>();

/** The page's one download state per asset URL: a retry anywhere on the page resumes it. */
export function largeFile(url: string): LargeFile {
  let f = files.get(url);
  if (!f) files.set(url, (f = new LargeFile(url)));
  return f;
}

/** A small file's bytes, failing when nothing arrived for `stallMs` (the explorer's Arrow tables). */
export async function fetchBytes(
  url: string,
  stallMs: number,
  fetchFn: Fetch = (u, init) => fetch(u, init),
): Promise<Uint8Array> {
  const controller = new AbortController();
  const watch = stallWatch(stallMs, () => controller.abort(new StallError(url, stallMs)));
  try {
    const res = await fetchFn(url, { signal: controller.signal });
    watch.touch();
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const part: Part = { url, bytes: 0, sha256: '', chunks: [], received: 0, resumed: false, live: true };
    await readBody(res, part, watch, () => {});
    return part.chunks.length === 1
      ? part.chunks[0]!
      : new Uint8Array(await new Blob(part.chunks as BlobPart[]).arrayBuffer());
  } catch (e) {
    throw controller.signal.reason instanceof StallError ? controller.signal.reason : e;
  } finally {
    watch.stop();
  }
}
