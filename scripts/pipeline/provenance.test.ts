// Every published row that carries a quote carries the raw offsets where that quote stands (rule 3).
import { describe, expect, it } from 'vitest';
import { readVocabularies } from '../read-sources.ts';
import { CORPUS_IDS, corpusDoc, fixturePath, rawOf } from '../test-support/corpus.ts';
import { extractAll } from './extract-all.ts';
import { parseDocument } from './parse-document.ts';
import { readFileSync } from 'node:fs';

const vocab = readVocabularies();

function checkRows(raw: string, datasets: Record<string, Record<string, unknown>[]>) {
  let checked = 0;
  for (const [name, rows] of Object.entries(datasets)) {
    for (const [i, row] of rows.entries()) {
      if (!('quote' in row)) continue;
      const { start, end, quote } = row as { start: number; end: number; quote: string };
      expect(Number.isInteger(start) && Number.isInteger(end) && start <= end, `${name} row ${i + 1}: offsets`).toBe(
        true,
      );
      expect(raw.slice(start, end), `${name} row ${i + 1}`).toBe(quote);
      if ('section_id' in row) expect(typeof row['section_id'], `${name} row ${i + 1}: section_id`).toBe('string');
      checked++;
    }
  }
  return checked;
}

describe('quotes sit at their raw offsets', () => {
  it.each(CORPUS_IDS)('%s: every row of every dataset', (id) => {
    const doc = corpusDoc(id);
    const { datasets } = extractAll(doc, { sha256: '', sourceFile: '' }, vocab);
    expect(checkRows(rawOf(id), datasets)).toBeGreaterThan(0);
    for (const rows of Object.values(datasets)) for (const r of rows) expect(r['doc_id']).toBe(id);
  });

  it('offsets index the file read as UTF-8 even with a BOM', () => {
    const path = fixturePath('foundation-bom-e.txt');
    const raw = readFileSync(path, 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const doc = parseDocument({ docId: 'bom', fileName: 'foundation-bom-e.txt', bytes: readFileSync(path) });
    const { datasets } = extractAll(doc, { sha256: '', sourceFile: '' }, vocab);
    checkRows(raw, datasets);
    for (const s of doc.sections)
      expect(raw.slice(s.headingStart, s.headingEnd).replace(/[*#\s]/g, '')).toMatch(
        new RegExp(`^${s.label.replace(/[.()（）]/g, '\\$&')}`),
      );
  });
});
