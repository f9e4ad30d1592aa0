// Worker for the scale benchmark: parse and extract a share of the generated plans, report counts and time.
import { parentPort, workerData } from 'node:worker_threads';
import { extractAll, type Vocabularies } from '../pipeline/extract-all.ts';
import { parseDocument } from '../pipeline/parse-document.ts';

interface Job {
  plans: { docId: string; fileName: string; text: string }[];
  vocab: Vocabularies;
}

const { plans, vocab } = workerData as Job;
const encoder = new TextEncoder();
let rows = 0;
let failed = 0;
const t0 = performance.now();
for (const p of plans) {
  try {
    const doc = parseDocument({ docId: p.docId, fileName: p.fileName, bytes: encoder.encode(p.text) });
    const { datasets } = extractAll(doc, { sha256: '', sourceFile: p.fileName }, vocab);
    for (const r of Object.values(datasets)) rows += r.length;
  } catch {
    failed++;
  }
}
parentPort?.postMessage({
  docs: plans.length,
  rows,
  failed,
  ms: performance.now() - t0,
  maxRssKb: process.resourceUsage().maxRSS,
});
