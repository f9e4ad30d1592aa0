import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from './extract-organisations.ts';
import { CORPUS_IDS, corpusDoc, planDoc, planFromText, vocab, type CorpusId } from '../test-support/corpus.ts';

interface MustFind {
  canonical_zh: string;
  type_id: string;
  place_zh?: string;
  forms: string[];
}
interface Expected {
  must_find: MustFind[];
  must_not_find: string[];
}
const expected = JSON.parse(
  readFileSync(new URL('./fixtures/expected-organisations.json', import.meta.url), 'utf8'),
) as Record<string, Expected>;

const run = (docId: CorpusId) => {
  const doc = corpusDoc(docId);
  const { datasets, report } = extractOrganisations(doc, vocab);
  return {
    doc,
    orgs: datasets.organisations ?? [],
    mentions: datasets.organisation_mentions ?? [],
    report: report ?? [],
  };
};

describe('organisations on the corpus (hand-made fixture)', () => {
  const cases = CORPUS_IDS.flatMap((d) =>
    (expected[d] as Expected).must_find.map((m) => [d, m.canonical_zh, m] as const),
  );
  it.each(cases)('%s: %s', (docId, _name, m) => {
    const { orgs, mentions } = run(docId);
    const org = orgs.find((o) => o.canonical_zh === m.canonical_zh);
    expect(org, `no organisation ${m.canonical_zh}; have ${orgs.map((o) => o.canonical_zh).join(' ')}`).toBeDefined();
    expect(org?.type_id).toBe(m.type_id);
    if (m.place_zh) expect(org?.place_zh).toBe(m.place_zh);
    const forms = new Set(mentions.filter((x) => x.organisation_id === org?.organisation_id).map((x) => x.name_zh));
    for (const f of m.forms) expect(forms, `${f} should join ${m.canonical_zh}`).toContain(f);
  });

  it.each(CORPUS_IDS)('%s: categories are not organisations', (docId) => {
    const { mentions } = run(docId);
    const written = new Set(mentions.map((x) => x.name_zh));
    for (const bad of (expected[docId] as Expected).must_not_find) expect(written.has(bad), bad).toBe(false);
  });

  it.each(CORPUS_IDS)('%s: every quote sits at its raw offsets', (docId) => {
    const { doc, orgs, mentions } = run(docId);
    for (const r of [...orgs, ...mentions])
      expect(doc.clean.raw.slice(r.start as number, r.end as number)).toBe(r.quote);
  });

  it.each(CORPUS_IDS)('%s: ids are stable and unique; every mention names a listed organisation', (docId) => {
    const a = run(docId);
    const b = run(docId);
    expect(a.orgs).toEqual(b.orgs);
    expect(a.mentions).toEqual(b.mentions);
    const ids = new Set(a.orgs.map((o) => o.organisation_id));
    expect(ids.size).toBe(a.orgs.length);
    for (const m of a.mentions) expect(ids.has(m.organisation_id as string)).toBe(true);
    for (const o of a.orgs)
      expect(a.mentions.filter((m) => m.organisation_id === o.organisation_id)).toHaveLength(o.mention_count as number);
  });

  it('the written form is kept next to the canonical name (jieshou 市卫生健康委)', () => {
    const { orgs } = run('jieshou');
    const o = orgs.find((x) => x.canonical_zh === '市卫生健康委员会');
    expect(o?.name_zh).toBe('市卫生健康委');
    expect(o?.place_origin).toBe('document');
  });

  it('committee lists do not yield person+organisation names (hangjin 张仲平旗委)', () => {
    const { mentions } = run('hangjin');
    expect(mentions.filter((m) => m.context === 'committee-list').length).toBeGreaterThan(40);
    expect(mentions.some((m) => /^(张仲平|杨斯帆|李和平)/.test(String(m.name_zh)))).toBe(false);
  });

  it('categories set aside are reported with a reason', () => {
    const { report } = run('yulin');
    expect(report.some((r) => r.kind === 'skipped-generic' && r.message.startsWith('三级医院'))).toBe(true);
  });
});

describe('unseen layouts (scripts/pipeline/fixtures/plans)', () => {
  it.each([
    [
      'orgs-table-committee.txt',
      [
        ['县人民医院', 'general_hospital', '青山县'],
        ['县医疗保障局', 'government_department', '青山县'],
        ['东河镇中心卫生院', 'township_health_centre', null],
        ['青山县人民政府办公室', 'government', '青山县'],
        ['县人民政府', 'government', '青山县'],
      ],
    ],
    [
      'orgs-numbered-members.txt',
      [
        ['石门县人民医院', 'general_hospital', '石门县'],
        ['县发展和改革委员会', 'government_department', '石门县'],
        ['市第一人民医院', 'general_hospital', null],
        ['长乐县人民医院', 'general_hospital', '长乐县'],
      ],
    ],
    [
      'orgs-bracket-committee.txt',
      [
        ['河口市中医医院', 'tcm_hospital', '河口市'],
        ['市卫生健康委员会', 'government_department', '河口市'],
        ['市委', 'party_organ', '河口市'],
      ],
    ],
  ] as const)('%s', (file, rows) => {
    const doc = planDoc(file);
    const orgs = extractOrganisations(doc, vocab).datasets.organisations ?? [];
    for (const [canonical, type, place] of rows) {
      const o = orgs.find((x) => x.canonical_zh === canonical);
      expect(o, canonical).toBeDefined();
      expect(o?.type_id).toBe(type);
      expect(o?.place_zh).toBe(place);
    }
    for (const o of orgs) expect(doc.clean.raw.slice(o.start as number, o.end as number)).toBe(o.quote);
  });

  it('short and long forms join within a document (石门县: 县人民医院 = 石门县人民医院)', () => {
    const orgs = extractOrganisations(planDoc('orgs-numbered-members.txt'), vocab).datasets.organisations ?? [];
    expect(orgs.find((o) => o.canonical_zh === '石门县人民医院')?.name_forms_zh).toBe('县人民医院、石门县人民医院');
  });
});

describe('one body, several forms, across a document (issue 14 §10)', () => {
  const text = [
    '某省医改重点工作任务',
    '',
    '一、工作安排',
    '',
    '1.由省卫生健康委员会牵头，省医疗保障局配合。',
    '2.由省卫生健康委牵头，省医保局配合。',
    '3.由省卫健委(省中医药管理局)牵头，省人民政府办公厅督办。',
    '4.省卫生健康委员会（省中医药管理局）负责解释。',
    '',
  ].join('\n');
  const orgs = extractOrganisations(planFromText(text), vocab).datasets.organisations ?? [];
  const holding = (form: string) => orgs.filter((o) => String(o.name_forms_zh).split('、').includes(form));
  it.each([
    ['省卫生健康委员会', '省卫生健康委'],
    ['省卫生健康委员会', '省卫健委(省中医药管理局)'],
    ['省卫生健康委员会', '省卫生健康委员会（省中医药管理局）'],
    ['省医疗保障局', '省医保局'],
  ])('%s = %s', (a, b) => {
    expect(holding(a)).toHaveLength(1);
    expect(holding(b)).toEqual(holding(a));
  });
  it('bounds the name by its longest form (省人民政府办公厅, not 省人民政府)', () => {
    expect(orgs.map((o) => o.canonical_zh)).toContain('省人民政府办公厅');
    expect(orgs.map((o) => o.canonical_zh)).not.toContain('省人民政府');
  });
});
