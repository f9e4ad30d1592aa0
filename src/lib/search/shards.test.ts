import { describe, expect, it } from 'vitest';
import { coveringBigrams } from './fold.ts';
import { buildSearchIndex, type SearchParagraphInput } from './index-build.ts';
import { queryTerms, search } from './query.ts';
import { shardedSearch } from './sharded-search.ts';
import { chunkFile, lookupKeys, MANIFEST_FILE, searchDocInfo, shardFile, shardOf, splitSearchIndex } from './shards.ts';

// Hand-written paragraphs of two plans.
const texts = [
  '做实家庭医生签约服务。',
  '加快分级诊疗制度落地。',
  '医保基金打包付费，结余留用。',
  '设立总会计师。',
  '医',
  '推进医保支付方式改革。',
  'Family doctors sign contracts.',
];
const paragraphs: SearchParagraphInput[] = texts.map((text, i) => ({
  doc_id: i < 4 ? 'a' : 'b',
  line: i + 1,
  section_id: `s${i}`,
  text,
  labels_en: i === 0 ? ['family doctor'] : [],
}));
const index = buildSearchIndex(paragraphs);
const info = searchDocInfo(
  [
    { doc_id: 'a', place_en: 'A County', place_zh: '甲县', complete: true },
    { doc_id: 'b', place_en: 'B County', place_zh: '乙县', complete: false },
  ],
  [{ doc_id: 'a', section_id: 's0', label: '一、', heading_zh: '主要任务' }],
);
const split = splitSearchIndex(index, info, { shardBytes: 60, chunk: 2 });
const files: Record<string, unknown> = {
  [MANIFEST_FILE]: split.manifest,
  ...Object.fromEntries(split.shards.map((s, i) => [shardFile(i), s])),
  ...Object.fromEntries(split.chunks.map((c, i) => [chunkFile(i), c])),
};

function counting() {
  const fetched: string[] = [];
  const engine = shardedSearch((file) => {
    fetched.push(file);
    return file in files ? Promise.resolve(files[file]) : Promise.reject(new Error(`404 ${file}`));
  });
  return { engine, fetched };
}

const strip = (hits: ReturnType<typeof search>) => hits.map((h) => ({ ...h }));

describe('coveringBigrams', () => {
  it.each([
    ['医', ['医']],
    ['医保', ['医保']],
    ['总会计', ['总会', '会计']],
    ['家庭医生', ['家庭', '医生']],
    ['紧密型医共', ['紧密', '型医', '医共']],
    ['紧密型医共体', ['紧密', '型医', '共体']],
  ])('%s → %j: every character covered, fewer keys than all bigrams', (term, keys) => {
    expect(coveringBigrams(term)).toEqual(keys);
  });
});

describe('sharded search', () => {
  it('splits into several shards and chunks', () => {
    expect(split.manifest.shards).toBeGreaterThan(3);
    expect(split.chunks).toHaveLength(4);
  });

  it.each(['医保', '家庭医生', '医', '医保 付费', 'family doctor', '支付方式改革', '没有的词', 'Ｆａｍｉｌｙ'])(
    '%s: the same hits as the whole index',
    async (q) => {
      const { engine } = counting();
      const result = await engine.query(q, { limit: 50 });
      expect(strip(result.hits)).toEqual(strip(search(index, q, { limit: 50 })));
    },
  );

  it('a query fetches the manifest, the shards of its own keys and the chunks of its candidates, nothing else', async () => {
    const { engine, fetched } = counting();
    await engine.query('医保');
    const shards = [...new Set(lookupKeys(queryTerms('医保')).map((k) => shardOf(k, split.manifest.shards)))];
    // 医保 is in paragraphs 2 and 5: chunks 1 and 2 of two paragraphs each.
    expect(fetched.sort()).toEqual([MANIFEST_FILE, ...shards.map(shardFile), chunkFile(1), chunkFile(2)].sort());
    expect(fetched.length).toBeLessThan(Object.keys(files).length);
  });

  it('a one-character term needs only its own shard (the key holds every paragraph with the character)', async () => {
    const { engine, fetched } = counting();
    const result = await engine.query('医');
    expect(fetched.filter((f) => f.startsWith('g/'))).toEqual([shardFile(shardOf('医', split.manifest.shards))]);
    expect(result.hits.map((h) => h.line).sort()).toEqual([1, 3, 5, 6]);
  });

  it('names the plans and sections of its hits from the chunks', async () => {
    const { engine } = counting();
    const { docs } = await engine.query('家庭医生');
    expect(docs['a']).toEqual({ en: 'A County', zh: '甲县', incomplete: false, sections: { s0: '一、主要任务' } });
  });

  it('beyond `all` chunks, checks only the `cap` chunks, those with the most candidates, and says so', async () => {
    const engine = shardedSearch((file) => Promise.resolve(files[file]), { all: 2, cap: 1 });
    const result = await engine.query('医');
    expect(result.candidates).toBe(4);
    expect(result.checked).toBeLessThan(result.candidates);
    expect(result.hits.length).toBe(result.checked);
  });

  it('fetches a file once, and again after a failure', async () => {
    let fail = true;
    const fetched: string[] = [];
    const engine = shardedSearch((file) => {
      fetched.push(file);
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve(files[file]);
    });
    await expect(engine.query('医保')).rejects.toThrow('offline');
    fail = false;
    await engine.query('医保');
    await engine.query('医保');
    expect(fetched.filter((f) => f === MANIFEST_FILE)).toHaveLength(2);
  });
});
