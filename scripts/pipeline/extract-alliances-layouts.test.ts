// Alliance wordings of real county plans (issue 14, third pass): a lead word straight before the name (牵头单位X),
// roles that name the alliance (作为医共体牵头医院, 为医共体成员单位), counts after a list (共3家, （合计3家）, 3家分院),
// 下辖/向下辐射 openers, 构建覆盖A、B的协作网, a gloss between the lead and 牵头, the higher tier of a pair leading
// (X与省人民医院签订医联体合作协议), tables whose lead cells are merged over rows. Each rule: snippets that must give
// these edges, and snippets that must give none.
import { describe, expect, it } from 'vitest';
import { extractAlliances } from './extract-alliances.ts';
import type { AllianceRow } from '../../src/lib/schema/alliances.ts';
import { planFromText, vocab } from '../test-support/corpus.ts';
import { tierOf } from './extract-alliances-tiers.ts';
import { readOrganisationVocab } from './organisation-vocab.ts';

const plan = (body: string, heading = '一、医共体组建') => planFromText(`某县实施方案\n\n${heading}\n\n${body}\n`);
const rowsOf = (body: string, heading?: string) =>
  (extractAlliances(plan(body, heading), vocab).datasets.alliances ?? []) as AllianceRow[];
const edgesOf = (body: string, heading?: string) =>
  rowsOf(body, heading).map((r) => [r.lead_zh, r.member_zh, r.kind, r.member_category]);
const CMC = 'county_medical_community';
const RMA = 'regional_medical_alliance';
const TEL = 'telemedicine_network';
const three = (lead: string, kind = CMC) =>
  ['城关镇卫生院', '石桥镇卫生院', '东风乡卫生院'].map((m) => [lead, m, kind, false]);

describe('alliance layouts of real county plans: must find', () => {
  it.each([
    [
      'X医共体：牵头单位X，成员单位为… (the lead word straight before the name)',
      '1.县人民医院医共体：牵头单位县人民医院，成员单位为城关镇卫生院、石桥镇卫生院、东风乡卫生院。',
      three('县人民医院'),
    ],
    [
      'X作为医共体牵头医院 (the kind inside the lead role)',
      '县人民医院作为医共体牵头医院，成员单位为城关镇卫生院、石桥镇卫生院及东风乡卫生院。',
      three('县人民医院'),
    ],
    [
      'X为医共体牵头单位，A、B、C为医共体成员单位 (the kind inside the member role)',
      '县人民医院为医共体牵头单位，城关镇卫生院、石桥镇卫生院、东风乡卫生院为医共体成员单位。',
      three('县人民医院'),
    ],
    [
      '将A、B、C作为医共体分院',
      '以县人民医院为牵头单位，组建县域医共体，将城关镇卫生院、石桥镇卫生院、东风乡卫生院作为医共体分院。',
      three('县人民医院'),
    ],
    [
      '（共3家） after the list',
      '牵头医院：县中医院；成员单位：城关镇卫生院、石桥镇卫生院、东风乡卫生院（共3家）。',
      three('县中医院'),
    ],
    [
      '共3家 after the list',
      '组建县人民医院医共体，牵头单位为县人民医院，成员单位包括城关镇卫生院、石桥镇卫生院和东风乡卫生院共3家。',
      three('县人民医院'),
    ],
    [
      '下辖A、B、C3家分院 (the count straight after the last member)',
      '第一医共体以县人民医院为牵头医院，下辖城关镇卫生院、石桥镇卫生院、东风乡卫生院3家分院。',
      three('县人民医院'),
    ],
    [
      '向下辐射A、B',
      '以县人民医院为中心，向下辐射城关镇卫生院、石桥镇卫生院，建设县域远程医疗协作网。',
      [
        ['县人民医院', '城关镇卫生院', TEL, false],
        ['县人民医院', '石桥镇卫生院', TEL, false],
      ],
    ],
    [
      '构建覆盖A、B和各乡镇卫生院的远程医疗协作网 (的 before the kind closes the list)',
      '依托市人民医院远程医学中心，构建覆盖松山县人民医院、柳河县人民医院和各乡镇卫生院的远程医疗协作网。',
      [
        ['市人民医院', '松山县人民医院', TEL, false],
        ['市人民医院', '柳河县人民医院', TEL, false],
        ['市人民医院', '各乡镇卫生院', TEL, true],
      ],
    ],
    [
      'X（gloss）牵头 (the gloss stays out of the lead)',
      '县人民医院（县医共体总院）牵头，联合城关镇卫生院、石桥镇卫生院组建医共体。',
      [
        ['县人民医院', '城关镇卫生院', CMC, false],
        ['县人民医院', '石桥镇卫生院', CMC, false],
      ],
    ],
    [
      '县级X与市级Y组建医联体 (the higher tier leads)',
      '县人民医院与市中心医院组建紧密型医联体。',
      [['市中心医院', '县人民医院', RMA, false]],
    ],
    [
      'X与省级Y签订医联体合作协议 (an agreement that forms the alliance)',
      '县中医院与省中医院签订医联体合作协议，开展专家坐诊。',
      [['省中医院', '县中医院', RMA, false]],
    ],
    [
      '市级X与县级Y组建医联体 (written in tier order: unchanged)',
      '市第一人民医院与县人民医院组建城乡医联体。',
      [['市第一人民医院', '县人民医院', RMA, false]],
    ],
    [
      'an opener past a clause that says something else (按照…的思路，整合A、B、C)',
      '以县人民医院为牵头医院，按照县乡一体、乡村一体的思路，整合城关镇卫生院、石桥镇卫生院、东风乡卫生院，组建县人民医院医共体。',
      three('县人民医院'),
    ],
    [
      'the next sentence refers back (该医共体成员单位为…)',
      '县人民医院牵头组建县域医共体。该医共体成员单位为城关镇卫生院、石桥镇卫生院和东风乡卫生院。',
      three('县人民医院'),
    ],
    [
      'X医共体：A、B、C (named after its lead, then only bodies)',
      '县人民医院医共体：城关镇卫生院、石桥镇卫生院、东风乡卫生院。',
      three('县人民医院'),
    ],
    [
      'X医共体，成员单位为… (a comma after the name)',
      '组建两个医共体：县人民医院医共体，成员单位为城关镇卫生院、石桥镇卫生院、东风乡卫生院；县中医院医共体，成员单位为西河乡卫生院。',
      [...three('县人民医院'), ['县中医院', '西河乡卫生院', CMC, false]],
    ],
    [
      'X医共体下辖A、B、C3个分院',
      '县人民医院医共体下辖城关镇卫生院、石桥镇卫生院、东风乡卫生院3个分院。',
      three('县人民医院'),
    ],
    [
      '联合A，B，C组建… (a list over commas up to the formation verb)',
      '由市人民医院牵头，联合县人民医院，县中医院，县妇幼保健院组建胸痛专科联盟。',
      ['县人民医院', '县中医院', '县妇幼保健院'].map((m) => ['市人民医院', m, 'specialist_alliance', false]),
    ],
    [
      'an ordinal in digits inside a name (县第１人民医院, width folded)',
      '由县第１人民医院牵头，联合城关镇卫生院、石桥镇卫生院组建医共体。',
      [
        ['县第１人民医院', '城关镇卫生院', CMC, false],
        ['县第１人民医院', '石桥镇卫生院', CMC, false],
      ],
    ],
  ])('%s', (_rule, text, edges) => {
    expect(edgesOf(text)).toEqual(edges);
  });

  it.each([
    ['a run-in heading', '（一）县人民医院医共体。由县人民医院牵头，成员单位：城关镇卫生院、石桥镇卫生院。'],
    [
      'a heading, then the lead and a list one a line',
      '（一）县人民医院医共体\n由县人民医院牵头，成员单位：\n1.城关镇卫生院\n2.石桥镇卫生院',
    ],
  ])('由X牵头，成员单位：… with the kind only in %s', (_where, text) => {
    expect(edgesOf(text, '二、组建安排')).toEqual([
      ['县人民医院', '城关镇卫生院', CMC, false],
      ['县人民医院', '石桥镇卫生院', CMC, false],
    ]);
  });

  it('a count after the last member stays out of its name and quote span', () => {
    const rows = rowsOf('牵头医院：县中医院；成员单位：城关镇卫生院、东风乡卫生院（共2家）。');
    expect(rows.map((r) => r.member_written_zh)).toEqual(['城关镇卫生院', '东风乡卫生院']);
  });
});

describe('alliance layouts of real county plans: must find nothing', () => {
  it.each([
    ['托管 is no membership', '县中医院托管石桥镇卫生院，实行人财物统一管理。'],
    ['对口帮扶 is no membership', '省人民医院对口帮扶县人民医院，每年派驻专家不少于5名。'],
    ['a help agreement forms no alliance', '县人民医院与省人民医院签订对口帮扶协议。'],
    ['a lead word inside a sentence is not a bare lead', '各医共体牵头医院院长兼任总院长，成员单位负责人为班子成员。'],
    ['总院长 is not 总院', '总院长由县人民医院院长担任，分院院长由总院提名。'],
    ['a count alone names no member', '县人民医院医共体成员单位共12家。'],
    [
      'a far clause that is not only bodies',
      '以县人民医院为牵头医院，按照统一规划的要求，整合全县医疗资源和服务，组建医共体。',
    ],
    ['a colon list that holds more than bodies', '县人民医院医共体：由县人民医院牵头负责日常管理。'],
    ['下设 departments', '县人民医院医共体下设办公室、质控中心两个机构。'],
  ])('%s', (_why, text) => {
    expect(edgesOf(text).filter((e) => e[3] === false)).toEqual([]);
  });
});

describe('tables whose lead cell is merged over rows', () => {
  it.each([
    [
      'a pipe table (empty name and lead cells under the first row)',
      '| 医共体名称 | 牵头医院 | 成员单位 |\n| --- | --- | --- |\n| 县人民医院医共体 | 县人民医院 | 城关镇卫生院 |\n|  |  | 石桥镇卫生院 |\n| 县中医院医共体 | 县中医院 | 西河乡卫生院 |\n|  |  | 北山乡卫生院 |',
    ],
    [
      'a tab table',
      '医共体\t牵头医院\t成员单位\n县人民医院医共体\t县人民医院\t城关镇卫生院\n\t\t石桥镇卫生院\n县中医院医共体\t县中医院\t西河乡卫生院\n\t\t北山乡卫生院',
    ],
  ])('%s: every row under the lead it continues', (_layout, table) => {
    expect(edgesOf(table)).toEqual([
      ['县人民医院', '城关镇卫生院', CMC, false],
      ['县人民医院', '石桥镇卫生院', CMC, false],
      ['县中医院', '西河乡卫生院', CMC, false],
      ['县中医院', '北山乡卫生院', CMC, false],
    ]);
  });

  it('a group label in the first column still labels the rows after it (no edge from it)', () => {
    const doc = plan(
      '| 序号 | 牵头医院 | 成员单位 |\n|---|---|---|\n| 一、东片 | | |\n| 1 | 县人民医院 | 城关镇卫生院 |',
    );
    expect(doc.tables[0]?.groups?.map((g) => g.cell.text)).toEqual(['一、东片']);
    expect(doc.tables[0]?.rows.map((r) => r[2]?.text)).toEqual(['城关镇卫生院']);
  });
});

describe('tiers of care', () => {
  const w = readOrganisationVocab(vocab).allianceWords;
  it.each([
    ['省人民医院', 0],
    ['某某大学第一附属医院', 0],
    ['市中心医院', 1],
    ['云岭市第一人民医院', 1],
    ['县人民医院', 2],
    ['松山县中医院', 2],
    ['东城街道社区卫生服务中心', 3],
    ['城关镇卫生院', 3],
    ['人民医院', null],
  ])('%s → %s', (name, tier) => {
    expect(tierOf(name, w)).toBe(tier);
  });
});
