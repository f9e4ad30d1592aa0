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

/** A plan around one paragraph (or several lines) of hand-written text. */
const plan = (body: string, heading = '一、主要任务') => planFromText(`某县实施方案\n\n${heading}\n\n${body}\n`);
const edgesOf = (body: string, heading?: string) =>
  ((extractAlliances(plan(body, heading), vocab).datasets.alliances ?? []) as AllianceRow[]).map((r) => [
    r.lead_zh,
    r.member_zh,
    r.kind,
    r.member_category,
  ]);
const CMC = 'county_medical_community';

describe('alliances in prose (issue 14 §9): who leads, who the members are', () => {
  // [rule, text, edges as [lead, member, kind, member is a category]]
  it.each([
    [
      '由X牵头，成员单位为A、B和C，组建…',
      '由县人民医院牵头，成员单位为城关镇卫生院、石门镇中心卫生院和柳溪乡卫生院，组建县人民医院医共体。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石门镇中心卫生院', CMC, false],
        ['县人民医院', '柳溪乡卫生院', CMC, false],
      ],
    ],
    [
      '由X牵头，成员单位包括A、B，组建…',
      '由县中医医院牵头，成员单位包括白沙镇卫生院、青竹乡卫生院，组建中医医共体。',
      [
        ['县中医医院', '白沙镇卫生院', CMC, false],
        ['县中医医院', '青竹乡卫生院', CMC, false],
      ],
    ],
    [
      '由X牵头，联合A、B组建… (the kind after the verb)',
      '由市第二人民医院牵头，联合北城区人民医院、东关街道社区卫生服务中心组建北部城市医疗集团。',
      [
        ['市第二人民医院', '北城区人民医院', 'city_medical_group', false],
        ['市第二人民医院', '东关街道社区卫生服务中心', 'city_medical_group', false],
      ],
    ],
    [
      '以X为牵头医院，联合A和一个category组建…',
      '以县人民医院为牵头医院，联合县疾病预防控制中心和全县9个乡镇卫生院组建县总医院。',
      [
        ['县人民医院', '县疾病预防控制中心', CMC, false],
        ['县人民医院', '全县9个乡镇卫生院', CMC, true],
      ],
    ],
    [
      '以X为龙头，联合A、B建设远程医疗协作网',
      '以市人民医院为龙头，联合南山县人民医院、北岭县人民医院建设远程医疗协作网，开展远程会诊。',
      [
        ['市人民医院', '南山县人民医院', 'telemedicine_network', false],
        ['市人民医院', '北岭县人民医院', 'telemedicine_network', false],
      ],
    ],
    [
      '以X为核心，整合A、B组建城市医疗集团',
      '以市第三人民医院为核心，整合西关街道社区卫生服务中心、南门街道社区卫生服务中心组建城市医疗集团。',
      [
        ['市第三人民医院', '西关街道社区卫生服务中心', 'city_medical_group', false],
        ['市第三人民医院', '南门街道社区卫生服务中心', 'city_medical_group', false],
      ],
    ],
    [
      'X与A、B组建… (the subject leads)',
      '县第二人民医院与河湾镇中心卫生院、石岭乡卫生院组建第二医共体。',
      [
        ['县第二人民医院', '河湾镇中心卫生院', CMC, false],
        ['县第二人民医院', '石岭乡卫生院', CMC, false],
      ],
    ],
    [
      '由A、B共同牵头 (two leads: an edge from each)',
      '由市人民医院、市中医医院共同牵头，联合东山县人民医院、西山县人民医院组建卒中专科联盟。',
      [
        ['市人民医院', '东山县人民医院', 'specialist_alliance', false],
        ['市人民医院', '西山县人民医院', 'specialist_alliance', false],
        ['市中医医院', '东山县人民医院', 'specialist_alliance', false],
        ['市中医医院', '西山县人民医院', 'specialist_alliance', false],
      ],
    ],
    [
      '由A和B共同牵头',
      '由市妇幼保健院和市儿童医院共同牵头，联合东山县妇幼保健院组建儿科专科联盟。',
      [
        ['市妇幼保健院', '东山县妇幼保健院', 'specialist_alliance', false],
        ['市儿童医院', '东山县妇幼保健院', 'specialist_alliance', false],
      ],
    ],
    [
      'X牵头组建…，成员单位包括A、B',
      '市中医医院牵头组建中医专科联盟，成员单位包括东山县中医医院、西山县中医医院。',
      [
        ['市中医医院', '东山县中医医院', 'specialist_alliance', false],
        ['市中医医院', '西山县中医医院', 'specialist_alliance', false],
      ],
    ],
    [
      '牵头医院为X，成员单位为A、B',
      '第一医共体牵头医院为县人民医院，成员单位为东坪镇卫生院、西坪乡卫生院。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县人民医院', '西坪乡卫生院', CMC, false],
      ],
    ],
    [
      'an alliance named after its lead: X医共体成员单位为A、B',
      '县中医医院医共体成员单位为东坪镇卫生院、西坪乡卫生院。',
      [
        ['县中医医院', '东坪镇卫生院', CMC, false],
        ['县中医医院', '西坪乡卫生院', CMC, false],
      ],
    ],
    [
      'a shared institution after bare places (东湖街道、南湖街道社区卫生服务中心)',
      '由区人民医院牵头，联合东湖街道、南湖街道社区卫生服务中心组建城市医疗集团。',
      [
        ['区人民医院', '东湖街道社区卫生服务中心', 'city_medical_group', false],
        ['区人民医院', '南湖街道社区卫生服务中心', 'city_medical_group', false],
      ],
    ],
    [
      '以X为牵头医院，A、B为成员单位组建…',
      '以县人民医院为牵头医院，东坪镇卫生院、西坪乡卫生院为成员单位组建医共体。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县人民医院', '西坪乡卫生院', CMC, false],
      ],
    ],
    [
      'members that are a category only, kept as written and flagged',
      '由县人民医院牵头，成员单位为所有乡镇卫生院，组建县域医共体。',
      [['县人民医院', '所有乡镇卫生院', CMC, true]],
    ],
    [
      '吸纳… more members in the same sentence',
      '市妇幼保健院与市儿童医院组建儿科专科联盟，吸纳县级妇幼保健机构参加。',
      [
        ['市妇幼保健院', '市儿童医院', 'specialist_alliance', false],
        ['市妇幼保健院', '县级妇幼保健机构', 'specialist_alliance', true],
      ],
    ],
    [
      'two alliances in one sentence, apart by ；',
      '由县人民医院牵头，联合东坪镇卫生院组建第一医共体；由县中医医院牵头，联合西坪乡卫生院组建第二医共体。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县中医医院', '西坪乡卫生院', CMC, false],
      ],
    ],
    [
      'two alliances in one sentence, apart by a comma',
      '由县人民医院牵头，联合东坪镇卫生院组建第一医共体，由县中医医院牵头，联合西坪乡卫生院组建第二医共体。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县中医医院', '西坪乡卫生院', CMC, false],
      ],
    ],
    [
      'a list ending in 等',
      '由县人民医院牵头，联合东坪镇卫生院、西坪乡卫生院等组建医共体。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县人民医院', '西坪乡卫生院', CMC, false],
      ],
    ],
    [
      'X联合A、B with the kind in the paragraph (三二医联体)',
      '深化三二医联体建设。市第一人民医院联合东山县人民医院、西山县人民医院组建医联体。',
      [
        ['市第一人民医院', '东山县人民医院', 'tier3_tier2_alliance', false],
        ['市第一人民医院', '西山县人民医院', 'tier3_tier2_alliance', false],
      ],
    ],
    [
      'A、B和a category为成员单位的… (members before their role)',
      '组建以县人民医院为牵头单位，县中医医院、县妇幼保健院和12个乡镇卫生院为成员单位的县域医共体。',
      [
        ['县人民医院', '县中医医院', CMC, false],
        ['县人民医院', '县妇幼保健院', CMC, false],
        ['县人民医院', '12个乡镇卫生院', CMC, true],
      ],
    ],
    [
      '成立由X牵头，A、B参加的…',
      '成立由县人民医院牵头，东坪镇卫生院、西坪乡卫生院参加的医共体。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县人民医院', '西坪乡卫生院', CMC, false],
      ],
    ],
    [
      '依托X，联合A、B建设远程医疗协作网',
      '依托市人民医院，联合东山县人民医院、西山县人民医院建设远程医疗协作网。',
      [
        ['市人民医院', '东山县人民医院', 'telemedicine_network', false],
        ['市人民医院', '西山县人民医院', 'telemedicine_network', false],
      ],
    ],
    [
      'X为总院，A、B为分院',
      '组建县总医院，县人民医院为总院，东坪镇卫生院、西坪乡卫生院为分院。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县人民医院', '西坪乡卫生院', CMC, false],
      ],
    ],
    [
      '分别 then one member list per group, each named after its lead',
      '县人民医院、县中医医院分别牵头组建医共体，其中县人民医院医共体成员单位为东坪镇卫生院、西坪乡卫生院；县中医医院医共体成员单位为南坪镇卫生院。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县人民医院', '西坪乡卫生院', CMC, false],
        ['县中医医院', '南坪镇卫生院', CMC, false],
      ],
    ],
    [
      'a bracketed note: 第一医共体（牵头医院：X；成员单位：A、B）',
      '组建第一医共体（牵头医院：县人民医院；成员单位：东坪镇卫生院、西坪乡卫生院）。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县人民医院', '西坪乡卫生院', CMC, false],
      ],
    ],
    [
      'a member list written with commas after 成员单位为：',
      '由县人民医院牵头组建医共体，成员单位为：东坪镇卫生院，西坪乡卫生院，南坪镇卫生院。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县人民医院', '西坪乡卫生院', CMC, false],
        ['县人民医院', '南坪镇卫生院', CMC, false],
      ],
    ],
    [
      '由X作为牵头医院，整合区域内A、B等医疗卫生机构 (locative and 等… tail cut)',
      '由市第一人民医院作为牵头医院，整合区域内东关街道社区卫生服务中心、西关街道社区卫生服务中心等医疗卫生机构，组建城市医疗集团。',
      [
        ['市第一人民医院', '东关街道社区卫生服务中心', 'city_medical_group', false],
        ['市第一人民医院', '西关街道社区卫生服务中心', 'city_medical_group', false],
      ],
    ],
    [
      'X牵头组建…，纳入A、B',
      '市人民医院牵头组建北部医疗集团，纳入北城区人民医院、北关街道社区卫生服务中心。',
      [
        ['市人民医院', '北城区人民医院', 'city_medical_group', false],
        ['市人民医院', '北关街道社区卫生服务中心', 'city_medical_group', false],
      ],
    ],
    [
      'a department of a hospital leads: the hospital is the lead',
      '以市人民医院心血管内科为牵头科室，联合东山县人民医院组建心血管专科联盟。',
      [['市人民医院', '东山县人民医院', 'specialist_alliance', false]],
    ],
    [
      '以X远程医疗中心为枢纽，连接A、B',
      '以市人民医院远程医疗中心为枢纽，连接东山县人民医院、西山县人民医院，构建远程医疗协作网。',
      [
        ['市人民医院', '东山县人民医院', 'telemedicine_network', false],
        ['市人民医院', '西山县人民医院', 'telemedicine_network', false],
      ],
    ],
    [
      'bare places with different place words share the institution (城关镇、柳林乡卫生院)',
      '由县人民医院牵头，成员单位为城关镇、石桥镇、柳林乡卫生院，组建医共体。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
        ['县人民医院', '柳林乡卫生院', CMC, false],
      ],
    ],
    [
      'alliances named after their leads, members in brackets',
      '组建2个医共体：县人民医院医共体（成员单位：东坪镇卫生院、西坪乡卫生院）、县中医医院医共体（成员单位：南坪镇卫生院）。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县人民医院', '西坪乡卫生院', CMC, false],
        ['县中医医院', '南坪镇卫生院', CMC, false],
      ],
    ],
    [
      'members with their role in a later clause (…为副牵头单位，A、B为成员单位)',
      '由市人民医院牵头，市中医医院为副牵头单位，东关街道社区卫生服务中心、西关街道社区卫生服务中心为成员单位，组建城市医疗集团。',
      [
        ['市人民医院', '东关街道社区卫生服务中心', 'city_medical_group', false],
        ['市人民医院', '西关街道社区卫生服务中心', 'city_medical_group', false],
      ],
    ],
    [
      'X与A、B签订协议，组建…',
      '市人民医院与东山县人民医院、西山县人民医院签订协议，组建胸痛专科联盟。',
      [
        ['市人民医院', '东山县人民医院', 'specialist_alliance', false],
        ['市人民医院', '西山县人民医院', 'specialist_alliance', false],
      ],
    ],
    [
      '以X为总医院，整合A、B组建县域医疗集团',
      '以县人民医院为总医院，整合县中医医院、县妇幼保健院组建县域医疗集团。',
      [
        ['县人民医院', '县中医医院', CMC, false],
        ['县人民医院', '县妇幼保健院', CMC, false],
      ],
    ],
  ])('%s', (_rule, text, edges) => {
    expect(edgesOf(text)).toEqual(edges);
  });

  it.each([
    ['the lead is a category', '由县级公立医院牵头，联合乡镇卫生院组建医共体。'],
    ['the lead is a department (a responsibility)', '由县卫生健康局牵头，县医保局、县财政局配合，推进医共体建设。'],
    ['分别: one group per lead', '县人民医院、县中医院分别牵头组建2个医共体，成员单位为东坪镇卫生院、西坪乡卫生院。'],
    ['与 without a formation verb', '县人民医院与东坪镇卫生院签订医共体帮扶协议。'],
    ['联合 without an alliance', '由县人民医院牵头，联合县中医院开展远程会诊。'],
    ['和 between two subjects', '县人民医院和县中医院要在医共体建设中发挥龙头作用。'],
    ['联合 inside 医疗联合体', '加快推进医疗联合体建设，联合执法检查。'],
    ['以…为中心 is no lead', '以人民健康为中心，组建医共体。'],
  ])('no edge: %s', (_why, text) => {
    expect(edgesOf(text)).toEqual([]);
  });

  it('reports a statement whose lead is a category, with its quote', () => {
    const { report } = extractAlliances(plan('由县级公立医院牵头，联合乡镇卫生院组建医共体。'), vocab);
    expect(report?.map((r) => [r.kind, r.quote])).toEqual([['alliance-skipped', '县级公立医院牵头']]);
  });
});

describe('alliance members one a line or in a table', () => {
  it.each([
    [
      'a numbered list after 成员单位如下：',
      '由县人民医院牵头的医共体，成员单位如下：\n1.东坪镇卫生院\n2.西坪乡卫生院\n二、保障措施',
      ['东坪镇卫生院', '西坪乡卫生院'],
    ],
    [
      'labelled lines: 牵头医院：X, then 成员单位：A、B',
      '牵头医院：县人民医院\n成员单位：东坪镇卫生院、西坪乡卫生院',
      ['东坪镇卫生院', '西坪乡卫生院'],
    ],
  ])('%s', (_rule, body, members) => {
    const rows = (extractAlliances(plan(body, '一、县人民医院医共体'), vocab).datasets.alliances ??
      []) as AllianceRow[];
    expect(rows.map((r) => [r.lead_zh, r.member_zh])).toEqual(members.map((m) => ['县人民医院', m]));
  });

  it('a table with 医共体 | 牵头医院 | 成员单位 columns; an empty lead cell continues the lead above', () => {
    const body = [
      '各医共体组成如下。',
      '医共体\t牵头医院\t成员单位',
      '第一医共体\t县人民医院\t东坪镇卫生院、西坪乡卫生院',
      '第一医共体\t\t南坪镇卫生院',
      '第二医共体\t县中医医院\t北坪镇卫生院',
    ].join('\n');
    const doc = plan(body);
    const rows = (extractAlliances(doc, vocab).datasets.alliances ?? []) as AllianceRow[];
    expect(rows.map((r) => [r.alliance_id, r.lead_zh, r.member_zh, r.kind, r.source_kind])).toEqual([
      ['test-a01', '县人民医院', '东坪镇卫生院', CMC, 'table'],
      ['test-a01', '县人民医院', '西坪乡卫生院', CMC, 'table'],
      ['test-a01', '县人民医院', '南坪镇卫生院', CMC, 'table'],
      ['test-a02', '县中医医院', '北坪镇卫生院', CMC, 'table'],
    ]);
    for (const r of rows) expect(doc.clean.raw.slice(r.start, r.end)).toBe(r.quote);
    expect(rows[0]?.quote).toBe('第一医共体\t县人民医院\t东坪镇卫生院、西坪乡卫生院');
  });

  it('a member table under a statement that names the lead (成员单位见下表)', () => {
    const body = [
      '以县人民医院为牵头医院组建医共体，成员单位见下表。',
      '序号\t成员单位',
      '1\t东坪镇卫生院',
      '2\t西坪乡卫生院',
    ].join('\n');
    const rows = (extractAlliances(plan(body), vocab).datasets.alliances ?? []) as AllianceRow[];
    expect(rows.map((r) => [r.lead_zh, r.member_zh])).toEqual([
      ['县人民医院', '东坪镇卫生院'],
      ['县人民医院', '西坪乡卫生院'],
    ]);
  });

  it('a table with a name column only: the alliance is named after its lead (县人民医院医共体)', () => {
    const body = [
      '医共体名称\t成员单位',
      '县人民医院医共体\t东坪镇卫生院、西坪乡卫生院',
      '县中医医院医共体\t南坪镇卫生院',
    ].join('\n');
    const rows = (extractAlliances(plan(body), vocab).datasets.alliances ?? []) as AllianceRow[];
    expect(rows.map((r) => [r.alliance_id, r.lead_zh, r.member_zh])).toEqual([
      ['test-a01', '县人民医院', '东坪镇卫生院'],
      ['test-a01', '县人民医院', '西坪乡卫生院'],
      ['test-a02', '县中医医院', '南坪镇卫生院'],
    ]);
  });

  it('every quote, lead and member sits at its raw offsets (full-width text)', () => {
    const doc = plan(
      '由县人民医院牵头，联合东坪镇卫生院（中心卫生院）、西坪乡卫生院组建医共体；以市中心医院为龙头，联合县人民医院建设远程医疗协作网。',
    );
    const rows = (extractAlliances(doc, vocab).datasets.alliances ?? []) as AllianceRow[];
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(doc.clean.raw.slice(r.start, r.end)).toBe(r.quote);
      expect(doc.clean.raw.slice(r.lead_start, r.lead_end)).toBe(r.lead_zh);
      expect(doc.clean.raw.slice(r.member_start, r.member_end)).toBe(r.member_written_zh);
    }
    expect(rows[0]?.member_zh).toBe('东坪镇卫生院（中心卫生院）');
  });
});
