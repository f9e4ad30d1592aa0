// Sentences and clauses on real snippets (clean text: full-width punctuation folded).
import { describe, expect, it } from 'vitest';
import {
  CLAUSE_STOPS,
  clauseEnd,
  clausesOf,
  clauseStart,
  insideBrackets,
  PHRASE_STOPS,
  piecesEndingWith,
  sentencesOf,
} from './clauses.ts';

const pieces = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('sentencesOf', () => {
  it.each([
    [
      '力争到2021年底,县(区)域内就诊率达到90%以上。财政补助不低于25%',
      ['力争到2021年底,县(区)域内就诊率达到90%以上。', '财政补助不低于25%'],
    ], // guyuan
    ['坚持政府主导!落实责任?', ['坚持政府主导!', '落实责任?']],
    ['', []],
  ])('%s', (text, want) => expect(pieces(text, sentencesOf(text))).toEqual(want));
});

describe('clausesOf', () => {
  it.each([
    // guyuan: 县(区) is a short bracket inside a word, not a cut
    ['力争到2021年底,县(区)域内就诊率达到90%以上。', ['力争到2021年底', '县(区)域内就诊率达到90%以上'], [',', '。']],
    // yulin: a condition closed by a comma; the bracketed gloss longer than 7 characters is cut at both ends
    ['总体转出率>20%的,每年要降低5%;', ['总体转出率>20%的', '每年要降低5%'], [',', ';']],
    ['建立协作网(覆盖全部乡镇卫生院和村卫生室)。', ['建立协作网', '覆盖全部乡镇卫生院和村卫生室'], ['(', ')']],
    ['目标:达到65%', ['目标', '达到65%'], [':', '']],
  ])('%s', (text, want, closers) => {
    const clauses = clausesOf(text, { start: 0, end: text.length });
    expect(pieces(text, clauses)).toEqual(want);
    expect(clauses.map((c) => c.closer)).toEqual(closers);
  });
});

describe('clauseStart and clauseEnd', () => {
  it.each([
    // instruments: the clause around 结余留用 (guyuan)
    [
      '实行“总额付费、监督考核、结余留用、合理超支分担”,推进支付方式改革',
      '结余留用',
      CLAUSE_STOPS,
      '实行“总额付费、监督考核、结余留用、合理超支分担”',
    ],
    // principles: the phrase after 坚持 stops at 。
    ['坚持政府主导。强化公益性', '政府主导', PHRASE_STOPS, '坚持政府主导'],
    ['到2021年底前:完成组建', '完成', ',;', '到2021年底前:完成组建'],
  ])('%s', (text, word, stops, want) => {
    const at = text.indexOf(word);
    expect(text.slice(clauseStart(text, at, stops), clauseEnd(text, at + word.length, stops))).toBe(want);
  });

  it('does not go back past `from`', () => {
    const text = '一是组建医共体。二是分别达到90%、65%';
    expect(clauseStart(text, text.indexOf('分别'), ',;:', 8)).toBe(8);
  });
});

describe('piecesEndingWith', () => {
  it.each([
    [
      '市第一人民医院联合容县;市中医医院联合博白县。其他',
      ['市第一人民医院联合容县;', '市中医医院联合博白县。', '其他'],
    ], // yulin
    ['a;;b。', ['a;', ';', 'b。']],
    ['', ['']],
  ])('%s', (text, want) => {
    expect(piecesEndingWith(text, ';。')).toEqual(want);
    expect(piecesEndingWith(text, ';。')).toEqual(text.split(/(?<=[;。])/));
  });
});

describe('insideBrackets', () => {
  const text = '根据《某某行动计划(2016—2020年)》,到2025年';
  it.each([
    [text.indexOf('2016'), '《', '》', true],
    [text.indexOf('2016'), '(', ')', true],
    [text.indexOf('2025'), '《', '》', false],
  ])('offset %i in %s…%s: %s', (pos, open, close, want) => expect(insideBrackets(text, pos, open, close)).toBe(want));
});
