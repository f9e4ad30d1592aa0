// Commitments without a written number (issue 14 §6): which wordings imply 100 percent (or an increase), which do not.
import { describe, expect, it } from 'vitest';
import { vocab } from '../../test-support/corpus.ts';
import { impliedIn } from './implied.ts';
import { compileLexicon } from './lexicon.ts';

const lex = compileLexicon(vocab['target-lexicon']);
const read = (clause: string) => {
  const r = impliedIn(clause, lex);
  return r ? [r.comparator, r.value, clause.slice(0, r.nameEnd)] : null;
};

describe('impliedIn', () => {
  it.each([
    ['实现家庭医生签约服务全覆盖', ['eq', 100, '实现家庭医生签约服务全覆盖']],
    ['紧密型县域医共体建设实现县(市、区)全覆盖', ['eq', 100, '紧密型县域医共体建设实现县(市、区)全覆盖']],
    ['电子健康档案向居民个人开放基本实现全覆盖', ['eq', 100, '电子健康档案向居民个人开放基本实现全覆盖']],
    ['远程医疗服务覆盖全部乡镇卫生院', ['eq', 100, '远程医疗服务覆盖全部乡镇卫生院']],
    ['DRG/DIP支付方式改革覆盖所有统筹地区', ['eq', 100, 'DRG/DIP支付方式改革覆盖所有统筹地区']],
    ['全州8个县(市)全部建成紧密型县域医共体', ['eq', 100, '全州8个县(市)全部建成紧密型县域医共体']],
    [
      '医共体牵头医院全部达到县级医院医疗服务能力推荐标准',
      ['eq', 100, '医共体牵头医院全部达到县级医院医疗服务能力推荐标准'],
    ],
    ['全市所有县(市、区)医共体实现医保基金打包付费', ['eq', 100, '全市所有县(市、区)医共体实现医保基金打包付费']],
    ['力争全部县级中医医院达到医疗服务能力基本标准', ['eq', 100, '力争全部县级中医医院达到医疗服务能力基本标准']],
    ['市级临床重点专科数量翻一番', ['increase', 100, '市级临床重点专科数量']],
    ['住院量翻两番', ['increase', 300, '住院量']],
  ])('%s', (clause, want) => expect(read(clause)).toEqual(want));

  it.each([
    '推进家庭医生签约服务全覆盖', // a direction (推进), not a commitment to a level
    '所需经费全部由县财政承担', // who pays, not a coverage
    '尚未实现全覆盖', // negated
    '把健康融入所有政策', // 所有 with no verb of reaching after it
    '加强县级医院能力建设', // nothing implied
  ])('not implied: %s', (clause) => expect(read(clause)).toBeNull());
});
