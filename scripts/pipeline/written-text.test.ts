// Written forms and bracket-aware splitting.
import { describe, expect, it } from 'vitest';
import { planFromText } from '../test-support/corpus.ts';
import { matchingClose, splitOutsideBrackets, writtenText } from './written-text.ts';

describe('splitOutsideBrackets', () => {
  it.each([
    ['市医改办、卫生计生委', ['市医改办', '卫生计生委']], // yulin s3.1
    ['各县(市、区)人民政府,市财政局', ['各县(市、区)人民政府', '市财政局']], // yulin s3.1, clean text
    ['三个不变(机构设置和隶属关系不变、机构职能和任务不变)', ['三个不变(机构设置和隶属关系不变、机构职能和任务不变)']], // yulin s2.2
    ['“县聘、乡管”、村用', ['“县聘、乡管”', '村用']],
    ['', []],
  ])('%s', (text, parts) => {
    expect(splitOutsideBrackets(text, '、,').map((p) => p.text)).toEqual(parts);
  });
});

describe('matchingClose', () => {
  it('nests any bracket kind and gives -1 when unclosed', () => {
    expect(matchingClose('〔牵头单位:各县(市、区)人民政府〕后', 0)).toBe(17);
    expect(matchingClose('(责任单位:县卫健局', 0)).toBe(-1);
  });
});

describe('writtenText', () => {
  it('keeps full-width brackets but drops spaces that cleaning removed', () => {
    const doc = planFromText('某县方案\n\n一、总体要求\n\n（一）基本原则。牵头单位：各县（市、 区）人民政府。\n');
    const i = doc.clean.text.indexOf('各县');
    const j = doc.clean.text.indexOf('人民政府') + 4;
    expect(writtenText(doc.clean, i, j)).toBe('各县（市、区）人民政府');
  });
});
