// Robustness: plans recombined and perturbed from the corpus (the benchmark generator) parse without a crash,
// and every row they yield still quotes its raw offsets. A crash here once hid a clause-bounds bug in targets.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { readVocabularies } from '../read-sources.ts';
import { CORPUS_IDS, corpusDoc } from '../test-support/corpus.ts';
import { extractAll } from './extract-all.ts';
import { parseDocument } from './parse-document.ts';

describe('generated plans', () => {
  const sources = CORPUS_IDS.map((id) => ({
    docId: id,
    paragraphs: corpusDoc(id)
      .paragraphs.filter((p) => p.kind === 'body')
      .map((p) => p.text),
  }));
  const vocab = readVocabularies();

  it('40 perturbed plans: no crash, every quote at its offsets', { timeout: 60_000 }, () => {
    const plans = generateCorpus(sources, { n: 40, seed: 7 });
    let rows = 0;
    for (const p of plans) {
      const doc = parseDocument({ docId: p.docId, fileName: p.fileName, bytes: new TextEncoder().encode(p.text) });
      const { datasets } = extractAll(doc, { sha256: '', sourceFile: p.fileName }, vocab);
      for (const [name, list] of Object.entries(datasets)) {
        for (const r of list) {
          if (typeof r['quote'] !== 'string') continue;
          expect(p.text.slice(r['start'] as number, r['end'] as number), `${p.docId} ${name}`).toBe(r['quote']);
          rows++;
        }
      }
    }
    expect(rows).toBeGreaterThan(1000);
  });
});
