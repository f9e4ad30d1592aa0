// Scope and population columns (issue 14 §7): per unit, each, subset, unit of account; population groups.
import { describe, expect, it } from 'vitest';
import { vocab } from '../../test-support/corpus.ts';
import { compileLexicon } from './lexicon.ts';
import { populationOf, populationSpan, scopeOf } from './scope.ts';

const lex = compileLexicon(vocab['target-lexicon']);

describe('scopeOf', () => {
  it.each([
    ['每个乡镇卫生院至少派驻1名县级医院医师', '每个乡镇卫生院', true],
    ['每家社区卫生服务中心至少配备1辆救护车', '每家社区卫生服务中心', true],
    ['在每个设区市至少建成1个城市医疗集团', '每个设区市', true],
    ['每个县(市、区)以县级人民医院为龙头建立2个医共体', '每个县(市、区)', true],
    ['各县(区)原则上组建1至2个医共体', '各县(区)', false],
    ['各县(区)财政补助收入占公立医院总支出的比重不低于25%', '各县(区)', false], // a bracket closes the unit
    ['各县(市)的县级医院至少配备1名感染科医师', '各县(市)的县级医院', false], // 的 carries the phrase on
    ['其中三级医院不低于70%', '其中三级医院', false],
    ['以县为单位,适龄儿童免疫规划疫苗接种率保持在90%以上', '以县为单位', false],
    ['县域内就诊率达到90%以上', '', false],
  ])('%s → %j', (text, scope, perUnit) => {
    const at = text.search(/\d/g);
    const found = scopeOf(text, [0], at, { start: 0, end: text.length }, lex);
    expect([found.text, found.perUnit]).toEqual([scope, perUnit]);
    // Its span is where it stands, so the published column can quote the raw text.
    expect(found.span ? text.slice(found.span.start, found.span.end) : '').toBe(scope);
  });
});

describe('populationOf', () => {
  it.each([
    ['重点人群家庭医生签约率', '重点人群'],
    ['其中脱贫人口签约率', '脱贫人口'],
    ['65岁及以上老年人城乡社区规范健康管理服务率', '65岁及以上老年人'],
    ['0～6岁儿童健康管理率', '0～6岁儿童'],
    ['县域内就诊率', ''],
  ])('%s → %j', (prefix, population) => expect(populationOf(prefix, lex)).toBe(population));

  it('gives where the population stands in a longer text', () => {
    const text = '力争到2025年,重点人群家庭医生签约率达到75%';
    const comma = text.indexOf(',');
    const at = populationSpan(text, comma + 1, text.indexOf('75'), lex);
    expect(at && text.slice(at.start, at.end)).toBe('重点人群');
    expect(populationSpan(text, 0, comma, lex)).toBeNull();
  });
});
