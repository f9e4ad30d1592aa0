// The hand-kept files are checked when read: a mistake stops the run naming file, entry (index and id) and field.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_DIR, readManifest, readRuleFiles, readSource, readVocabularies } from './read-sources.ts';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A copy of data/vocab with one file changed by `edit` (given the parsed JSON). */
function vocabWith(file: string, edit: (json: unknown) => unknown): string {
  dir = mkdtempSync(join(tmpdir(), 'vocab-'));
  cpSync(join(DATA_DIR, 'vocab'), dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8')))));
  return dir;
}

type Entries = Record<string, unknown>[];

describe('readVocabularies', () => {
  it('reads and types every vocabulary of the repository', () => {
    const v = readVocabularies();
    expect(v.indicators.find((e) => e.indicator_id === 'county_visit_rate')?.national_goal?.value).toBe(90);
    expect(v['organisation-types'].every((t) => Array.isArray(t.place_only_suffixes_zh))).toBe(true);
  });

  it.each([
    [
      'principles.json',
      (j: unknown) => (j as Entries).map((e, i) => (i === 5 ? { ...e, name_en: '' } : e)),
      /principles\.json: entry 5 \(reform_innovation\), field name_en: must not be empty/,
    ],
    [
      'principles.json',
      (j: unknown) => (j as Entries).map((e, i) => (i === 2 ? { ...e, patterns_zh: ['政府主导'] } : e)),
      /principles\.json: entry 2 \(county_township_integration\), field patterns_zh\[0\]: 政府主导 also belongs to entry 0/,
    ],
    [
      'instruments.json',
      (j: unknown) => (j as Entries).map((e, i) => (i === 1 ? { ...e, patterns_zh: ['(unclosed'] } : e)),
      /instruments\.json: entry 1 \(case_based_payment\), field patterns_zh\[0\]: bad pattern \(unclosed/,
    ],
    [
      'indicators.json',
      (j: unknown) => (j as Entries).map((e, i) => (i === 0 ? { ...e, unit: ['percent'] } : e)),
      /indicators\.json: entry 0 \(county_visit_rate\).*unit/,
    ],
    [
      'indicators.json',
      (j: unknown) => (j as Entries).map((e, i) => (i === 3 ? { ...e, indicator_id: 'county_visit_rate' } : e)),
      /indicators\.json: entry 3 \(county_visit_rate\), field indicator_id: duplicate indicator_id \(also entry 0\)/,
    ],
    [
      'organisation-boundaries.json',
      (j: unknown) => ({ ...(j as object), committee_roles: [{ role_zh: '组长' }] }),
      /organisation-boundaries\.json: committee_roles entry 0 \(组长\), field role_en/,
    ],
    [
      'organisation-aliases.json',
      (j: unknown) => ({ ...(j as object), aliases: 'x' }),
      /organisation-aliases\.json: field aliases/,
    ],
    [
      'glossary.json',
      (j: unknown) => {
        const g = j as { terms: Entries };
        return { ...g, terms: [...g.terms, { zh: '市卫健委', en: 'City Health Committee' }] };
      },
      /glossary\.json: .*duplicate zh/,
    ],
    [
      'glossary.json',
      (j: unknown) => {
        const g = j as { terms: Entries };
        return { ...g, terms: [{ zh: '市财政局', en: '市财政局' }, ...g.terms.slice(1)] };
      },
      /glossary\.json: .*field en: must be English/,
    ],
  ])('%s with a mistake is refused (%#)', (file, edit, message) => {
    expect(() => readVocabularies(vocabWith(file, edit))).toThrow(message);
  });

  it('a vocabulary without a schema, a missing one and broken JSON are refused', () => {
    dir = vocabWith('principles.json', (j) => j);
    writeFileSync(join(dir, 'extra.json'), '[]');
    expect(() => readVocabularies(dir)).toThrow(/extra\.json: no schema for this vocabulary/);
    unlinkSync(join(dir, 'extra.json'));
    unlinkSync(join(dir, 'instruments.json'));
    expect(() => readVocabularies(dir)).toThrow(/vocabulary missing: instruments\.json/);
    writeFileSync(join(dir, 'instruments.json'), '[{');
    expect(() => readVocabularies(dir)).toThrow(/instruments\.json: not valid JSON/);
  });

  it('lists the rule files', () => {
    expect(readRuleFiles().map((r) => r.fileName)).toEqual(['EXTRACTION_RULES.md', 'TARGET_RULES.md']);
  });
});

describe('readManifest', () => {
  const manifestWith = (edit: (docs: Entries) => Entries): string => {
    dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const json = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as { documents: Entries };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...json, documents: edit(json.documents) }));
    return dir;
  };

  it('reads the repository manifest', () => {
    expect(readManifest().map((m) => m.doc_id)).toContain('hangjin');
  });

  it('records the source facts of every corpus plan, unknown being an honest value with its origin', () => {
    for (const m of readManifest()) {
      expect([m.source_url, m.publisher, m.retrieval_date], m.doc_id).toEqual(['unknown', 'unknown', 'unknown']);
      expect(m.origins['source_url'], m.doc_id).toMatch(/not recorded/);
    }
  });

  it.each([
    [
      (d: Entries) => d.map((e, i) => (i === 1 ? { ...e, level: 'town' } : e)),
      /documents entry 1 \(henan\), field level/,
    ],
    [
      (d: Entries) => d.map((e, i) => (i === 0 ? { ...e, latitude: '36.0' } : e)),
      /documents entry 0 \(guyuan\), field latitude/,
    ],
    [
      (d: Entries) => d.map((e, i) => (i === 0 ? { ...e, issuer_zh: '某某' } : e)),
      /documents entry 0 \(guyuan\), field origins: gives issuer_zh without its origin/,
    ],
    [(d: Entries) => [...d, d[0] as Record<string, unknown>], /documents entry 5 \(guyuan\), field doc_id: duplicate/],
    [
      (d: Entries) => d.map((e, i) => (i === 2 ? { ...e, source_url: 'www.gov.cn/x.htm' } : e)),
      /documents entry 2 \(hangjin\), field source_url: must be an http\(s\) address or unknown/,
    ],
    [
      (d: Entries) => d.map((e, i) => (i === 3 ? { ...e, retrieval_date: '2024年5月' } : e)),
      /documents entry 3 \(yulin\), field retrieval_date: must be a date YYYY-MM-DD or unknown/,
    ],
    [
      (d: Entries) =>
        d.map((e, i) =>
          i === 4
            ? {
                ...e,
                publisher: '界首市人民政府网',
                origins: Object.fromEntries(Object.entries(e['origins'] as object).filter(([k]) => k !== 'publisher')),
              }
            : e,
        ),
      /documents entry 4 \(jieshou\), field origins: gives publisher without its origin/,
    ],
  ])('a manifest with a mistake is refused (%#)', (edit, message) => {
    expect(() => readManifest(manifestWith(edit))).toThrow(message);
  });
});

describe('readSource', () => {
  it('finds the original that `npm run add` kept beside a raw text, with its bytes to publish', () => {
    dir = mkdtempSync(join(tmpdir(), 'raw-'));
    const raw = join(dir, 'qingxi.txt');
    writeFileSync(raw, '青溪县紧密型县域医共体建设实施方案\n一、总体要求\n');
    cpSync(join(DATA_DIR, 'raw', 'guyuan.txt'), join(dir, 'guyuan.txt'));
    mkdirSync(join(dir, 'originals'));
    writeFileSync(join(dir, 'originals', 'qingxi.docx'), 'PK docx bytes');
    const s = readSource(raw);
    expect(s.original?.format).toBe('docx');
    expect(s.originalFile?.fileName).toBe('qingxi.docx');
    expect(Buffer.from(s.originalFile!.bytes).toString()).toBe('PK docx bytes');
    expect(readSource(join(dir, 'guyuan.txt')).originalFile).toBeUndefined();
  });
});
