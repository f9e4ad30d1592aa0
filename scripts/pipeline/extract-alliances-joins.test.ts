// Alliance wordings added for issue 14 (second pass): members that join (加入/划入), 总院/分院, plus-sign lists,
// an alliance named after one of its items, a marked lead with its members one a line, item labels (第三条) before a
// lead. Each rule: hand-written Chinese snippets that must give these edges, and ones that must give none.
import { describe, expect, it } from 'vitest';
import { extractAlliances } from './extract-alliances.ts';
import type { AllianceRow } from '../../src/lib/schema/alliances.ts';
import { planFromText, vocab } from '../test-support/corpus.ts';

const plan = (body: string, heading = '一、主要任务') => planFromText(`某县实施方案\n\n${heading}\n\n${body}\n`);
const edgesOf = (body: string, heading?: string) =>
  ((extractAlliances(plan(body, heading), vocab).datasets.alliances ?? []) as AllianceRow[])
    .filter((r) => !r.member_category)
    .map((r) => [r.lead_zh, r.member_zh, r.kind]);
const CMC = 'county_medical_community';

describe('alliance wordings: joins, 总院/分院, plus lists, named after an item, marked leads, labels', () => {
  it.each([
    [
      'A、B加入X医共体 (the alliance named after its lead)',
      '东岭镇卫生院、西岭乡卫生院加入县人民医院医共体。',
      [
        ['县人民医院', '东岭镇卫生院', CMC],
        ['县人民医院', '西岭乡卫生院', CMC],
      ],
    ],
    ['将A划入X医共体', '将南坪镇中心卫生院划入县中医院医共体。', [['县中医院', '南坪镇中心卫生院', CMC]]],
    [
      'X加入Y牵头的…专科联盟 (Y leads)',
      '县人民医院加入市中心医院牵头的卒中专科联盟。',
      [['市中心医院', '县人民医院', 'specialist_alliance']],
    ],
    [
      '以X为总院，以A、B为分院，组建…',
      '以县人民医院为总院，以东坪镇卫生院、西坪乡卫生院为分院，组建县人民医院医共体。',
      [
        ['县人民医院', '东坪镇卫生院', CMC],
        ['县人民医院', '西坪乡卫生院', CMC],
      ],
    ],
    [
      '总院为X，分院为A、B (kind from the heading)',
      '总院为县中医医院，分院为柳镇卫生院、桑园乡卫生院。',
      [
        ['县中医医院', '柳镇卫生院', CMC],
        ['县中医医院', '桑园乡卫生院', CMC],
      ],
      '（二）县中医医院医疗健康集团',
    ],
    [
      'X＋A＋B (the first item leads)',
      '医共体一：县人民医院＋城西镇卫生院＋黄岗乡卫生院',
      [
        ['县人民医院', '城西镇卫生院', CMC],
        ['县人民医院', '黄岗乡卫生院', CMC],
      ],
    ],
    [
      'X医共体由X和A、B卫生院共同组成 (named after one of its items)',
      '县中医院医共体由县中医院和石岭镇、竹林乡卫生院共同组成。',
      [
        ['县中医院', '石岭镇卫生院', CMC],
        ['县中医院', '竹林乡卫生院', CMC],
      ],
    ],
    [
      'X牵头，会同A、B共同组建…',
      '市第二人民医院牵头，会同东山县中医院、西山县中医院共同组建卒中专科联盟。',
      [
        ['市第二人民医院', '东山县中医院', 'specialist_alliance'],
        ['市第二人民医院', '西山县中医院', 'specialist_alliance'],
      ],
    ],
    [
      '依托X…建设协作网，向下连接A和B',
      '依托市人民医院远程医学中心建设远程医疗协作网，向下连接东山县人民医院和西山县人民医院。',
      [
        ['市人民医院', '东山县人民医院', 'telemedicine_network'],
        ['市人民医院', '西山县人民医院', 'telemedicine_network'],
      ],
    ],
    [
      '第三条 X为牵头单位，吸收A、B参加 (the label is no part of the lead)',
      '第三条 县中医院为牵头单位，吸收南坝镇卫生院、梅岭乡卫生院参加，组建县中医院医共体。',
      [
        ['县中医院', '南坝镇卫生院', CMC],
        ['县中医院', '梅岭乡卫生院', CMC],
      ],
    ],
    [
      'X（牵头医院） alone, then the members one a line',
      '县中医院（牵头医院）\n\n平安镇中心卫生院\n\n西岭乡卫生院',
      [
        ['县中医院', '平安镇中心卫生院', CMC],
        ['县中医院', '西岭乡卫生院', CMC],
      ],
      '二、县中医院医共体',
    ],
  ])('%s', (_rule, text, edges, heading?: string) => {
    expect(edgesOf(text, heading)).toEqual(edges);
  });

  it.each([
    ['a negated join (不纳入医共体)', '县妇幼保健院、县疾病预防控制中心不纳入医共体，与医共体建立协作关系。'],
    ['a join with no named lead', '全县乡镇卫生院全部加入紧密型县域医共体。'],
    [
      '托管 and 对口支援 are no alliance',
      '县人民医院托管白沙乡卫生院。省人民医院对口支援县人民医院，市中心医院对口帮扶县中医院。',
    ],
    ['a plus sign between categories (1+N)', '全县按照“1+N”模式组建两个医共体。'],
    ['a plus list with an item that names no institution', '医共体一：县人民医院＋若干乡镇'],
  ])('gives no named edge for %s', (_rule, text) => {
    expect(edgesOf(text)).toEqual([]);
  });
});
