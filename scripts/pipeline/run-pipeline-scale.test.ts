// The whole pipeline over 3,000 generated plans (about the number of Chinese county-level units): it once
// overflowed the stack at ~1,500 plans by spreading every report entry into one push(...) call. Plans are short
// (a heading, a boilerplate paragraph, two adapted source paragraphs and one of their own) so the run stays
// cheap; what is checked is the outcome — every plan published, quotes at their offsets — never the time.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { CORPUS_IDS, corpusDoc, vocab } from '../test-support/corpus.ts';
import { runPipeline, type PipelineSource } from './run-pipeline.ts';

const N = 3000;

describe('runPipeline on 3,000 generated plans', () => {
  const sources = CORPUS_IDS.map((id) => ({
    docId: id,
    paragraphs: corpusDoc(id)
      .paragraphs.filter((p) => p.kind === 'body')
      .map((p) => p.text),
  }));
  const plans = generateCorpus(sources, {
    n: N,
    seed: 18,
    templateParagraphs: 0,
    templateSourceParagraphs: 2,
    ownParagraphs: 1,
    boilerplateParagraphs: 1,
    crossCopy: 0.3,
  });
  const encoder = new TextEncoder();
  const input: PipelineSource[] = plans.map((p) => ({
    docId: p.docId,
    fileName: p.fileName,
    sourceFile: `data/raw/${p.fileName}`,
    bytes: encoder.encode(p.text),
    sha256: '0'.repeat(64),
  }));
  const textOf = new Map(plans.map((p) => [p.docId, p.text]));

  it('publishes every plan, and every sampled row quotes its raw offsets', { timeout: 300_000 }, () => {
    const seen: string[] = [];
    const { datasets, report } = runPipeline(input, [], vocab, (d) => seen.push(d.docId));
    expect(seen).toEqual(plans.map((p) => p.docId));
    const documents = datasets['documents'] ?? [];
    expect(new Set(documents.map((r) => r['doc_id']))).toEqual(new Set(textOf.keys()));
    const sectioned = new Set((datasets['sections'] ?? []).map((r) => r['doc_id']));
    for (const p of plans) expect(sectioned.has(p.docId), `${p.docId} has sections`).toBe(true);
    // The plans have no manifest entries: each is reported, none is dropped.
    expect(report.filter((r) => r.kind === 'no-manifest-entry')).toHaveLength(N);
    // Every row of every 100th plan (and the last) that carries a quote: raw.slice(start, end) === quote.
    const sample = new Set(plans.filter((_, i) => i % 100 === 0 || i === N - 1).map((p) => p.docId));
    const checkedIn = new Set<string>();
    let checked = 0;
    for (const [name, rows] of Object.entries(datasets)) {
      for (const r of rows) {
        const docId = r['doc_id'];
        if (typeof docId !== 'string' || !sample.has(docId) || typeof r['quote'] !== 'string') continue;
        const text = textOf.get(docId) as string;
        expect(text.slice(r['start'] as number, r['end'] as number), `${docId} ${name}`).toBe(r['quote']);
        checkedIn.add(docId);
        checked++;
      }
    }
    expect(checkedIn).toEqual(sample);
    expect(checked).toBeGreaterThan(sample.size);
    // Plans of a group share adapted source paragraphs: text reuse finds them across the corpus.
    expect((datasets['reuse'] ?? []).length).toBeGreaterThan(0);
  });
});
