import { describe, expect, it } from 'vitest';
import { matrixView, passageViews, percent, shareLevel, wholePercent } from './reuse-view.ts';
import type { ReuseRow } from '../../lib/schema/reuse.ts';

describe('reuse page helpers', () => {
  it('lays out the matrix in plan order with zeros for pairs that share nothing', () => {
    const m = matrixView(
      ['guyuan', 'hangjin', 'henan'],
      [
        { doc_id: 'henan', other_doc_id: 'hangjin', chars: 1845, shared_chars: 435, share: 0.2358, passages: 6 },
        { doc_id: 'hangjin', other_doc_id: 'henan', chars: 5572, shared_chars: 431, share: 0.0774, passages: 6 },
      ],
    );
    expect(m[0]![0]!.share).toBeNull();
    expect(m[0]![1]!.share).toBe(0);
    expect(m[2]![1]!).toEqual({ share: 0.2358, sharedChars: 435, passages: 6, level: 5 });
    expect(m[1]![2]!.level).toBe(4);
  });

  it.each([
    [0, 0],
    [0.003, 1],
    [0.005, 2],
    [0.01, 2],
    [0.15, 5],
    [0.03, 3],
    [0.08, 4],
    [0.3, 5],
  ])('shareLevel(%d) = %d', (share, level) => {
    expect(shareLevel(share)).toBe(level);
  });

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

  it('splits a passage into same and changed parts for both sides (hangjin.txt line 17 / henan.txt line 31)', () => {
    const row = {
      doc_a: 'hangjin',
      doc_b: 'henan',
      start_a: 0,
      matched_chars: 10,
      quote_a: '安全有效、便捷可及',
      quote_b: '安全有效便捷可及',
      alignment: '=4 -1 =4',
    } as ReuseRow;
    const [v] = passageViews([row]);
    expect(v!.a).toEqual([
      { text: '安全有效', changed: false },
      { text: '、', changed: true },
      { text: '便捷可及', changed: false },
    ]);
    expect(v!.b.map((p) => p.text).join('')).toBe('安全有效便捷可及');
  });
});
