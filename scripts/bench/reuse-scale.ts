// `npm run bench:reuse [-- 50 100 200 400]`: time findReuse on generated corpora of growing size and fit the growth
// exponent; then findReuse again after one plan changed, with the first run's state (only that plan's pairs aligned).
import { performance } from 'node:perf_hooks';
import { findReuse } from '../pipeline/find-reuse.ts';
import { parseDocument } from '../pipeline/parse-document.ts';
import { readSources } from '../read-sources.ts';
import { generateCorpus } from './generate-corpus.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 1);
const NS = sizes.length > 0 ? sizes : [50, 100, 200, 400];

const sources = readSources().map((s) => {
  const doc = parseDocument({ docId: s.docId, fileName: s.fileName, bytes: s.bytes });
  return { docId: s.docId, paragraphs: doc.paragraphs.filter((p) => p.kind !== 'table-row').map((p) => p.text) };
});

/** Least-squares slope of log y against log x: y grows like x^slope. */
function exponent(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map((y) => Math.log(Math.max(y, 1e-9)));
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += ((lx[i] as number) - mx) * ((ly[i] as number) - my);
    den += ((lx[i] as number) - mx) ** 2;
  }
  return num / den;
}

const header = [
  'plans',
  'chars',
  'fingerprints',
  'skipped',
  'doc_pairs',
  'all_pairs',
  'seed_pairs',
  'regions',
  'cells',
  'passages',
  'wall_ms',
  'cpu_ms',
  '1chg_pairs',
  '1chg_ms',
];
process.stdout.write(`${header.map((h) => h.padStart(12)).join('')}\n`);
const results: {
  n: number;
  ms: number;
  cpu: number;
  seeds: number;
  cells: number;
  chars: number;
  docPairs: number;
  changedMs: number;
}[] = [];
for (const n of NS) {
  const docs = generateCorpus(sources, { n }).map((p) =>
    parseDocument({ docId: p.docId, fileName: p.fileName, bytes: new TextEncoder().encode(p.text) }),
  );
  let best = Infinity;
  let bestCpu = Infinity;
  let last: ReturnType<typeof findReuse> | null = null;
  // Best of three runs: the first pays for JIT warm-up; CPU time is less disturbed by other processes than wall time.
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    const c = process.cpuUsage();
    last = findReuse(docs);
    const used = process.cpuUsage(c);
    best = Math.min(best, performance.now() - t);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  }
  const s = (last as ReturnType<typeof findReuse>).stats;
  // One plan edited (a sentence added), then findReuse with the previous run's state: best of three.
  const edited = docs.map((d, i) =>
    i === docs.length - 1
      ? parseDocument({
          docId: d.docId,
          fileName: d.fileName,
          bytes: new TextEncoder().encode(`${d.clean.raw}\n加强县域医共体建设。\n`),
        })
      : d,
  );
  let changedMs = Infinity;
  let changed: ReturnType<typeof findReuse> | null = null;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    changed = findReuse(edited, {}, (last as ReturnType<typeof findReuse>).state);
    changedMs = Math.min(changedMs, performance.now() - t);
  }
  const row = [
    n,
    s.folded_chars,
    s.fingerprints,
    s.fingerprints_skipped,
    s.doc_pairs,
    (n * (n - 1)) / 2,
    s.seed_pairs,
    s.regions,
    s.cells,
    s.kept,
    Math.round(best),
    Math.round(bestCpu),
    (changed as ReturnType<typeof findReuse>).stats.doc_pairs,
    Math.round(changedMs),
  ];
  process.stdout.write(`${row.map((v) => String(v).padStart(12)).join('')}\n`);
  results.push({
    n,
    ms: best,
    cpu: bestCpu,
    seeds: s.seed_pairs,
    cells: s.cells,
    chars: s.folded_chars,
    docPairs: s.doc_pairs,
    changedMs,
  });
}
if (results.length >= 2) {
  const ns = results.map((r) => r.n);
  const fit = (name: string, ys: number[]) =>
    process.stdout.write(`  ${name.padEnd(34)} ~ N^${exponent(ns, ys).toFixed(2)}\n`);
  process.stdout.write('growth with the number of plans N (least-squares slope on log-log):\n');
  fit(
    'wall time',
    results.map((r) => r.ms),
  );
  fit(
    'CPU time',
    results.map((r) => r.cpu),
  );
  fit(
    'seed pairs examined',
    results.map((r) => r.seeds),
  );
  fit(
    'alignment cells',
    results.map((r) => r.cells),
  );
  fit(
    'document pairs sharing a fingerprint',
    results.map((r) => r.docPairs),
  );
  fit(
    'one plan changed, with the state',
    results.map((r) => r.changedMs),
  );
  fit(
    'text length (for reference)',
    results.map((r) => r.chars),
  );
  fit(
    'all pairs N(N-1)/2 (for reference)',
    ns.map((n) => (n * (n - 1)) / 2),
  );
}
