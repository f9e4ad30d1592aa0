// Radical code points that PDF text layers give for ordinary characters are folded; nothing else is touched.
import { describe, expect, it } from 'vitest';
import { foldRadical, foldRadicals, foldRadicalsWithNotes } from './radicals.ts';

describe('foldRadicals', () => {
  it('folds the CJK Radicals Supplement forms a Chromium-printed PDF produces (C-simplified and others)', () => {
    const pairs: [string, string][] = [
      ['⺠', '民'],
      ['⻓', '长'],
      ['⻔', '门'],
      ['⻅', '见'],
      ['⻛', '风'],
      ['⻉', '贝'],
      ['⻋', '车'],
      ['⻚', '页'],
      ['⻜', '飞'],
      ['⻝', '食'],
      ['⻢', '马'],
      ['⻥', '鱼'],
      ['⻦', '鸟'],
      ['⻩', '黄'],
      ['⻬', '齐'],
      ['⻮', '齿'],
      ['⻰', '龙'],
      ['⻳', '龟'],
      ['⺟', '母'],
      ['⺁', '厂'],
      ['⻘', '青'],
    ];
    for (const [radical, ideograph] of pairs) expect([radical, foldRadical(radical)]).toEqual([radical, ideograph]);
  });

  it('folds Kangxi Radicals by their compatibility decomposition (⼈⺠ → 人民, ⽅ → 方, ⼀ → 一)', () => {
    expect(foldRadicals('⼈⺠政府关于印发⽅案的通知，⼀、总体⽬标').text).toBe(
      '人民政府关于印发方案的通知，一、总体目标',
    );
  });

  it('keeps lengths (one UTF-16 unit for one) and leaves everything else alone: no NFKC of full-width text', () => {
    const text = '县域就诊率达到９０％以上（一）⼈⺠';
    const r = foldRadicals(text);
    expect(r.text).toBe('县域就诊率达到９０％以上（一）人民');
    expect(r.text.length).toBe(text.length);
    expect(r.folded).toBe(2);
  });

  it('leaves component forms that never stand alone (⺅ PERSON, ⺡ WATER ONE) and says so', () => {
    const r = foldRadicals('⺅⺡⼈');
    expect(r.text).toBe('⺅⺡人');
    expect(r.kept).toEqual(['⺅', '⺡']);
    const notes = foldRadicalsWithNotes('a.pdf', '⺅⼈').notes.map((n) => [n.code, n.severity]);
    expect(notes).toEqual([
      ['radicals-folded', 'info'],
      ['radicals-kept', 'warning'],
    ]);
  });

  it('gives no note for text without radicals', () => {
    expect(foldRadicalsWithNotes('a.pdf', '人民政府').notes).toEqual([]);
  });
});
