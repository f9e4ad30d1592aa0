// Reform instruments: the corpus against hand-checked facts (must find / must not find), unseen layouts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_IDS, corpusDoc, fixturePath, planFromText, rawOf, ROOT } from '../test-support/corpus.ts';
import { anchoredAt, forbidden, mustNotFindOf } from '../test-support/fixture-match.ts';
import type { InstrumentRow } from '../../src/lib/schema/instruments.ts';
import { readVocabularies } from '../read-sources.ts';
import { compileInstruments, extractInstruments } from './extract-instruments.ts';
import { parseDocument } from './parse-document.ts';

const vocab = compileInstruments(readVocabularies().instruments);
const expected = JSON.parse(
  readFileSync(join(ROOT, 'scripts/pipeline/fixtures/expected-instruments.json'), 'utf8'),
) as { doc_id: string; instrument_id: string; stance: string; quote_contains: string }[];
const rowsOf = (id: string): InstrumentRow[] =>
  extractInstruments(corpusDoc(id as (typeof CORPUS_IDS)[number]), vocab).rows;

describe('instruments on the corpus', () => {
  it.each(expected.map((e) => [e.doc_id, e.instrument_id, e] as const))('%s: %s', (docId, id, e) => {
    const hit = rowsOf(docId).find((r) => r.instrument_id === id);
    expect(hit, JSON.stringify(e)).toBeDefined();
    expect(hit?.stance).toBe(e.stance);
    expect(
      anchoredAt(rawOf(docId), e.quote_contains, hit as InstrumentRow),
      `${hit?.quote} vs ${e.quote_contains}`,
    ).toBe(true);
  });

  it.each(mustNotFindOf('instruments'))('%s: not the instrument: %s', (id, _what, e) => {
    expect(
      forbidden(rawOf(id), e, rowsOf(id)).map((r) => `${r.instrument_id} ${r.quote}`),
      e.why,
    ).toEqual([]);
  });

  it.each(CORPUS_IDS.map((id) => [id]))('%s: every quote sits at its offsets; every row has a mention', (id) => {
    const raw = rawOf(id);
    for (const r of rowsOf(id)) {
      expect(raw.slice(r.start, r.end)).toBe(r.quote);
      expect(r.mentions).toBeGreaterThan(0);
    }
  });

  it('the brief’s instruments are each found somewhere in the corpus', () => {
    const all = new Set(CORPUS_IDS.flatMap((id) => rowsOf(id).map((r) => r.instrument_id)));
    for (const id of [
      'global_budget',
      'chief_accountant',
      'chief_pharmacist',
      'unified_management',
      'two_allowances',
      'county_hire_township_manage_village_use',
      'family_doctor_contracts',
      'telemedicine',
      'shared_diagnostic_centres',
      'unified_drug_list',
      'differentiated_reimbursement',
    ]) {
      expect(all.has(id), id).toBe(true);
    }
  });
});

const PLANS: [string, string[]][] = [
  [
    'misc-county-a.txt',
    [
      'global_budget:adopt',
      'case_based_payment:adopt',
      'chief_pharmacist:explore',
      'county_hire_township_manage_village_use:adopt',
    ],
  ],
  [
    'misc-markdown-b.txt',
    [
      'family_doctor_contracts:adopt',
      'telemedicine:adopt',
      'shared_diagnostic_centres:adopt',
      'test_result_recognition:adopt',
      'community_charter:adopt',
    ],
  ],
  ['misc-prefecture-c.txt', ['unified_management:adopt']],
];

describe('instruments on unseen layouts (scripts/pipeline/fixtures/plans)', () => {
  it.each(PLANS)('%s', (file, want) => {
    const doc = parseDocument({ docId: 'misc', fileName: file, bytes: readFileSync(fixturePath(file)) });
    const { rows } = extractInstruments(doc, vocab);
    expect(rows.map((r) => `${r.instrument_id}:${r.stance}`)).toEqual(want);
    for (const r of rows) expect(doc.clean.raw.slice(r.start, r.end)).toBe(r.quote);
  });
});

describe('instruments: hand-written cases', () => {
  it.each([
    ['（一）支付。开展总额预付管理试点。', 'global_budget', 'pilot'],
    ['（一）财务。探索建立总会计师制度。医共体实行总会计师制度。', 'chief_accountant', 'adopt'],
    ['（一）人员。对乡村医生实施“县聘、乡管、村用”。', 'county_hire_township_manage_village_use', 'adopt'],
  ])('%s → %s (%s)', (line, id, stance) => {
    const doc = planFromText(`某县方案\n\n一、任务\n\n${line}\n`);
    expect(extractInstruments(doc, vocab).rows.find((r) => r.instrument_id === id)?.stance).toBe(stance);
  });

  it('a plan naming no instrument gives no rows', () => {
    expect(extractInstruments(planFromText('某县方案\n\n一、任务\n\n（一）加强领导。\n'), vocab).rows).toEqual([]);
  });
});
