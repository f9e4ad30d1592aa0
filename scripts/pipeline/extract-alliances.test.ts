import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAlliances } from './extract-alliances.ts';
import { CORPUS_IDS, corpusDoc, planDoc, planFromText, vocab } from '../test-support/corpus.ts';

type Edge = [number, string, string, string];
const expected = JSON.parse(
  readFileSync(new URL('./fixtures/expected-alliances.json', import.meta.url), 'utf8'),
) as Record<string, Edge[]>;

function edges(docId: string, rows: Record<string, unknown>[]): Edge[] {
  return rows.map((r) => [
    Number(String(r.alliance_id).slice(`${docId}-a`.length)),
    String(r.kind),
    String(r.lead_zh),
    String(r.member_zh),
  ]);
}

describe('alliances on the corpus (hand-made fixture)', () => {
  it.each(CORPUS_IDS)('%s matches the fixture', (docId) => {
    const doc = corpusDoc(docId);
    const rows = extractAlliances(doc, vocab).datasets.alliances ?? [];
    expect(edges(docId, rows)).toEqual(expected[docId]);
    for (const r of rows) {
      expect(doc.clean.raw.slice(r.start as number, r.end as number)).toBe(r.quote);
      expect(doc.clean.raw.slice(r.lead_start as number, r.lead_end as number)).toBe(r.lead_zh);
      expect(doc.clean.raw.slice(r.member_start as number, r.member_end as number)).toBe(r.member_written_zh);
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
    // two leads in one phrase are not split into guesses
    ['某县方案\n\n一、任务\n\n由县人民医院、县中医院牵头的医共体，成员包括甲镇卫生院。\n', 0],
    // 联合 inside 医疗联合体 is not a pairing
    ['某市方案\n\n一、任务\n\n加快推进医疗联合体建设。\n', 0],
  ])('bad input %#: no edge invented', (text, n) => {
    expect(extractAlliances(planFromText(text), vocab).datasets.alliances ?? []).toHaveLength(n);
  });
});
