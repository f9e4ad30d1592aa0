// `npm run bench:scale`: the per-document pipeline over a generated corpus of N plans (default 3,000, about the
// number of Chinese county-level units), on 1 thread and on worker threads; prints plans/s and peak memory.
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseDocument } from '../pipeline/parse-document.ts';
import { readSources, readVocabularies } from '../read-sources.ts';
import { generateCorpus, type SourceParagraphs } from './generate-corpus.ts';

const N = Number(process.env.PLANS ?? 3000);
const WORKERS = Number(process.env.WORKERS ?? cpus().length);

export interface ScaleResult {
  plans: number;
  workers: number;
  seconds: number;
  plansPerSecond: number;
  rows: number;
  failed: number;
  peakRssMb: number;
}

function sourceParagraphs(): SourceParagraphs[] {
  return readSources().map((s) => {
    const doc = parseDocument({ docId: s.docId, fileName: s.fileName, bytes: s.bytes });
    return { docId: s.docId, paragraphs: doc.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text) };
  });
}

async function runWith(
  workers: number,
  plans: ReturnType<typeof generateCorpus>,
  vocab: unknown,
): Promise<ScaleResult> {
  const t0 = performance.now();
  const chunks = Array.from({ length: workers }, (_, w) =>
    plans.filter((_, i) => i % workers === w).map(({ docId, fileName, text }) => ({ docId, fileName, text })),
  );
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<{ docs: number; rows: number; failed: number; maxRssKb: number }>((ok, fail) => {
          const w = new Worker(new URL('./pipeline-worker.ts', import.meta.url), {
            workerData: { plans: chunk, vocab },
          });
          w.once('message', ok);
          w.once('error', fail);
        }),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  return {
    plans: plans.length,
    workers,
    seconds,
    plansPerSecond: plans.length / seconds,
    rows: results.reduce((n, r) => n + r.rows, 0),
    failed: results.reduce((n, r) => n + r.failed, 0),
    // Worker threads share the process: its peak resident set is the figure that matters.
    peakRssMb: Math.max(process.resourceUsage().maxRSS, ...results.map((r) => r.maxRssKb)) / 1024,
  };
}

export async function benchScale(n = N): Promise<ScaleResult[]> {
  const plans = generateCorpus(sourceParagraphs(), { n });
  const vocab = readVocabularies();
  const out = [await runWith(1, plans, vocab)];
  if (WORKERS > 1) out.push(await runWith(WORKERS, plans, vocab));
  return out;
}

if (import.meta.main) {
  process.stdout.write(`pipeline at scale: ${N} generated plans\n`);
  for (const r of await benchScale()) {
    process.stdout.write(
      `  ${r.workers} thread(s): ${r.seconds.toFixed(1)} s, ${r.plansPerSecond.toFixed(0)} plans/s, ${r.rows} rows, ${r.failed} refused, peak RSS ${r.peakRssMb.toFixed(0)} MB\n`,
    );
  }
}
