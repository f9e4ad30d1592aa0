// Alliance member lists (issue 14 §9): how a list is split, trimmed, completed and classified; one sentence per rule.
import { describe, expect, it } from 'vitest';
import { extractAlliances } from './extract-alliances.ts';
import type { AllianceRow } from '../../src/lib/schema/alliances.ts';
import { planFromText, vocab } from '../test-support/corpus.ts';

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

describe('alliance member lists: split, trimmed, completed, classified', () => {
  // [rule, text, edges as [lead, member, kind, member is a category]]
  it.each([
    [
      'a shared institution after bare places (东湖街道、南湖街道社区卫生服务中心)',
      '由区人民医院牵头，联合东湖街道、南湖街道社区卫生服务中心组建城市医疗集团。',
      [
        ['区人民医院', '东湖街道社区卫生服务中心', 'city_medical_group', false],
        ['区人民医院', '南湖街道社区卫生服务中心', 'city_medical_group', false],
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
      'a list ending in 等',
      '由县人民医院牵头，联合东坪镇卫生院、西坪乡卫生院等组建医共体。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县人民医院', '西坪乡卫生院', CMC, false],
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
      'bare places with different place words share the institution (城关镇、柳林乡卫生院)',
      '由县人民医院牵头，成员单位为城关镇、石桥镇、柳林乡卫生院，组建医共体。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
        ['县人民医院', '柳林乡卫生院', CMC, false],
      ],
    ],
    [
      'a list ending in 等5家乡镇卫生院共同参与',
      '由县人民医院牵头，城关镇卫生院、石桥镇卫生院等5家乡镇卫生院共同参与，组建医共体。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
      ],
    ],
    [
      'a bare name without a place word takes the place word too (东城、西城街道…)',
      '由区人民医院牵头，联合东城、西城街道社区卫生服务中心组建城市医疗集团。',
      [
        ['区人民医院', '东城街道社区卫生服务中心', 'city_medical_group', false],
        ['区人民医院', '西城街道社区卫生服务中心', 'city_medical_group', false],
      ],
    ],
    [
      'several clauses that give members a role',
      '以市第一人民医院为核心医院，东城区人民医院为枢纽医院，东城街道社区卫生服务中心、北关街道社区卫生服务中心为网底，组建城市医疗集团。',
      [
        ['市第一人民医院', '东城区人民医院', 'city_medical_group', false],
        ['市第一人民医院', '东城街道社区卫生服务中心', 'city_medical_group', false],
        ['市第一人民医院', '北关街道社区卫生服务中心', 'city_medical_group', false],
      ],
    ],
    [
      '由A、B、C组成 with the lead named among them (A为牵头医院)',
      '县域医共体由县人民医院、城关镇卫生院、石桥镇卫生院组成，县人民医院为牵头医院。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
      ],
    ],
    [
      'a lead marked in brackets: A（牵头医院）、B、C',
      '第一医共体：县人民医院（牵头医院）、城关镇卫生院、石桥镇卫生院。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
      ],
    ],
    [
      'members apart by ；',
      '由县人民医院牵头组建县域医疗共同体，成员单位：城关镇卫生院；石桥镇卫生院；柳林乡卫生院。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
        ['县人民医院', '柳林乡卫生院', CMC, false],
      ],
    ],
    [
      'members labelled ①②③ inside the sentence',
      '由县人民医院牵头组建医共体，成员单位为：①城关镇卫生院；②石桥镇卫生院；③柳林乡卫生院。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
        ['县人民医院', '柳林乡卫生院', CMC, false],
      ],
    ],
    [
      'members labelled （1）（2） inside the sentence',
      '由县人民医院牵头组建医共体，成员单位包括：（1）城关镇卫生院；（2）石桥镇卫生院。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
      ],
    ],
    [
      'a list ending in 等公共卫生机构',
      '由县人民医院牵头，联合县疾控中心、县妇幼保健院等公共卫生机构组建医共体。',
      [
        ['县人民医院', '县疾控中心', CMC, false],
        ['县人民医院', '县妇幼保健院', CMC, false],
      ],
    ],
  ])('%s', (_rule, text, edges) => {
    expect(edgesOf(text)).toEqual(edges);
  });
});
