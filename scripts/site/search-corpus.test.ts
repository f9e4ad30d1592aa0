import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../pipeline/extract-all.ts';
import { readVocabularies } from '../read-sources.ts';
import { corpusDoc, CORPUS_IDS, planFromText, ROOT } from '../test-support/corpus.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { buildSearchIndex, postingsOf, type SearchIndex } from '../../src/lib/search/index-build.ts';
import { searchParagraphs, displayText } from '../../src/lib/search/paragraphs-of.ts';
import { queryTerms, search } from '../../src/lib/search/query.ts';
import { shardedSearch } from '../../src/lib/search/sharded-search.ts';
import { chunkFile, MANIFEST_FILE, searchDocInfo, shardFile, splitSearchIndex } from '../../src/lib/search/shards.ts';

// The index the build writes, made the same way from the real corpus and the rows its extractors give.
const vocab = readVocabularies();
const docs = CORPUS_IDS.map((id) => corpusDoc(id));
const datasets: Record<string, Record<string, unknown>[]> = {};
for (const doc of docs) {
  const { datasets: d } = extractAll(doc, { sha256: '', sourceFile: `data/raw/${doc.docId}.txt` }, vocab);
  for (const [name, rows] of Object.entries(d)) datasets[name] = [...(datasets[name] ?? []), ...rows];
}
const index = buildSearchIndex(searchParagraphs(docs, datasets));
const where = (q: string) =>
  search(index, q, { limit: 500 })
    .map((h) => `${h.doc_id}:${h.line}`)
    .sort();
const rawLine = (docId: string, line: number) =>
  readFileSync(join(ROOT, 'data/raw', `${docId}.txt`), 'utf8').split('\n')[line - 1] ?? '';

describe('search over the corpus', () => {
  it.each([
    // 总会计师 (grep -n): guyuan.txt 107 (15. 落实运行管理自主权), hangjin.txt 21 (2.健全运行机制) and 24 （3）统一财务管理,
    // henan.txt 45 — the second half of 3.健全运行机制, which starts on line 43 and is cut by a page break.
    ['总会计师', ['guyuan:107', 'hangjin:21', 'hangjin:24', 'henan:43']],
    // 家庭医生 (grep -n): guyuan.txt 71, 77 (8. 做实家庭医生签约服务), 113 (the end of the paragraph starting on line 111, cut by a
    // page break), hangjin.txt 31, jieshou.txt 51, yulin.txt 34, 36, 38 (the targets by year), 74 (（七）), 84 (（三）建立考核机制).
    [
      '家庭医生',
      [
        'guyuan:111',
        'guyuan:71',
        'guyuan:77',
        'hangjin:31',
        'jieshou:51',
        'yulin:34',
        'yulin:36',
        'yulin:38',
        'yulin:74',
        'yulin:84',
      ],
    ],
  ])('%s finds exactly the paragraphs that contain it', (query, expected) => {
    expect(where(query)).toEqual(expected);
  });

  it('医保 finds every paragraph with 医保 and nothing else, those with most mentions first', () => {
    const hits = search(index, '医保', { limit: 500 });
    const expected = index.text
      .map((t, id) => ({ t, id }))
      .filter(({ t }) => t.includes('医保'))
      .map(({ id }) => id)
      .sort((a, b) => a - b);
    expect(hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(expected);
    expect(hits.length).toBeGreaterThanOrEqual(20);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    // hangjin.txt line 7 （二）主要目标: 医保基金得到有效利用.
    expect(where('医保')).toContain('hangjin:7');
    for (const h of hits) expect(h.snippet.some((s) => s.hit && s.text === '医保')).toBe(true);
  });

  it('opens the paragraph: the line of every hit is a raw line of that plan holding the start of the paragraph', () => {
    for (const h of search(index, '家庭医生')) {
      const line = rawLine(h.doc_id, h.line);
      const first = h.snippet.map((s) => s.text).join('');
      expect(fold(line).text.length).toBeGreaterThan(0);
      expect(fold(index.text[h.id]!).text.startsWith(fold(line).text.slice(0, 10))).toBe(true);
      expect(fold(index.text[h.id]!).text).toContain(fold(first).text);
    }
  });

  it('finds paragraphs by the English label of an item extracted from them', () => {
    const hits = search(index, 'chief accountant');
    expect(hits.map((h) => `${h.doc_id}:${h.line}`)).toContain('hangjin:24');
    const hangjin = hits.find((h) => h.doc_id === 'hangjin')!;
    // The terms are matched separately (all must occur), so both words are marked in the label.
    expect(hangjin.labels.filter((s) => s.hit).map((s) => s.text)).toEqual(['Chief', 'accountant']);
  });

  it.each([['量子计算'], ['zzzz'], [''], ['，。、'], ['   ']])('%j finds nothing', (query) => {
    expect(search(index, query)).toEqual([]);
  });

  it.each([['“家庭医生”'], ['家庭医生，'], [' 家庭 医生 '], ['家庭、医生']])(
    '%j is normalised and finds what 家庭医生 finds',
    (query) => {
      expect(where(query)).toEqual(where('家庭医生'));
    },
  );

  it('folds full-width letters and digits in the query', () => {
    expect(queryTerms('ＣＨＩＥＦ　２０２５年')).toEqual(['chief', '2025年']);
    expect(where('２０２５年')).toEqual(where('2025年'));
    expect(where('2025年').length).toBeGreaterThan(0);
  });

  it('matches across punctuation in the text: 安全有效便捷可及 finds hangjin, which writes 安全有效、便捷可及', () => {
    expect(where('安全有效便捷可及')).toEqual(['hangjin:17', 'henan:31']);
  });

  it('requires every term: 总会计师 with 医保 finds nothing, with 财务 fewer paragraphs', () => {
    expect(where('总会计师 医保')).toEqual([]);
    expect(where('总会计师 财务')).toEqual(['hangjin:21', 'hangjin:24', 'henan:43']);
  });

  it('finds words cut by a page break: guyuan.txt lines 27–29 split 加 / 快分级诊疗制度落地', () => {
    expect(where('加快分级诊疗制度落地')).toHaveLength(1);
    expect(where('加快分级诊疗制度落地')[0]).toMatch(/^guyuan:/);
  });

  it('finds a single character through the bigram keys', () => {
    const hits = search(index, '旗', { limit: 500 });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(index.text[h.id]! + index.en[h.id]!).toContain('旗');
  });
});

describe('buildSearchIndex', () => {
  // A constructed plan (hand-written).
  const plan = planFromText(
    '某县医共体建设实施方案\n\n一、主要任务\n\n（一）做实家庭医生签约服务。组建团队。\n\n（二）加快分级诊疗制度落地。\n',
    'toy',
  );
  const small = buildSearchIndex(searchParagraphs([plan], {}));

  it('indexes each paragraph once, in document order, and stores postings delta-encoded', () => {
    expect(small.docs).toEqual(['toy']);
    expect(small.line).toEqual([...small.line].sort((a, b) => a - b));
    const ids = postingsOf(small, '医生');
    expect(ids).toHaveLength(1);
    expect(small.text[ids[0]!]).toContain('家庭医生');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildSearchIndex(searchParagraphs([plan], {})))).toBe(JSON.stringify(small));
  });

  it.each([
    ['**4. 加快推进中医药传承创新发展。**以界首市中医院为主导', '4. 加快推进中医药传承创新发展。以界首市中医院为主导'],
    ['### （二）提升能力', '（二）提升能力'],
    ['　　1.明确功能定位。', '1.明确功能定位。'],
    ['加\n\n快分级诊疗', '加快分级诊疗'],
  ])('displayText(%j) = %j', (raw, shown) => {
    expect(displayText(raw)).toBe(shown);
  });

  it('keeps the corpus index small enough to fetch on demand', () => {
    const bytes = Buffer.byteLength(JSON.stringify(index satisfies SearchIndex));
    expect(bytes).toBeLessThan(400_000);
  });
});

describe('the sharded index the build writes (src/lib/search/shards.ts)', () => {
  const split = splitSearchIndex(index, searchDocInfo([], []));
  const files: Record<string, unknown> = {
    [MANIFEST_FILE]: split.manifest,
    ...Object.fromEntries(split.shards.map((s, i) => [shardFile(i), s])),
    ...Object.fromEntries(split.chunks.map((c, i) => [chunkFile(i), c])),
  };
  it.each(['总会计师', '家庭医生', '医保', '旗', '医共体 考核', 'family doctor', '紧密型'])(
    '%s: the five plans give the same hits as the whole index, from part of it',
    async (q) => {
      const fetched: string[] = [];
      const engine = shardedSearch((file) => {
        fetched.push(file);
        return Promise.resolve(files[file]);
      });
      const result = await engine.query(q, { limit: 500 });
      expect(result.hits).toEqual(search(index, q, { limit: 500 }));
      expect(result.checked).toBe(result.candidates);
      expect(fetched.filter((f) => f.startsWith('g/')).length).toBeLessThan(split.shards.length);
    },
  );
});
