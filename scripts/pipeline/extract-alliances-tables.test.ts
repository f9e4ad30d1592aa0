// Alliance members one a line (after 成员单位：) or in a table (牵头医院 | 成员单位), on hand-written plans.
import { describe, expect, it } from 'vitest';
import { extractAlliances } from './extract-alliances.ts';
import type { AllianceRow } from '../../src/lib/schema/alliances.ts';
import { planFromText, vocab } from '../test-support/corpus.ts';

/** A plan around one paragraph (or several lines) of hand-written text. */
const plan = (body: string, heading = '一、主要任务') => planFromText(`某县实施方案\n\n${heading}\n\n${body}\n`);
const CMC = 'county_medical_community';

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

  it('a member column named by the kind of institution; names run together in a cell are split', () => {
    const body = ['医共体\t牵头医院\t乡镇卫生院', '第一医共体\t县人民医院\t东坪镇卫生院 西坪乡卫生院'].join('\n');
    const rows = (extractAlliances(plan(body), vocab).datasets.alliances ?? []) as AllianceRow[];
    expect(rows.map((r) => [r.lead_zh, r.member_zh])).toEqual([
      ['县人民医院', '东坪镇卫生院'],
      ['县人民医院', '西坪乡卫生院'],
    ]);
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

describe('alliance statements in the cells of a task table', () => {
  it('reads a cell as prose; the other cells do not join the statement', () => {
    const body = [
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t由县人民医院牵头，联合东坪镇卫生院、西坪乡卫生院组建医共体\t县卫健局\t2024年底',
    ].join('\n');
    const rows = (extractAlliances(plan(body), vocab).datasets.alliances ?? []) as AllianceRow[];
    expect(rows.map((r) => [r.lead_zh, r.member_zh, r.kind])).toEqual([
      ['县人民医院', '东坪镇卫生院', CMC],
      ['县人民医院', '西坪乡卫生院', CMC],
    ]);
  });
});

describe('an alliance set up by a row of a task table', () => {
  it('task 组建…医共体, lead an institution, partners its members; other tasks give no edge', () => {
    const body = [
      '序号\t重点任务\t牵头单位\t参与单位\t完成时限',
      '1\t组建紧密型县域医共体\t县人民医院\t东坪镇卫生院、西坪乡卫生院\t2024年6月',
      '2\t完善医保支付\t县医保局\t县卫健局\t2024年底',
      '3\t推进医共体建设\t县卫健局\t县人民医院\t2024年底',
    ].join('\n');
    const rows = (extractAlliances(plan(body), vocab).datasets.alliances ?? []) as AllianceRow[];
    expect(rows.map((r) => [r.lead_zh, r.member_zh, r.kind, r.source_kind])).toEqual([
      ['县人民医院', '东坪镇卫生院', CMC, 'table'],
      ['县人民医院', '西坪乡卫生院', CMC, 'table'],
    ]);
  });
});

describe('groups set out under headings: lead and members on labelled lines', () => {
  it('a numbered member list ends at the next heading', () => {
    const text = [
      '某市城市医疗集团建设方案',
      '一、集团设置',
      '（一）东部城市医疗集团',
      '牵头医院：市第一人民医院',
      '成员单位：',
      '1. 东城区人民医院',
      '2. 东关街道社区卫生服务中心',
      '（二）西部城市医疗集团',
      '牵头医院：市中心医院',
      '成员单位：西城区人民医院、西关街道社区卫生服务中心',
    ].join('\n\n');
    const rows = (extractAlliances(planFromText(`${text}\n`), vocab).datasets.alliances ?? []) as AllianceRow[];
    expect(rows.map((r) => [r.alliance_id, r.lead_zh, r.member_zh, r.kind])).toEqual([
      ['test-a01', '市第一人民医院', '东城区人民医院', 'city_medical_group'],
      ['test-a01', '市第一人民医院', '东关街道社区卫生服务中心', 'city_medical_group'],
      ['test-a02', '市中心医院', '西城区人民医院', 'city_medical_group'],
      ['test-a02', '市中心医院', '西关街道社区卫生服务中心', 'city_medical_group'],
    ]);
  });
});
