import { describe, expect, it } from 'vitest';
import { passageFamilies, reuseSummary, similarPlans } from './reuse-families.ts';
import type { ReuseMatrixRow, ReuseRow } from '../../lib/schema/reuse.ts';

/** A row with the spans and opening words of a published one (public/data/reuse.json over the five plans). */
function row(
  a: string,
  sa: number,
  ea: number,
  b: string,
  sb: number,
  eb: number,
  quote: string,
  matched = 20,
): ReuseRow {
  return {
    reuse_id: `${a}@${sa}~${b}@${sb}`,
    doc_a: a,
    section_a: 's1',
    line_a: 1,
    start_a: sa,
    end_a: ea,
    doc_b: b,
    section_b: 's1',
    line_b: 1,
    start_b: sb,
    end_b: eb,
    length_a: ea - sa,
    length_b: eb - sb,
    matched_chars: matched,
    similarity: 1,
    quote_a: quote,
    quote_b: quote,
    alignment: `=${quote.length}`,
  };
}

// The opening formula 一、总体要求（一）指导思想 以习近平新时代… found in four plans with slightly different ends, the
// clause 以人民健康为中心，逐步实现医疗质量同质化管理 in three, and hangjin's 明确功能定位 paragraph in henan only.
const ROWS = [
  row('guyuan', 498, 530, 'yulin', 344, 374, '结合我市实际，制定本实施方案。一、总体要求（一）指导', 21),
  row('guyuan', 510, 549, 'hangjin', 394, 434, '方案。一、总体要求（一）指导思想以习近平新时代中', 29),
  row('guyuan', 515, 549, 'henan', 122, 155, '一、总体要求（一）指导思想以习近平新时代中国特色社会', 27),
  row('hangjin', 400, 444, 'henan', 122, 165, '一、总体要求（一）指导思想。以习近平新时代中国特色社会', 36),
  row('hangjin', 1226, 1264, 'jieshou', 359, 387, '逐步实现医疗质量同质化管理，加快推进医防融合', 26),
  row('hangjin', 1842, 2033, 'henan', 988, 1178, '明确功能定位。医共体为辖区内居民提供覆盖生命全过程', 176),
  row('jieshou', 350, 372, 'yulin', 993, 1015, '以人民健康为中心，逐步实现医疗质量同质化管理', 21),
];

describe('passageFamilies', () => {
  const families = passageFamilies(ROWS);

  it('joins rows whose spans in one plan overlap into one passage, most plans first', () => {
    expect(families.map((f) => [f.plans, f.rows])).toEqual([
      [4, 4],
      [3, 2],
      [2, 1],
    ]);
    expect(families[0]!.spans.map((s) => s.docId)).toEqual(['guyuan', 'hangjin', 'henan', 'yulin']);
    expect(families[1]!.spans.map((s) => s.docId).sort()).toEqual(['hangjin', 'jieshou', 'yulin']);
  });

  it('shows a family by the span most rows meet at (the longest of a plan), and its longest row side by side', () => {
    // guyuan meets three rows; its longest span is the one matched by hangjin.
    expect(families[0]!.representative).toMatchObject({ docId: 'guyuan', start: 510, end: 549 });
    expect(families[0]!.example.doc_b).toBe('hangjin');
  });

  it('keeps apart spans of one plan that barely touch', () => {
    const apart = passageFamilies([
      row('a', 0, 40, 'b', 0, 40, '甲'.repeat(40)),
      row('a', 30, 100, 'c', 0, 70, '乙'.repeat(70)),
    ]);
    expect(apart.map((f) => f.plans)).toEqual([2, 2]);
  });
});

describe('reuseSummary and similarPlans', () => {
  const matrix: ReuseMatrixRow[] = [
    { doc_id: 'hangjin', other_doc_id: 'henan', chars: 5572, shared_chars: 431, share: 0.0774, passages: 6 },
    { doc_id: 'henan', other_doc_id: 'hangjin', chars: 1845, shared_chars: 435, share: 0.2358, passages: 6 },
    { doc_id: 'hangjin', other_doc_id: 'yulin', chars: 5572, shared_chars: 21, share: 0.0038, passages: 1 },
    { doc_id: 'yulin', other_doc_id: 'hangjin', chars: 6000, shared_chars: 21, share: 0.0035, passages: 1 },
    { doc_id: 'hangjin', other_doc_id: 'jieshou', chars: 5572, shared_chars: 60, share: 0.0108, passages: 2 },
    { doc_id: 'jieshou', other_doc_id: 'hangjin', chars: 4000, shared_chars: 60, share: 0.015, passages: 2 },
  ];

  it('counts pairs sharing text by the larger share of the two, and plans sharing nothing', () => {
    const s = reuseSummary(['guyuan', 'hangjin', 'henan', 'jieshou', 'yulin'], ROWS, matrix, passageFamilies(ROWS));
    expect(s.pairsSharing).toBe(3);
    expect(s.pairsAll).toBe(10);
    expect(s.plansAlone).toBe(1);
    expect(s.pairsByShare.map((b) => b.pairs)).toEqual([1, 1, 0, 1, 0]);
    expect(s.familiesByPlans).toEqual([
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
  });

  it('ranks the plans sharing most of a plan’s text', () => {
    expect(similarPlans(matrix, 'hangjin', 2).map((m) => m.other_doc_id)).toEqual(['henan', 'jieshou']);
    expect(similarPlans(matrix, 'guyuan', 5)).toEqual([]);
  });
});
