import { corpusDoc, CORPUS_IDS } from './test-support/corpus.ts';
import { findReuse } from './pipeline/find-reuse.ts';
const docs = CORPUS_IDS.map((d) => corpusDoc(d));
const t = performance.now();
const r = findReuse(docs, JSON.parse(process.argv[2] ?? '{}'));
console.log((performance.now() - t).toFixed(0), 'ms', r.stats);
for (const row of r.rows) console.log(row.doc_a, row.section_a, row.doc_b, row.section_b, row.length_a, row.length_b, row.similarity, JSON.stringify(row.quote_a.slice(0, 50)), '|', JSON.stringify(row.quote_b.slice(0, 50)), row.alignment.slice(0, 60));
console.log(r.matrix);
console.log(r.report.map((e) => e.message));
