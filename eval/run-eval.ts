// `npm run eval`: runs the CLI on every plan with gold and prints precision and recall per dataset, per document and
// per phenomenon, then every miss and false positive with its quote.
//   npm run eval -- --json            machine-readable summary on stdout instead of the report
//   npm run eval -- --out FILE        also write the JSON summary to FILE
//   npm run eval -- --brief           figures only, no lists
//   npm run eval -- --set dev         one dataset (corpus, dev, holdout, bad); repeatable
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { belowThresholds, evaluate, SETS } from './evaluate.ts';
import type { DatasetName } from './extracted.ts';
import { formatLists, formatPhenomena, formatSet } from './report.ts';
import { listPlans, ROOT, runPlans } from './run-plans.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const brief = args.includes('--brief');
const outAt = args.indexOf('--out');
const outFile = outAt >= 0 ? args[outAt + 1] : undefined;
const sets = args.flatMap((a, i) => (a === '--set' ? [args[i + 1] as DatasetName] : []));
const unknown = sets.filter((s) => !SETS.includes(s));
if (unknown.length || (outAt >= 0 && !outFile)) {
  process.stderr.write(`eval: usage: npm run eval -- [--json] [--brief] [--out FILE] [--set ${SETS.join('|')}]\n`);
  process.exit(2);
}

const plans = listPlans(sets.length ? sets : SETS);
const runs = await runPlans(plans);
const result = evaluate(runs);
const thresholds = JSON.parse(readFileSync(join(ROOT, 'eval/thresholds.json'), 'utf8')) as Record<
  string,
  Record<string, number>
>;
const chosen = Object.fromEntries(Object.entries(thresholds).filter(([set]) => result.sets.some((s) => s.set === set)));
const failures = belowThresholds(result.headline, chosen);
const summary = {
  headline: result.headline,
  thresholds: chosen,
  below_thresholds: failures,
  sets: result.sets,
  documents: result.docs,
};

if (outFile) writeFileSync(outFile, `${JSON.stringify(summary, null, 2)}\n`);
if (json) {
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} else {
  const blocks: string[] = [];
  for (const s of result.sets) {
    const docs = result.docs.filter((d) => d.set === s.set);
    blocks.push(formatSet(s, docs));
    if (s.set !== 'bad') blocks.push(formatPhenomena(s, brief ? 12 : Infinity));
  }
  if (!brief) blocks.push('== Misses and false positives', formatLists(result.docs));
  blocks.push(
    failures.length
      ? `below thresholds (eval/thresholds.json):\n${failures.map((f) => `  ${f.set}.${f.figure} ${f.measured ?? '—'} < ${f.threshold}`).join('\n')}`
      : 'all figures at or above eval/thresholds.json',
  );
  process.stdout.write(`${blocks.join('\n\n')}\n`);
}
process.exit(failures.length ? 1 : 0);
