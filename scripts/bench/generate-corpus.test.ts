import { describe, expect, it } from 'vitest';
import { findReuse } from '../pipeline/find-reuse.ts';
import { parseDocument } from '../pipeline/parse-document.ts';
import { corpusDoc, CORPUS_IDS } from '../test-support/corpus.ts';
import { generateCorpus, prng } from './generate-corpus.ts';

const sources = CORPUS_IDS.map((id) => ({ docId: id, paragraphs: corpusDoc(id).paragraphs.map((p) => p.text) }));

describe('generateCorpus', () => {
  const plans = generateCorpus(sources, { n: 16 });

  it('is deterministic for a seed and differs for another', () => {
    expect(generateCorpus(sources, { n: 16 })).toEqual(plans);
    expect(generateCorpus(sources, { n: 16, seed: 7 })[0]!.text).not.toBe(plans[0]!.text);
  });

  it('gives plans the parser reads as plans of the genre', () => {
    for (const p of plans) {
      const doc = parseDocument({ docId: p.docId, fileName: p.fileName, bytes: new TextEncoder().encode(p.text) });
      expect(doc.sections.some((s) => s.level === 1)).toBe(true);
      expect(doc.paragraphs.length).toBeGreaterThan(20);
    }
  });

  it('makes plans of one group share more passages than plans of different groups', () => {
    const docs = plans.map((p) =>
      parseDocument({ docId: p.docId, fileName: p.fileName, bytes: new TextEncoder().encode(p.text) }),
    );
    const group = new Map(plans.map((p) => [p.docId, p.group]));
    const { rows } = findReuse(docs);
    const within = rows.filter((r) => group.get(r.doc_a) === group.get(r.doc_b)).length;
    expect(within).toBeGreaterThan(rows.length / 2);
  });

  it('refuses too few source paragraphs', () => {
    expect(() => generateCorpus([{ docId: 'x', paragraphs: ['太短'] }], { n: 2 })).toThrow(/at least 10/);
  });

  it('prng is the same sequence every time, in [0, 1)', () => {
    const a = prng(1);
    const b = prng(1);
    const xs = Array.from({ length: 5 }, () => a());
    expect(xs).toEqual(Array.from({ length: 5 }, () => b()));
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
