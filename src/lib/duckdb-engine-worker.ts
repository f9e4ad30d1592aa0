// DuckDB's worker, with one addition that runs first: the page can stream the engine's wasm into it while the bytes
// download (messages below), and it compiles them as they come — on a slow line the compile is done when the last
// byte arrives. DuckDB's own worker script (its URL in `?duckdb=`) is then loaded unchanged; its request to
// instantiate gets the module compiled here. Compiling in a worker also keeps the page's <meta> CSP (which lacks
// 'wasm-unsafe-eval' and cannot reach workers) out of the way, as DuckDB's own loading does.
//
// Messages from the page: { type: 'duckdb-wasm', begin: true } · { type: 'duckdb-wasm', chunk: Uint8Array } ·
// { type: 'duckdb-wasm', end: true }. Without them, DuckDB loads its wasm from the URL it is given, as usual.

declare function importScripts(...urls: string[]): void;

const MESSAGE = 'duckdb-wasm';

let compiled: Promise<WebAssembly.Module> | null = null;
let feed: ReadableStreamDefaultController<Uint8Array> | null = null;

/** An error outside any promise reaches the page as the Worker's `error` event (DuckDB would swallow it). */
function fail(e: unknown): void {
  setTimeout(() => {
    throw e instanceof Error ? e : new Error(String(e));
  });
}

function begin(): void {
  const stream = new ReadableStream<Uint8Array>({ start: (c) => void (feed = c) });
  const response = new Response(stream, { headers: { 'content-type': 'application/wasm' } });
  compiled =
    typeof WebAssembly.compileStreaming === 'function'
      ? WebAssembly.compileStreaming(response)
      : response.arrayBuffer().then((b) => WebAssembly.compile(b));
  compiled.catch(fail);
}

addEventListener(
  'message',
  (e: MessageEvent<{ type?: string; begin?: boolean; chunk?: Uint8Array; end?: boolean } | null>) => {
    if (e.data?.type !== MESSAGE) return;
    // Not for DuckDB's handler (it would answer an unknown message with an error).
    e.stopImmediatePropagation();
    if (e.data.begin) begin();
    else if (e.data.chunk) feed?.enqueue(e.data.chunk);
    else if (e.data.end) feed?.close();
  },
);

const instantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
WebAssembly.instantiateStreaming = async (source, imports) => {
  if (!compiled) return instantiateStreaming(source, imports);
  // DuckDB fetched a placeholder URL to get here: its body is not needed.
  void Promise.resolve(source)
    .then((r) => r.body?.cancel())
    .catch(() => {});
  const module = await compiled;
  return { module, instance: await WebAssembly.instantiate(module, imports) };
};

const duckdbWorker = new URL(location.href).searchParams.get('duckdb');
if (!duckdbWorker) throw new Error('duckdb-engine-worker: no ?duckdb= worker URL');
importScripts(duckdbWorker);
