import { describe, expect, it } from 'vitest';
import { passageView, percent, wholePercent } from './reuse-view.ts';
import type { ReuseRow } from '../../lib/schema/reuse.ts';

describe('reuse view helpers', () => {
  it.each([
    [0.2358, '24%'],
    [0.0112, '1.1%'],
    [0.0004, '<0.1%'],
    [0.001, '0.1%'],
    [0.0999, '10.0%'],
    [0.1, '10%'],
    [0, '0'],
  ])('percent(%d) = %s', (share, text) => {
    expect(percent(share)).toBe(text);
  });

  it('writes a similarity as a whole percent', () => {
    expect(wholePercent(0.865)).toBe('87%');
    expect(wholePercent(1)).toBe('100%');
  });

  // hangjin.txt line 17 / henan.txt line 31: henan drops the 、
  const row = {
    doc_a: 'hangjin',
    doc_b: 'henan',
    start_a: 0,
    matched_chars: 10,
    quote_a: '安全有效、便捷可及',
    quote_b: '安全有效便捷可及',
    alignment: '=4 -1 =4',
  } as ReuseRow;

  it('splits a passage into same and changed parts for both sides', () => {
    const v = passageView(row);
    expect(v.a).toEqual([
      { text: '安全有效', changed: false },
      { text: '、', changed: true },
      { text: '便捷可及', changed: false },
    ]);
    expect(v.b.map((p) => p.text).join('')).toBe('安全有效便捷可及');
  });

  it('cuts each side after the given number of characters, marking the cut', () => {
    const v = passageView(row, 6);
    expect(v.a).toEqual([
      { text: '安全有效', changed: false },
      { text: '、', changed: true },
      { text: '便…', changed: false },
    ]);
    expect(v.b).toEqual([
      { text: '安全有效', changed: false },
      { text: '便捷…', changed: false },
    ]);
  });
});
