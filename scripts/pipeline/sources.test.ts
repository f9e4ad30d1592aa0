// The raw sources are the corpus files byte for byte (checksums from shared/corpus/README.md).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../test-support/corpus.ts';

const EXPECTED: [string, string][] = [
  ['guyuan', 'a8b1f72bec42d8ad486b537364407580b21b2ebdea20d2759f9f3747f6e5fe0a'],
  ['henan', '74792abc0c04cc987579426be93bccabf34a2ffb7261307ef9a0bbe2f6c8c551'],
  ['hangjin', '9ff9283dfa49e29286d181e9e41fa940aad3a984a3f0c019f0a862966d43c9d1'],
  ['yulin', '7aa8cf25198ca43c2e5a237a89bb3fb23536bebd460a7a8969c6f515dd7a6428'],
  ['jieshou', 'cba1d90889c13f9e11b69be723e3094a413c4ed880e8de37fa741aa3ffffc588'],
];

describe('data/raw', () => {
  it.each(EXPECTED)('%s.txt has the SHA-256 of the corpus file', (id, sha) => {
    const bytes = readFileSync(join(ROOT, 'data/raw', `${id}.txt`));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
  });

  it('every raw file has a manifest entry whose facts each name an origin', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'data/manifest.json'), 'utf8')) as {
      documents: { doc_id: string; origins: Record<string, string> }[];
    };
    expect(manifest.documents.map((d) => d.doc_id).sort()).toEqual(EXPECTED.map(([id]) => id).sort());
    for (const d of manifest.documents) expect(Object.keys(d.origins).length).toBeGreaterThan(0);
  });
});
