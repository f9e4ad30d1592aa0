// A plan whose text holds <script>, HTML and spreadsheet formulas: the pipeline keeps it as text, the CSV defuses
// the formulas, numbers stay numbers. (The site's handling is checked in e2e/hostile.e2e.ts.)
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../../src/lib/schema/columns.ts';
import { DATASETS } from '../../src/lib/schema/index.ts';
import { readVocabularies } from '../read-sources.ts';
import { fixturePath } from '../test-support/corpus.ts';
import { extractAll } from './extract-all.ts';
import { parseDocument } from './parse-document.ts';
import { csvColumns, toCsv } from '../../src/lib/csv/index.ts';

const path = fixturePath('hostile.txt');
const doc = parseDocument({ docId: 'hostile', fileName: 'hostile.txt', bytes: readFileSync(path) });
const { datasets } = extractAll(doc, { sha256: '', sourceFile: path }, readVocabularies());

describe('hostile text', () => {
  it('is kept verbatim as data (the title holds a script tag, a principle holds HTML)', () => {
    expect(datasets['documents']?.[0]?.['title_zh']).toBe("<script>alert('title')</script>县医共体建设实施方案");
    expect(datasets['principles']?.some((r) => String(r['quote']).includes('<b>'))).toBe(true);
  });

  it('formula-looking cells are defused in the CSV; numeric columns are untouched', () => {
    const spec = DATASETS.find((d) => d.name === 'responsibilities')!;
    const rows = datasets['responsibilities'] ?? [];
    expect(rows.some((r) => String(r['agency_zh']).startsWith('@SUM'))).toBe(true);
    const columns = csvColumns(columnsOf(spec));
    const parsed = Papa.parse<Record<string, string>>(toCsv(rows, columns), { header: true, skipEmptyLines: true });
    for (const r of parsed.data) {
      for (const c of columns) {
        const v = r[c.name] ?? '';
        if (c.kind === 'text') expect(v, `${c.name}: ${v}`).not.toMatch(/^[=+\-@]/);
        if (c.kind === 'number' && v !== '') expect(Number.isFinite(Number(v)), `${c.name}: ${v}`).toBe(true);
      }
    }
    expect(parsed.data.some((r) => r['agency_zh'] === "'@SUM(A1)局")).toBe(true);
  });

  it('targets in hostile text are still found with their numbers', () => {
    expect(datasets['targets']?.map((t) => [t['indicator_id'], t['comparator'], t['value']])).toEqual(
      expect.arrayContaining([
        ['county_visit_rate', 'ge', 90],
        ['primary_care_visit_share', 'approx', 65],
      ]),
    );
  });
});
