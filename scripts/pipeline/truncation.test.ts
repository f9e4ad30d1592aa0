// When does a text stop mid-sentence? Table-driven on the endings plans have.
import { describe, expect, it } from 'vitest';
import { planFromText } from '../test-support/corpus.ts';
import { endsMidSentence } from './truncation.ts';

const shapes = (text: string) =>
  text
    .split('\n')
    .map((t) => ({ text: t, tabular: t.includes('\t') || t.includes('|'), listItem: t.startsWith('- ') }));

describe('endsMidSentence', () => {
  it.each([
    ['a sentence cut before its number', '一、目标\n到2023年,医共体内'],
    ['a cut after a comma in a long clause', '推进建设。\n县级医院要加强专科建设,提升急危重症救治能力和县域内'],
    ['a list item cut while the items before it end in 。', '①县域内就诊率达到90%。\n②基层就诊率达到65%,县域内住院'],
  ])('cut: %s', (_label, text) => expect(endsMidSentence(shapes(text))).toBe(true));

  it.each([
    ['a finished sentence', '一、目标\n推进建设。'],
    ['a contact line', '(2)每个乡镇卫生院至少有2名全科医生。\n联系人:县卫生健康局办公室 李某,电话 0830-6123789'],
    ['a signature date', '加强领导。\n某县卫生健康局\n2024年3月12日'],
    ['(此件公开发布)', '加强领导。\n某市人民政府\n(此件公开发布)'],
    ['a copy-to line', '加强领导。\n抄送:市卫生健康委,市医保局'],
    ['a table row', '序号\t指标\t2025年\n1\t县域内就诊率,基层就诊率\t90'],
    ['a pipe row', '| 序号 | 指标 |\n| 1 | 县域内就诊率,基层就诊率 |'],
    ['a Markdown bullet', '- 县域内就诊率达到90%,基层就诊率'],
    [
      'a list written without end punctuation',
      '①县域内就诊率提升至90%,基层就诊率增至65%\n②每个县至少建成3个县级临床重点专科\n③县级医院出院患者三四级手术占比维持在25%以上',
    ],
    ['a signature without a date', '加强领导。\n某县人民政府办公室'],
  ])('not cut: %s', (_label, text) => expect(endsMidSentence(shapes(text))).toBe(false));
});

describe('completeness of a plan', () => {
  it.each([
    [
      'a plan that ends with a contact line',
      '某县2024年工作计划\n\n1.深化改革\n\n（1）县域内就诊率保持在90%以上。\n\n联系人：李某，电话 0830-6123789\n',
      true,
    ],
    ['a plan that ends with a table', '某县规划\n\n一、指标\n\n序号\t指标\t2025年\n1\t县域内就诊率\t90\n', true],
    ['a web excerpt cut mid-sentence', '某州实施方案\n\n一、目标\n\n到2023年，医共体内\n', false],
  ])('%s', (_label, text, complete) => {
    const doc = planFromText(text);
    expect(doc.front.complete).toBe(complete);
    expect(doc.notes.some((n) => n.code === 'truncated')).toBe(!complete);
  });
});
