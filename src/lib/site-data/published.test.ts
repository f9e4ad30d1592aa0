// The by-document index of published datasets, on a hand-written public/data/ in a temporary folder.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'site-data-'));
const data = join(root, 'public', 'data');
mkdirSync(data, { recursive: true });
const write = (name: string, value: unknown, mtime: number) => {
  const file = join(data, `${name}.json`);
  writeFileSync(file, JSON.stringify(value));
  utimesSync(file, mtime, mtime);
};
write(
  'sections',
  [
    { doc_id: 'a', section_id: 's1' },
    { doc_id: 'b', section_id: 's1' },
    { doc_id: 'a', section_id: 's2' },
  ],
  1_000,
);
write('documents', [{ doc_id: 'a' }, { doc_id: 'b' }], 1_000);
write('broken', { doc_id: 'a' }, 1_000);
// published.ts resolves public/data/ from the working directory when it loads.
vi.spyOn(process, 'cwd').mockReturnValue(root);
const published = await import('./published.ts');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('readDocumentRows', () => {
  it("gives a plan its own rows, in the published order, and nothing of another plan's", () => {
    expect(published.readDocumentRows('sections', 'a')).toEqual([
      { doc_id: 'a', section_id: 's1' },
      { doc_id: 'a', section_id: 's2' },
    ]);
    expect(published.readSections('b')).toEqual([{ doc_id: 'b', section_id: 's1' }]);
    expect(published.readDocumentRows('sections', 'nobody')).toEqual([]);
    expect(published.readDocumentRows('not_built_yet', 'a')).toEqual([]);
  });

  it('hands out a fresh array: a page that sorts its rows does not reorder the next page', () => {
    published.readDocumentRows('sections', 'a').reverse();
    expect(published.readDocumentRows('sections', 'a').map((r) => r['section_id'])).toEqual(['s1', 's2']);
  });

  it('the document row by id, or null', () => {
    expect(published.readDocument('b')).toEqual({ doc_id: 'b' });
    expect(published.readDocument('c')).toBeNull();
  });

  it('re-indexes when the published file changes', () => {
    write('sections', [{ doc_id: 'a', section_id: 's9' }], 2_000);
    expect(published.readDocumentRows('sections', 'a')).toEqual([{ doc_id: 'a', section_id: 's9' }]);
    expect(published.readDocumentRows('sections', 'b')).toEqual([]);
  });

  it('a dataset file that is not an array of rows is an error naming the file', () => {
    expect(() => published.readDocumentRows('broken', 'a')).toThrow(
      `${join(data, 'broken.json')}: not an array of rows`,
    );
  });
});
