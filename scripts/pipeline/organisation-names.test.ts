import { describe, expect, it } from 'vitest';
import { analyseName, expandAliases, splitPlace } from './organisation-analysis.ts';
import { scanOrganisations } from './organisation-names.ts';
import { readOrganisationVocab } from './organisation-vocab.ts';
import { vocab } from '../test-support/corpus.ts';

const v = readOrganisationVocab(vocab);

describe('analyseName', () => {
  // [name, named, type_id, place kind] — names from the corpus (source in the comment) and generic categories
  it.each([
    ['固原市人民医院', true, 'general_hospital', 'explicit'], // guyuan l.57
    ['市卫健委', true, 'government_department', 'bare'], // guyuan table
    ['独贵塔拉中心卫生院', true, 'township_health_centre', 'none'], // hangjin l.13
    ['旗蒙医综合医院', true, 'tcm_hospital', 'bare'], // hangjin l.7
    ['市中西医结合骨科医院', true, 'tcm_hospital', 'bare'], // yulin l.50
    ['市骨科医院', true, 'specialist_hospital', 'bare'], // yulin l.48
    ['界首市妇幼保健院', true, 'maternal_child_health', 'explicit'], // jieshou l.27
    ['旗疾控中心', true, 'cdc', 'bare'], // hangjin l.67
    ['医共体管理委员会', true, 'committee', 'none'], // hangjin l.14
    ['界首市深化医药卫生体制改革领导小组', true, 'committee', 'explicit'], // jieshou l.87
    ['市医改办', true, 'committee_office', 'bare'], // yulin l.62
    ['旗委', true, 'party_organ', 'bare'], // hangjin l.14
    ['市乡村振兴局', true, 'government_department', 'bare'], // jieshou l.120
    ['济源示范区管委会', true, 'government_department', 'explicit'], // henan l.3
    ['乡镇卫生院', false, 'township_health_centre', 'none'],
    ['县级医院', false, 'general_hospital', 'none'],
    ['牵头医院', false, 'general_hospital', 'none'],
    ['三级甲等综合医院', false, 'general_hospital', 'none'],
    ['县（区）公立医院'.replace('（', '(').replace('）', ')'), false, 'general_hospital', 'bare'],
    ['区域医疗中心', false, 'public_institution', 'none'],
    ['互联网医院', false, 'general_hospital', 'none'],
    // towns whose names hold 旗/县/区 (one character before it, then 镇/乡/街道/苏木) are one name, not a place prefix
    ['红旗镇卫生院', true, 'township_health_centre', 'none'],
    ['大旗乡卫生院', true, 'township_health_centre', 'none'],
    ['老县镇卫生院', true, 'township_health_centre', 'none'],
    ['北旗镇中心卫生院', true, 'township_health_centre', 'none'],
    ['新区街道社区卫生服务中心', true, 'community_health_centre', 'none'],
    ['沛县乡镇卫生院', false, 'township_health_centre', 'explicit'],
    ['城区乡镇卫生院', false, 'township_health_centre', 'none'],
  ])('%s → named %s, %s, place %s', (name, named, typeId, placeKind) => {
    const a = analyseName(name, v);
    expect(a).not.toBeNull();
    expect(a?.named).toBe(named);
    expect(a?.typeId).toBe(typeId);
    expect(a?.placeKind).toBe(placeKind);
  });

  it.each(['医疗机构', '村卫生室', '张三', ''])('%s has no organisation suffix', (name) => {
    expect(analyseName(name, v)).toBeNull();
  });

  it('a township is an organisation only in a committee list (锡尼镇镇长)', () => {
    expect(analyseName('锡尼镇', v)).toBeNull();
    expect(analyseName('锡尼镇', v, { fromList: true })?.typeId).toBe('township_government');
  });
});

describe('splitPlace and expandAliases', () => {
  it.each([
    ['玉林市第一人民医院', '玉林市', 'explicit'],
    ['市市场监管局', '市', 'bare'],
    ['县(区)医改办', '县(区)', 'bare'],
    ['市级公立医院', '', 'none'],
    ['社区卫生服务中心', '', 'none'],
    ['五县(区)县(区)域医疗健康总院', '', 'none'],
    ['建设省级区域专病中心', '', 'none'], // jieshou l.39
    ['红旗镇卫生院', '', 'none'],
    ['凤岭县红旗镇卫生院', '凤岭县', 'explicit'],
    ['沛县乡镇卫生院', '沛县', 'explicit'],
  ])('%s → %s (%s)', (name, prefix, kind) => {
    expect(splitPlace(name, v)).toEqual({ prefix, kind });
  });

  it.each([
    ['卫健委', '卫生健康委员会'],
    ['卫生健康委员会', '卫生健康委员会'],
    ['委编办', '委机构编制委员会办公室'],
    ['医改领导小组', '深化医药卫生体制改革领导小组'],
    ['人民政府', '人民政府'],
    ['政府', '人民政府'],
    ['中医院', '中医医院'],
  ])('%s → %s', (short, long) => {
    expect(expandAliases(short, v)).toBe(long);
  });
});

describe('scanOrganisations', () => {
  const named = (s: string) =>
    scanOrganisations(s, v)
      .filter((c) => c.analysis.named)
      .map((c) => c.analysis.written);
  it.each([
    // hangjin l.13: a 、-list of health centres whose names contain stop characters (和, 其)
    [
      '成员包括伊和乌素中心卫生院、巴音乌素中心卫生院、阿门其日格卫生院、胜利卫生院',
      ['伊和乌素中心卫生院', '巴音乌素中心卫生院', '阿门其日格卫生院', '胜利卫生院'],
    ],
    // hangjin l.14: departments with 和 inside their names
    [
      '旗委编办、发展和改革委员会、财政局、卫生健康委员会、人力资源和社会保障局、医疗保障局等旗直部门',
      ['旗委编办', '发展和改革委员会', '财政局', '卫生健康委员会', '人力资源和社会保障局', '医疗保障局'],
    ],
    // yulin l.52: 和 between two hospitals is a boundary
    [
      '加快推进玉林市第一人民医院和中山大学附属第一医院远程医疗政策试点项目',
      ['玉林市第一人民医院', '中山大学附属第一医院'],
    ],
    // guyuan l.57: a body followed by a role is the body
    ['充分发挥市人医院区域医疗中心作用', ['市人医院']],
    // henan l.39: 省委 after a verb
    ['认真贯彻落实省委关于加强全省公立医院党的建设工作部署', ['省委']],
    // jieshou l.15: a document number's issuer code is not a name
    ['《关于做好综合医改省级试点示范工作的通知》(皖医改〔2023〕3号)', []],
    ['构建有序就医、分级收治的新格局', []],
    ['坚持以人民健康为中心', []],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it('offsets index the scanned string', () => {
    const s = '由旗人民医院牵头的医共体';
    const [c] = scanOrganisations(s, v).filter((x) => x.analysis.named);
    expect(c && s.slice(c.start, c.end)).toBe('旗人民医院');
  });
});

describe('scanOrganisations: the longest valid form, never a fragment (issue 14 §10)', () => {
  const named = (s: string) =>
    scanOrganisations(s, v)
      .filter((c) => c.analysis.named)
      .map((c) => c.analysis.written);
  // [text (clean: brackets folded to ASCII), names that must be found, fragments that must not]
  it.each([
    ['理事会由县人民政府办公室、县财政局等部门组成', ['县人民政府办公室', '县财政局'], ['县人民政府']],
    ['省人民政府办公厅牵头建立联席会议制度', ['省人民政府办公厅'], ['省人民政府']],
    ['县政府办公室负责解释', ['县政府办公室'], ['县政府']],
    ['由县委组织部门负责干部配备', ['县委组织部门'], ['县委组织部']],
    ['各级组织部门、宣传部门要给予支持', [], ['组织部', '宣传部', '组织部门']],
    ['以市中心医院为龙头', ['市中心医院'], ['市中心']],
    ['省财政厅、省人力资源社会保障厅配合', ['省财政厅', '省人力资源社会保障厅'], ['省人力资源']],
    ['在政务服务大厅设立医保窗口', [], ['政务服务大厅']],
    ['市财政厅长出席', [], ['市财政厅']],
    ['其中县人民医院医共体由县人民医院牵头', ['县人民医院'], ['中县人民医院']],
    // a second nameplate in brackets is the same body (加挂牌子)
    [
      '由市卫生健康委员会(市中医药管理局)牵头',
      ['市卫生健康委员会(市中医药管理局)'],
      ['市卫生健康委员会', '市中医药管理局'],
    ],
    // a hospital in brackets after a department is a second body, not a nameplate
    ['由市卫健委(市人民医院)负责', ['市卫健委', '市人民医院'], []],
    // a generic role after a named body is still that body
    ['充分发挥市人医院区域医疗中心作用', ['市人医院'], ['市人医院区域医疗中心']],
  ])('%s', (text, found, fragments) => {
    const names = named(text);
    for (const f of found) expect(names).toContain(f);
    for (const f of fragments) expect(names).not.toContain(f);
  });

  it('short, long and width-variant forms of one body share the long form (卫健委 = 卫生健康委员会; 人社厅)', () => {
    expect(expandAliases('人社厅', v)).toBe('人力资源和社会保障厅');
    expect(expandAliases('人力资源社会保障厅', v)).toBe('人力资源和社会保障厅');
    expect(expandAliases('卫生健康委', v)).toBe('卫生健康委员会');
    expect(expandAliases('发改局', v)).toBe(expandAliases('发展和改革局', v));
    expect(expandAliases('卫计委', v)).toBe('卫生和计划生育委员会');
  });
});
