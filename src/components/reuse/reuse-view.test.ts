import { describe, expect, it } from 'vitest';
import {
  formulaShingles,
  matrixView,
  passageViews,
  percent,
  rankPassages,
  shareLevel,
  substantiveChars,
  wholePercent,
} from './reuse-view.ts';
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

describe('which shared passages lead', () => {
  // Hand-written plans in the genre's words: each opens with the same headings and formula; two share a substantive
  // paragraph (from hangjin and henan, 健全运行机制…).
  const opening =
    '一、总体要求\n（一）指导思想\n以习近平新时代中国特色社会主义思想为指导，结合本地实际，制定本方案。\n';
  const shared =
    '健全运行机制。按照集团化管理、一体化运行、连续化服务的模式，制定医共体章程，明确牵头医疗机构和成员单位权责关系。';
  const plans = [
    `${opening}${shared}\n`,
    `${opening}（二）${shared}\n`,
    `${opening}加强人才培养，落实县管乡用。\n`,
    `${opening}推进家庭医生签约服务。\n`,
  ];
  const formulae = formulaShingles(plans, 8);
  const headingsOf = (t: string) => [
    { start: 0, end: t.indexOf('\n') },
    { start: t.indexOf('（一）'), end: t.indexOf('\n', t.indexOf('（一）')) },
  ];

  it('a formula every plan writes is no substance; headings neither', () => {
    const t = plans[0]!;
    const end = t.indexOf(shared);
    expect(substantiveChars(t, 0, end, headingsOf(t), formulae, 8)).toBe(0);
  });
  it('a paragraph only two plans share is all substance', () => {
    const t = plans[0]!;
    const at = t.indexOf(shared);
    const letters = shared.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    expect(substantiveChars(t, at, at + shared.length, headingsOf(t), formulae, 8)).toBe(letters);
  });
  it('ranks substance first and folds the formulaic away', () => {
    const row = (id: string, matched: number) => ({ reuse_id: id, matched_chars: matched }) as ReuseRow;
    const views = [row('a', 30), row('b', 60), row('c', 25)].map((r) => ({ row: r, a: [], b: [] }));
    const substance: Record<string, number> = { a: 30, b: 2, c: 24 };
    const ranked = rankPassages(views, (r) => substance[r.reuse_id]!, 20);
    expect(ranked.substantive.map((v) => v.row.reuse_id)).toEqual(['a', 'c']);
    expect(ranked.formulaic.map((v) => v.row.reuse_id)).toEqual(['b']);
  });
});
