// Alliance statements in prose (issue 14 §9): one hand-written sentence per rule.
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
      '以X为牵头医院，A、B为成员单位组建…',
      '以县人民医院为牵头医院，东坪镇卫生院、西坪乡卫生院为成员单位组建医共体。',
      [
        ['县人民医院', '东坪镇卫生院', CMC, false],
        ['县人民医院', '西坪乡卫生院', CMC, false],
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
      'X联合A、B with the kind in the paragraph (三二医联体)',
      '深化三二医联体建设。市第一人民医院联合东山县人民医院、西山县人民医院组建医联体。',
      [
        ['市第一人民医院', '东山县人民医院', 'tier3_tier2_alliance', false],
        ['市第一人民医院', '西山县人民医院', 'tier3_tier2_alliance', false],
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
      'X牵头组建…，纳入A、B',
      '市人民医院牵头组建北部医疗集团，纳入北城区人民医院、北关街道社区卫生服务中心。',
      [
        ['市人民医院', '北城区人民医院', 'city_medical_group', false],
        ['市人民医院', '北关街道社区卫生服务中心', 'city_medical_group', false],
      ],
    ],
    [
      'a department of a hospital leads without 由/以 (X胸痛中心牵头)',
      '市第一人民医院胸痛中心牵头，联合东山县人民医院组建胸痛专科联盟。',
      [['市第一人民医院', '东山县人民医院', 'specialist_alliance', false]],
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
    [
      '组建由X牵头、A和a category参与的… (members before 参与)',
      '组建由县人民医院牵头、县中医院和12个乡镇卫生院参与的紧密型县域医共体。',
      [
        ['县人民医院', '县中医院', CMC, false],
        ['县人民医院', '12个乡镇卫生院', CMC, true],
      ],
    ],
    [
      '以X为总院，A、B、各… category为分院',
      '全县组建1个紧密型医共体，以县人民医院为总院，县中医院、县妇幼保健院、各乡镇卫生院为分院。',
      [
        ['县人民医院', '县中医院', CMC, false],
        ['县人民医院', '县妇幼保健院', CMC, false],
        ['县人民医院', '各乡镇卫生院', CMC, true],
      ],
    ],
    [
      '牵头医院：X；成员单位：A、B (the list opens the next statement)',
      '第一医共体牵头医院：县人民医院；成员单位：城关镇卫生院、石桥镇卫生院。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
      ],
    ],
    [
      '依托X建设远程医疗协作网，覆盖a category',
      '依托市人民医院建设远程医疗协作网，覆盖全市所有乡镇卫生院。',
      [['市人民医院', '全市所有乡镇卫生院', 'telemedicine_network', true]],
    ],
    [
      '建立以X为中心的远程医疗协作网，覆盖A、B',
      '建立以市中心医院为中心的远程医疗协作网，覆盖白沙县人民医院、云岭县人民医院。',
      [
        ['市中心医院', '白沙县人民医院', 'telemedicine_network', false],
        ['市中心医院', '云岭县人民医院', 'telemedicine_network', false],
      ],
    ],
    [
      '由X牵头，与A、B共同组建…',
      '由市第一人民医院牵头，与白沙县人民医院、云岭县人民医院共同组建创伤专科联盟。',
      [
        ['市第一人民医院', '白沙县人民医院', 'specialist_alliance', false],
        ['市第一人民医院', '云岭县人民医院', 'specialist_alliance', false],
      ],
    ],
    [
      '将A、B纳入…',
      '组建以县人民医院为龙头的县域医共体，将城关镇卫生院、石桥镇卫生院纳入医共体管理。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
      ],
    ],
    [
      'X牵头组建的医共体包括A、B',
      '县人民医院牵头组建的医共体包括城关镇卫生院、石桥镇卫生院。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
      ],
    ],
    [
      'X医共体（成员：A、B）',
      '县人民医院医共体（成员：城关镇卫生院、石桥镇卫生院）。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
      ],
    ],
    [
      'X牵头A、B、C (no formation verb, the kind in an earlier sentence)',
      '全县组建2个医共体。县人民医院牵头城关镇卫生院、红旗镇卫生院、新区街道社区卫生服务中心。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '红旗镇卫生院', CMC, false],
        ['县人民医院', '新区街道社区卫生服务中心', CMC, false],
      ],
    ],
    [
      'X牵头A、B，then a clause that is no member',
      '组建县中医医院医共体。县中医医院牵头石桥乡卫生院、大旗乡卫生院，各村卫生室为相应乡镇卫生院的一体化管理单位。',
      [
        ['县中医医院', '石桥乡卫生院', CMC, false],
        ['县中医医院', '大旗乡卫生院', CMC, false],
      ],
    ],
    [
      '以X为核心单位，A、B为联盟成员单位，组建…',
      '以市第一人民医院为核心单位，县人民医院、县蒙医医院为联盟成员单位，组建胸痛专科联盟。',
      [
        ['市第一人民医院', '县人民医院', 'specialist_alliance', false],
        ['市第一人民医院', '县蒙医医院', 'specialist_alliance', false],
      ],
    ],
  ])('%s', (_rule, text, edges) => {
    expect(edgesOf(text)).toEqual(edges);
  });

  it.each([
    ['X牵头 a task, not a list', '县卫生健康局牵头制定医共体章程，县财政局配合落实经费保障。'],
    ['a hospital 牵头 a task', '县人民医院牵头开展医共体培训。'],
    ['X牵头 a list holding a task word', '医共体建设中，县人民医院牵头城关镇卫生院开展巡诊。'],
    ['the lead is a category', '由县级公立医院牵头，联合乡镇卫生院组建医共体。'],
    ['the lead is a department (a responsibility)', '由县卫生健康局牵头，县医保局、县财政局配合，推进医共体建设。'],
    ['分别: one group per lead', '县人民医院、县中医院分别牵头组建2个医共体，成员单位为东坪镇卫生院、西坪乡卫生院。'],
    ['与 without a formation verb', '县人民医院与东坪镇卫生院签订医共体帮扶协议。'],
    ['联合 without an alliance', '由县人民医院牵头，联合县中医院开展远程会诊。'],
    ['和 between two subjects', '县人民医院和县中医院要在医共体建设中发挥龙头作用。'],
    ['联合 inside 医疗联合体', '加快推进医疗联合体建设，联合执法检查。'],
    ['以…为中心 is no lead', '以人民健康为中心，组建医共体。'],
    ['a lead and a kind but no members', '支持市人民医院牵头组建区域专科联盟。'],
    ['由A、B和C组成 with no lead named', '全县医共体由县人民医院、县中医院和12个乡镇卫生院组成。'],
    ['甲等 is part of a name, not a tail', '由县人民医院牵头创建二级甲等医院。'],
  ])('no edge: %s', (_why, text) => {
    expect(edgesOf(text)).toEqual([]);
  });

  it('reports a statement whose lead is a category, with its quote', () => {
    const { report } = extractAlliances(plan('由县级公立医院牵头，联合乡镇卫生院组建医共体。'), vocab);
    expect(report?.map((r) => [r.kind, r.quote])).toEqual([['alliance-skipped', '县级公立医院牵头']]);
  });
});

describe('alliances named in one sentence, filled in another', () => {
  it.each([
    [
      '分别牵头组建东部、西部…, then 东部…成员单位包括…',
      '市第一人民医院、市中心医院分别牵头组建东部、西部城市医疗集团。东部城市医疗集团成员单位包括东城区人民医院、东关街道社区卫生服务中心；西部城市医疗集团成员单位包括西城区人民医院。',
      [
        ['市第一人民医院', '东城区人民医院', 'city_medical_group', false],
        ['市第一人民医院', '东关街道社区卫生服务中心', 'city_medical_group', false],
        ['市中心医院', '西城区人民医院', 'city_medical_group', false],
      ],
    ],
    [
      'X牵头组建东部…, then 东部…由A、B组成',
      '市第一人民医院牵头组建东部城市医疗集团，市中心医院牵头组建西部城市医疗集团。东部城市医疗集团由东城区人民医院、东关街道社区卫生服务中心组成。',
      [
        ['市第一人民医院', '东城区人民医院', 'city_medical_group', false],
        ['市第一人民医院', '东关街道社区卫生服务中心', 'city_medical_group', false],
      ],
    ],
  ])('%s', (_rule, text, edges) => {
    expect(edgesOf(text)).toEqual(edges);
  });

  it('a name never given to a lead brings none (南部城市医疗集团)', () => {
    expect(edgesOf('市第一人民医院牵头组建东部城市医疗集团。南部城市医疗集团成员单位包括南城区人民医院。')).toEqual([]);
  });
});
