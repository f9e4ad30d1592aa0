// The in-browser extractor's pipeline run, in Node with the CLI's engines: the same rows as the CLI's code path
// (extractConverted) shaped as the release shapes them, offsets into the text it returns, and every bad file refused
// with its name and problem.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeLoaders } from '../../../scripts/convert-loaders.ts';
import { convertFile, extractConverted, sortByPrimaryKey, validateRows } from '../../../scripts/pipeline/index.ts';
import { oleFile, passwordPdf, plainZip } from '../../../scripts/test-support/bad-files.ts';
import { fixturePath, vocab } from '../../../scripts/test-support/corpus.ts';
import { planToDocx } from '../../../scripts/measure/plan-formats.ts';
import { parseVocabularies } from '../../lib/schema/vocab.ts';
import { hasChineseText, PLAN_DATASETS, planDocId, RefusedFile, runExtraction } from './run-extraction.ts';

const PLAN = 'formats-county-f.txt';
const txt = readFileSync(fixturePath(PLAN));
// The worker receives the vocabularies as published JSON: the round trip must give the same vocabularies.
const published = parseVocabularies(JSON.parse(JSON.stringify(vocab)), 'vocabularies.json');
const enc = (s: string) => new TextEncoder().encode(s);

describe('runExtraction', () => {
  it('the published vocabularies read back as the pipeline reads data/vocab', () => {
    expect(published).toEqual(vocab);
  });

  it('gives the CLI code path’s rows, validated and sorted by primary key, for every plan dataset', async () => {
    const plan = await runExtraction({ fileName: PLAN, bytes: txt }, nodeLoaders, published);
    const converted = await convertFile({ fileName: PLAN, bytes: txt }, nodeLoaders);
    const cli = extractConverted(
      converted,
      { docId: 'formats-county-f', fileName: PLAN, sourceFile: PLAN, sha256: '', originalSha256: '' },
      vocab,
    );
    expect(plan.docId).toBe('formats-county-f');
    expect(plan.format).toBe('txt');
    expect(Object.keys(plan.datasets)).toEqual(PLAN_DATASETS.map((s) => s.name));
    for (const spec of PLAN_DATASETS) {
      const expected = sortByPrimaryKey(spec, validateRows(spec, cli.datasets[spec.name] ?? []));
      const strip = (rows: Record<string, unknown>[]) =>
        rows.map((r) => ({ ...r, ...('sha256' in r ? { sha256: '', original_sha256: '' } : {}) }));
      expect(strip(plan.datasets[spec.name]!), spec.name).toEqual(strip(expected));
    }
    expect(plan.datasets['targets']!.length).toBeGreaterThan(5);
    const indicators = plan.datasets['targets']!.map((t) => t['indicator_zh']);
    expect(indicators).toContain('县域内就诊率');
  });

  it('hashes as the CLI does: a text file is its own raw file', async () => {
    const plan = await runExtraction({ fileName: PLAN, bytes: txt }, nodeLoaders, published);
    const doc = plan.datasets['documents']![0]!;
    const hex = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(txt))), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    expect(doc['sha256']).toBe(hex);
    expect(doc['original_sha256']).toBe(hex);
    expect(doc['source_file']).toBe(PLAN);
  });

  it('every quoted row points into the text it returns (raw.slice(start, end) === quote)', async () => {
    const docx = await planToDocx(txt.toString('utf8'));
    const plan = await runExtraction({ fileName: 'plan.docx', bytes: docx }, nodeLoaders, published);
    expect(plan.format).toBe('docx');
    let checked = 0;
    for (const rows of Object.values(plan.datasets))
      for (const r of rows)
        if (typeof r['quote'] === 'string' && typeof r['start'] === 'number') {
          expect(plan.raw.slice(r['start'], r['end'] as number)).toBe(r['quote']);
          checked++;
        }
    expect(checked).toBeGreaterThan(20);
  });

  it('reports its stages; a .docx gives the same targets as the .txt', async () => {
    const stages: string[] = [];
    const docx = await runExtraction(
      { fileName: 'plan.docx', bytes: await planToDocx(txt.toString('utf8')) },
      nodeLoaders,
      published,
      (s) => stages.push(s),
    );
    const plain = await runExtraction({ fileName: PLAN, bytes: txt }, nodeLoaders, published);
    expect(stages).toEqual(['converting', 'extracting']);
    const keys = (rows: Record<string, unknown>[]) =>
      rows.map((t) => [t['indicator_zh'], t['comparator'], t['value'], t['target_year'], t['quote']]);
    expect(keys(docx.datasets['targets']!)).toEqual(keys(plain.datasets['targets']!));
  });

  it.each([
    ['plan.doc', oleFile(false), /plan\.doc: legacy Word \.doc/],
    ['plan.docx', oleFile(true), /plan\.docx: password-protected \(encrypted\) Office file/],
    ['plan.docx', plainZip(), /plan\.docx: a zip archive but not a Word document/],
    ['plan.pdf', passwordPdf(), /plan\.pdf: password-protected PDF/],
    ['plan.pdf', enc('not a pdf'), /plan\.pdf: not a PDF/],
    ['plan.xlsx', enc('x'), /plan\.xlsx: unsupported file type \.xlsx/],
    ['plan.txt', new Uint8Array(), /plan\.txt:1: file is empty/],
    ['plan.txt', enc('  \n\t\n'), /plan\.txt:1: file holds only white space/],
    ['plan.txt', enc('1. Introduction\n2. Goals: reach 90% by 2025.\n'), /plan\.txt: no Chinese text/],
  ])('%s (%#) is refused naming the file and the problem', async (fileName, bytes, message) => {
    const run = runExtraction({ fileName, bytes }, nodeLoaders, published);
    await expect(run).rejects.toBeInstanceOf(RefusedFile);
    await expect(run).rejects.toThrow(message);
  });

  it('reads a Chinese text without headings as one body, with a no-outline note (not refused)', async () => {
    const plan = await runExtraction(
      { fileName: 'plan.txt', bytes: enc('这是一段没有任何编号标题的中文文字。\n') },
      nodeLoaders,
      published,
    );
    expect(plan.datasets['document_notes']!.map((n) => n['code'])).toContain('no-outline');
  });

  it('refuses a file over 20 MiB by its size alone, without its bytes', async () => {
    const run = runExtraction(
      { fileName: 'big.pdf', bytes: new Uint8Array(), size: 21 * 2 ** 20 },
      nodeLoaders,
      published,
    );
    await expect(run).rejects.toThrow(/big\.pdf: file is 21\.0 MB .* over the 20 MB limit/);
  });
});

describe('small rules', () => {
  it.each([
    ['县域内就诊率', true],
    ['1. Goals', false],
    ['', false],
    ['⼈⺠', true],
  ])('hasChineseText(%j) is %s', (text, expected) => {
    expect(hasChineseText(text)).toBe(expected);
  });

  it.each([
    ['Qingxi Plan.docx', 'qingxi-plan'],
    ['pasted.txt', 'pasted'],
    ['青溪县方案.pdf', 'plan'],
  ])('planDocId(%j) is %j, as the CLI names it', (fileName, id) => {
    expect(planDocId(fileName)).toBe(id);
  });
});
