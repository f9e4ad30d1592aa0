// Principles: the corpus against hand-checked facts (must find / must not find), quotes at their offsets, hand-written plans.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_IDS, corpusDoc, fixturePath, planFromText, rawOf, ROOT } from '../test-support/corpus.ts';
import { anchoredAt, forbidden, mustNotFindOf } from '../test-support/fixture-match.ts';
import type { PrincipleRow } from '../../src/lib/schema/principles.ts';
import { readVocabularies } from '../read-sources.ts';
import { extractPrinciples } from './extract-principles.ts';
import { parseDocument } from './parse-document.ts';

const vocab = readVocabularies().principles;
const expected = JSON.parse(readFileSync(join(ROOT, 'scripts/pipeline/fixtures/expected-principles.json'), 'utf8')) as {
  doc_id: string;
  quote_contains: string;
  principle_zh: string;
  principle_id: string;
  section_id: string;
  form: string;
}[];
const rowsOf = (id: string): PrincipleRow[] =>
  extractPrinciples(corpusDoc(id as (typeof CORPUS_IDS)[number]), vocab).rows;

describe('principles on the corpus', () => {
  it.each(expected.map((e) => [e.doc_id, e.principle_zh, e] as const))(
    '%s: %s is found as in the fixture',
    (docId, _zh, e) => {
      const hit = rowsOf(docId).find(
        (r) =>
          r.principle_zh === e.principle_zh &&
          anchoredAt(rawOf(docId), e.quote_contains, r) &&
          r.section_id === e.section_id,
      );
      expect(hit, JSON.stringify(e)).toBeDefined();
      expect(hit).toMatchObject({ principle_id: e.principle_id, form: e.form });
      expect(rawOf(docId)).toContain(e.quote_contains);
    },
  );

  it.each(mustNotFindOf('principles'))('%s: not a principle: %s', (id, _what, e) => {
    expect(
      forbidden(rawOf(id), e, rowsOf(id)).map((r) => `${r.principle_zh} ${r.quote}`),
      e.why,
    ).toEqual([]);
  });

  it.each(CORPUS_IDS.map((id) => [id]))('%s: every quote sits at its offsets', (id) => {
    const raw = rawOf(id);
    for (const r of rowsOf(id)) expect(raw.slice(r.start, r.end)).toBe(r.quote);
  });

  it('ids are stable across runs', () => {
    const a = rowsOf('guyuan').map((r) => r.principle_row_id);
    const b = extractPrinciples(corpusDoc('guyuan'), vocab).rows.map((r) => r.principle_row_id);
    expect(a).toEqual(b);
    expect(a[0]).toBe('guyuan-p01');
  });

  it('guiding-thought 坚持 phrases are not principles (guyuan 指导思想, yulin item bodies)', () => {
    expect(rowsOf('guyuan').some((r) => r.principle_zh.includes('以人民为中心'))).toBe(false);
    expect(
      rowsOf('yulin').some((r) => r.principle_zh.includes('以人民健康为中心') || r.principle_zh.includes('医疗')),
    ).toBe(false);
  });
});

const PLANS: [string, string[]][] = [
  [
    'misc-county-a.txt',
    ['政府主导:government_leadership:named', '资源下沉:resource_downshift:named', '上下联动:tiered_care:named'],
  ],
  [
    'misc-markdown-b.txt',
    ['公益性质:public_welfare:lead', '问题导向:problem_orientation:series', '因地制宜:local_adaptation:series'],
  ],
  [
    'misc-prefecture-c.txt',
    [
      '政府主导:government_leadership:lead',
      '公益导向:public_welfare:series',
      '医防协同:prevention_treatment_integration:series',
    ],
  ],
];

describe('principles on unseen layouts (scripts/pipeline/fixtures/plans)', () => {
  it.each(PLANS)('%s', (file, want) => {
    const bytes = readFileSync(fixturePath(file));
    const doc = parseDocument({ docId: 'misc', fileName: file, bytes });
    const rows = extractPrinciples(doc, vocab).rows;
    expect(rows.map((r) => `${r.principle_zh}:${r.principle_id}:${r.form}`)).toEqual(want);
    for (const r of rows) expect(doc.clean.raw.slice(r.start, r.end)).toBe(r.quote);
  });
});

describe('principles: hand-written cases', () => {
  it('an unknown principle keeps an empty id and is reported, not dropped', () => {
    const doc = planFromText('某县方案\n\n一、基本原则\n\n坚持数字赋能。推进信息化。\n\n二、任务\n\n（一）建设。\n');
    const { rows, report } = extractPrinciples(doc, vocab);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ principle_zh: '数字赋能', principle_id: '', name_en: '' });
    expect(report).toHaveLength(1);
    expect(report[0]?.kind).toBe('unknown-principle');
  });

  it('a run-in 坚持X。 later in a paragraph counts; an elaborating 坚持 does not', () => {
    const doc = planFromText(
      '某县方案\n\n一、基本原则\n\n坚持政府主导。落实责任。坚持公益导向。坚持医疗、医保联动改革，创新机制。\n\n二、任务\n\n（一）建设。\n',
    );
    expect(extractPrinciples(doc, vocab).rows.map((r) => `${r.principle_zh}:${r.form}`)).toEqual([
      '政府主导:lead',
      '公益导向:run_in',
    ]);
  });

  it('a plan without 坚持 gives no rows and no report', () => {
    const doc = planFromText('某县方案\n\n一、总体要求\n\n推进医共体建设。\n\n二、任务\n\n（一）建设。\n');
    expect(extractPrinciples(doc, vocab)).toEqual({ rows: [], report: [] });
  });
});
