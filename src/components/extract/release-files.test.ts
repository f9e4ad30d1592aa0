// The downloads of an extracted plan follow the release's rules: CSV read back with the release's reader gives the
// rows (types, nulls, formula-like text), JSON is the rows, the zip holds every file and the text the offsets index.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nodeLoaders } from '../../../scripts/convert-loaders.ts';
import { fixturePath, vocab } from '../../../scripts/test-support/corpus.ts';
import { readCsvRows } from '../../lib/csv/index.ts';
import { HOSTILE_TEXT } from '../../lib/hostile-text.testing.ts';
import { columnsOf } from '../../lib/schema/columns.ts';
import { datasetCsv, datasetJson, planZip } from './release-files.ts';
import { PLAN_DATASETS, runExtraction } from './run-extraction.ts';

const plan = await runExtraction(
  { fileName: 'formats-county-f.txt', bytes: readFileSync(fixturePath('formats-county-f.txt')) },
  nodeLoaders,
  vocab,
);

describe('release files of one plan', () => {
  it('each CSV reads back to its rows, with a BOM and CRLF, named after the plan', () => {
    for (const spec of PLAN_DATASETS) {
      const file = datasetCsv(plan, spec.name);
      expect(file.name).toBe(`formats-county-f-${spec.name}.csv`);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      const back = readCsvRows(text, columnsOf(spec), file.name);
      expect(back, spec.name).toEqual(plan.datasets[spec.name]);
    }
  });

  it('defuses formula-like text in CSV only, and keeps it in JSON', () => {
    const doc = plan.datasets['documents']![0]!;
    const evil = {
      ...plan,
      datasets: { ...plan.datasets, documents: HOSTILE_TEXT.map((t) => ({ ...doc, title_zh: t })) },
    };
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(datasetCsv(evil, 'documents').bytes);
    expect(csv).toContain(",'=SUM(A1:A9),");
    const spec = PLAN_DATASETS.find((s) => s.name === 'documents')!;
    // A nullable text column cannot tell '' from null in CSV (the release's rule): '' reads back as null.
    expect(readCsvRows(csv, columnsOf(spec)).map((r) => r['title_zh'])).toEqual(
      HOSTILE_TEXT.map((t) => (t === '' ? null : t)),
    );
    const json = JSON.parse(new TextDecoder().decode(datasetJson(evil, 'documents').bytes)) as { title_zh: string }[];
    expect(json.map((r) => r.title_zh)).toEqual(HOSTILE_TEXT);
  });

  it('the zip holds every CSV and JSON and the canonical text, byte for byte, and is the same twice', () => {
    const zip = planZip(plan);
    expect(zip.name).toBe('formats-county-f-datasets.zip');
    const files = unzipSync(zip.bytes);
    const names = Object.keys(files).sort();
    expect(names).toContain('formats-county-f/formats-county-f.txt');
    for (const spec of PLAN_DATASETS) {
      expect(files[`formats-county-f/${spec.name}.csv`]).toEqual(datasetCsv(plan, spec.name).bytes);
      expect(files[`formats-county-f/${spec.name}.json`]).toEqual(datasetJson(plan, spec.name).bytes);
    }
    const text = strFromU8(files['formats-county-f/formats-county-f.txt']!);
    const t = plan.datasets['targets']![0]!;
    expect(text.slice(t['start'] as number, t['end'] as number)).toBe(t['quote']);
    expect(planZip(plan).bytes).toEqual(zip.bytes);
  });

  it('refuses a dataset that is not one of the plan datasets', () => {
    expect(() => datasetCsv(plan, 'reuse')).toThrow(/no plan dataset reuse/);
    expect(() => datasetJson(plan, 'vocab_indicators')).toThrow(/no plan dataset/);
  });
});
