import { findReuse } from '../pipeline/find-reuse.ts';
import { parseDocument } from '../pipeline/parse-document.ts';
import { readSources } from '../read-sources.ts';
import { generateCorpus } from './generate-corpus.ts';
const sources = readSources().map((s) => ({ docId: s.docId, paragraphs: parseDocument({ docId: s.docId, fileName: s.fileName, bytes: s.bytes }).paragraphs.map((p) => p.text) }));
const docs = generateCorpus(sources, { n: Number(process.argv[2] ?? 200) }).map((p) => parseDocument({ docId: p.docId, fileName: p.fileName, bytes: new TextEncoder().encode(p.text) }));
const t = performance.now();
const r = findReuse(docs);
console.log(performance.now() - t, r.stats);
