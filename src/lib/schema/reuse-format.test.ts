// The alignment ops as the reuse dataset publishes them, decoded for the side-by-side view.
import { describe, expect, it } from 'vitest';
import { applyOps } from './reuse-format.ts';

describe('applyOps', () => {
  // A substitution and an insertion, as the finder writes them for 县医院牵头 / 县人民医院牵头组建.
  it('splits both quotes into same and changed parts', () => {
    const { a, b } = applyOps('县医院牵头', '县人民医院牵头组建', '=1 +2 =4 +2');
    expect(a).toEqual([
      { text: '县', changed: false },
      { text: '医院牵头', changed: false },
    ]);
    expect(b.filter((p) => p.changed).map((p) => p.text)).toEqual(['人民', '组建']);
    expect(b.map((p) => p.text).join('')).toBe('县人民医院牵头组建');
  });

  it('reads a deletion, an insertion and a substitution', () => {
    const { a, b } = applyOps('基层就诊率', '基层诊疗率', '=2 -1 =1 +1 =1');
    expect(a.map((p) => [p.text, p.changed])).toEqual([
      ['基层', false],
      ['就', true],
      ['诊', false],
      ['率', false],
    ]);
    expect(b.map((p) => [p.text, p.changed])).toEqual([
      ['基层', false],
      ['诊', false],
      ['疗', true],
      ['率', false],
    ]);
    const sub = applyOps('县医院', '市医院', '-1 +1 =2');
    expect(sub.a[0]).toEqual({ text: '县', changed: true });
    expect(sub.b[0]).toEqual({ text: '市', changed: true });
  });

  it('refuses ops that do not cover the quotes, or that are not ops', () => {
    expect(() => applyOps('abc', 'abc', '=2')).toThrow('ops =2 cover 2/3 and 2/3 characters');
    expect(() => applyOps('abc', 'abc', '=3 x1')).toThrow(/"x1" is not =n, -n or \+n/);
  });
});
