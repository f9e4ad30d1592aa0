// The extraction cache and the text-reuse state: keyed by everything an extraction depends on, a bad file is a miss,
// and `npm run data` writes the same bytes from the cache as without it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../src/lib/schema/manifest.ts';
import { listFiles } from './io/list-files.ts';
import { diskExtractionCache, pipelineCodeHash } from './extraction-cache.ts';
import type { DocumentExtraction, PipelineSource } from './pipeline/index.ts';
import { ROOT, vocab } from './test-support/corpus.ts';

const dirs: string[] = [];
const tempDir = (prefix: string): string => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const source = (text: string): PipelineSource => ({
  docId: 'plan',
  fileName: 'plan.txt',
  sourceFile: 'data/raw/plan.txt',
  bytes: new TextEncoder().encode(text),
  sha256: 'not-used-by-the-key',
});
const extraction: DocumentExtraction = {
  datasets: { documents: [{ doc_id: 'plan', title_zh: '某县紧密型县域医共体建设实施方案' }], sections: [] },
  report: [{ doc_id: 'plan', dataset: 'targets', kind: 'unknown-indicator', message: '某指标' }],
};
const entry = { doc_id: 'plan', place_zh: '某县' } as unknown as ManifestEntry;

describe('diskExtractionCache', () => {
  it('gives back what was stored for the same inputs, and misses when any of them changes', () => {
    const dir = tempDir('cache-');
    const cache = diskExtractionCache(dir, vocab, 'code-1');
    expect(cache.get(source('一、总体要求'), entry)).toBeUndefined();
    cache.set(source('一、总体要求'), entry, extraction);
    const again = diskExtractionCache(dir, vocab, 'code-1');
    expect(again.get(source('一、总体要求'), entry)).toEqual(extraction);
    expect(again.get(source('一、总体要求。'), entry)).toBeUndefined(); // the text
    expect(again.get(source('一、总体要求'), { ...entry, place_zh: '另一县' })).toBeUndefined(); // the manifest entry
    expect(again.get(source('一、总体要求'), undefined)).toBeUndefined();
    expect(again.get({ ...source('一、总体要求'), docId: 'other' }, entry)).toBeUndefined();
    expect(diskExtractionCache(dir, vocab, 'code-2').get(source('一、总体要求'), entry)).toBeUndefined(); // the code
    const otherVocab = { ...vocab, principles: vocab.principles.slice(1) };
    expect(diskExtractionCache(dir, otherVocab, 'code-1').get(source('一、总体要求'), entry)).toBeUndefined();
    expect([again.hits, again.misses]).toEqual([1, 4]);
  });

  it('a truncated or foreign cache file is a miss, not an error', () => {
    const dir = tempDir('cache-');
    const cache = diskExtractionCache(dir, vocab, 'code-1');
    cache.set(source('甲'), entry, extraction);
    const [file] = readdirSync(dir);
    for (const bad of ['{"datasets":{"documents":[', '{"datasets":{"documents":{}},"report":[]}', 'null', '[]']) {
      writeFileSync(join(dir, file!), bad);
      expect(diskExtractionCache(dir, vocab, 'code-1').get(source('甲'), entry), bad).toBeUndefined();
    }
  });

  it('prune removes the entries this run did not use', () => {
    const dir = tempDir('cache-');
    const first = diskExtractionCache(dir, vocab, 'code-1');
    first.set(source('甲'), entry, extraction);
    first.set(source('乙'), entry, extraction);
    const second = diskExtractionCache(dir, vocab, 'code-1');
    expect(second.get(source('甲'), entry)).toEqual(extraction);
    expect(second.prune()).toBe(1);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(diskExtractionCache(dir, vocab, 'code-1').get(source('甲'), entry)).toEqual(extraction);
  });

  it('the code hash changes with the pipeline code and not with its tests', () => {
    expect(pipelineCodeHash()).toMatch(/^[0-9a-f]{64}$/);
    expect(pipelineCodeHash()).toBe(pipelineCodeHash());
  });
});

describe('npm run data with the cache', () => {
  const run = (out: string, cache: string) => {
    const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/build-data.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATA_OUT: out, PIPELINE_CACHE: cache },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`build-data failed:\n${r.stderr}`);
    return r.stdout;
  };
  const bytesOf = (dir: string) => new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f))]));

  it('writes the same bytes from a cold cache, a warm one and one with a damaged entry', () => {
    const cache = tempDir('cache-');
    const cold = tempDir('data-');
    expect(run(cold, cache)).toMatch(/extraction cache: 0 of 5 plans unchanged, 5 extracted/);
    const warm = tempDir('data-');
    const warmLog = run(warm, cache);
    expect(warmLog).toMatch(/extraction cache: 5 of 5 plans unchanged, 0 extracted/);
    // Text reuse: every pair of plans from the previous run's state, none aligned again.
    expect(warmLog).toMatch(/reuse: \d+ shared passages between \d+ pairs of plans; 0 pairs aligned, [1-9]\d* taken/);
    // The release: every Parquet file and every cached zip entry from the cache, none made again.
    expect(warmLog).toMatch(/release cache: [1-9]\d* files unchanged, 0 made/);
    expect(bytesOf(warm)).toEqual(bytesOf(cold));
    const [first] = listFiles(cache, { recursive: false });
    const released = listFiles(join(cache, 'release'));
    for (const f of released.slice(0, 3)) writeFileSync(join(cache, 'release', f), 'truncated');
    writeFileSync(join(cache, first!), '{"datasets":');
    const [state] = listFiles(join(cache, 'reuse'));
    writeFileSync(join(cache, 'reuse', state!), '{"pairs":[');
    const damaged = tempDir('data-');
    const damagedLog = run(damaged, cache);
    expect(damagedLog).toMatch(/extraction cache: 4 of 5 plans unchanged, 1 extracted/);
    expect(damagedLog).toMatch(/0 taken from the previous run \(state: unreadable\)/);
    expect(damagedLog).toMatch(/release cache: \d+ files unchanged, 3 made/);
    expect(bytesOf(damaged)).toEqual(bytesOf(cold));
  });
});
