import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAlliances } from './extract-alliances.ts';
import type { AllianceRow } from '../../src/lib/schema/alliances.ts';
import { CORPUS_IDS, corpusDoc, planDoc, planFromText, rawOf, vocab, type CorpusId } from '../test-support/corpus.ts';
import { forbidden, mustNotFindOf } from '../test-support/fixture-match.ts';

type Edge = [number, string, string, string];
/** Hand-made edges (must find): [alliance number within the document, kind, lead_zh, member_zh]. */
const expected = JSON.parse(
  readFileSync(new URL('./fixtures/expected-alliances.json', import.meta.url), 'utf8'),
) as Record<string, Edge[]>;
const rowsOf = (docId: CorpusId) =>
  (extractAlliances(corpusDoc(docId), vocab).datasets.alliances ?? []) as AllianceRow[];

describe('alliances on the corpus (hand-checked facts)', () => {
  const edges = CORPUS_IDS.flatMap((d) => expected[d]!.map((e) => [d, `${e[2]} → ${e[3]}`, e] as const));
  it.each(edges)('%s: %s', (docId, _name, [, kind, lead, member]) => {
    const hit = rowsOf(docId).find((r) => r.lead_zh === lead && r.member_zh === member);
    expect(hit, `${lead} → ${member}`).toBeDefined();
    expect(hit?.kind).toBe(kind);
  });

  it.each(CORPUS_IDS)('%s: edges of one hand-made alliance share an alliance, different ones do not', (docId) => {
    const rows = rowsOf(docId);
    const idOf = new Map<number, Set<string>>();
    for (const [n, , lead, member] of expected[docId]!) {
      const ids = idOf.get(n) ?? new Set<string>();
      for (const r of rows) if (r.lead_zh === lead && r.member_zh === member) ids.add(r.alliance_id);
      idOf.set(n, ids);
    }
    for (const ids of idOf.values()) expect(ids.size).toBe(1);
    expect(new Set([...idOf.values()].map((ids) => [...ids][0])).size).toBe(idOf.size);
  });

  it.each(mustNotFindOf('alliances'))('%s: not an edge: %s', (docId, _what, e) => {
    const rows = rowsOf(docId as CorpusId);
    expect(
      forbidden(rawOf(docId), e, rows).map((r) => `${r.lead_zh} → ${r.member_zh}`),
      e.why,
    ).toEqual([]);
  });

  it.each(CORPUS_IDS)('%s: every quote, lead and member sits at its raw offsets', (docId) => {
    const raw = rawOf(docId);
    for (const r of rowsOf(docId)) {
      expect(raw.slice(r.start, r.end)).toBe(r.quote);
      expect(raw.slice(r.lead_start, r.lead_end)).toBe(r.lead_zh);
      expect(raw.slice(r.member_start, r.member_end)).toBe(r.member_written_zh);
    }
  });

  it('keeps the member as written next to the completed name (yulin 容县 → 容县人民医院)', () => {
    const rows = extractAlliances(corpusDoc('yulin'), vocab).datasets.alliances ?? [];
    expect(rows.slice(0, 3).map((r) => [r.member_written_zh, r.member_zh])).toEqual([
      ['容县', '容县人民医院'],
      ['博白县', '博白县人民医院'],
      ['陆川县人民医院', '陆川县人民医院'],
    ]);
  });

  it('reports statements whose lead is a category (guyuan 县（区）级综合医院)', () => {
    const { report } = extractAlliances(corpusDoc('guyuan'), vocab);
    expect(
      report?.some((r) => r.kind === 'alliance-skipped' && String(r.quote).includes('县（区）级综合医院为牵头医院')),
    ).toBe(true);
  });

  it('ids are stable across runs', () => {
    expect(extractAlliances(corpusDoc('hangjin'), vocab)).toEqual(extractAlliances(corpusDoc('hangjin'), vocab));
  });
});

describe('unseen layouts (scripts/pipeline/fixtures/plans)', () => {
  it('members in a numbered list after 成员包括：, and 以X为牵头医院，A、B为成员单位组建', () => {
    const rows = extractAlliances(planDoc('orgs-numbered-members.txt'), vocab).datasets.alliances ?? [];
    expect(rows.map((r) => [r.alliance_id, r.lead_zh, r.member_zh])).toEqual([
      ['orgs-numbered-members-a01', '石门县中医医院', '南山镇卫生院'],
      ['orgs-numbered-members-a01', '石门县中医医院', '北坡镇卫生院'],
      ['orgs-numbered-members-a02', '县人民医院', '东湖乡卫生院'],
      ['orgs-numbered-members-a02', '县人民医院', '西湾镇中心卫生院'],
      ['orgs-numbered-members-a02', '县人民医院', '石门县妇幼保健院'],
      ['orgs-numbered-members-a03', '市第一人民医院', '石门县人民医院'],
      ['orgs-numbered-members-a03', '市第一人民医院', '长乐县人民医院'],
    ]);
    expect(rows[5]?.kind).toBe('tier3_tier2_alliance');
  });

  it('members as a numbered list under a heading paragraph (成员单位如下：)', () => {
    const rows = extractAlliances(planDoc('orgs-table-committee.txt'), vocab).datasets.alliances ?? [];
    expect(rows.map((r) => r.member_zh)).toEqual(['东河镇中心卫生院', '西岭乡卫生院', '城关社区卫生服务中心']);
  });

  it.each([
    // a generic lead is not an edge
    ['某县方案\n\n一、任务\n\n由县级医院牵头的医共体，成员包括乡镇卫生院、社区卫生服务中心。\n', 0],
    // two leads 分别 (each its own group): members are not assigned to one lead
    ['某县方案\n\n一、任务\n\n由县人民医院、县中医院分别牵头的医共体，成员包括甲镇卫生院。\n', 0],
    // 联合 inside 医疗联合体 is not a pairing
    ['某市方案\n\n一、任务\n\n加快推进医疗联合体建设。\n', 0],
  ])('bad input %#: no edge invented', (text, n) => {
    expect(extractAlliances(planFromText(text), vocab).datasets.alliances ?? []).toHaveLength(n);
  });
});
