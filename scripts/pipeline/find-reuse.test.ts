import { describe, expect, it } from 'vitest';
import { applyOps } from '../../src/lib/schema/reuse-format.ts';
import { findReuse, unionLength } from './find-reuse.ts';
import { corpusDoc, CORPUS_IDS, planFromText, rawOf } from '../test-support/corpus.ts';
import { lineOf } from '../../src/lib/text/index.ts';
import type { ParsedDocument } from './types.ts';

// Fixture paragraphs are real sentences of the corpus (source named on each), recombined into constructed plans.
/** hangjin.txt line 24, 统一财务管理 (also echoed in henan.txt line 45). */
const FINANCE =
  '医共体牵头医院实行总会计师制度，组建单独财务管理中心负责财务工作，在财务管理中，实行统一管理、分别立账，独立核算。';
/** yulin.txt line 44, 深化医疗集团建设. */
const YULIN_GROUP =
  '深化市医疗集团建设，整合现有市级公立医疗卫生资源，通过深化人事制度改革、薪酬制度改革、分工协作机制改革等，建立资源共享、权责明晰、富有生机、运转高效的紧密型医联体管理体制，进一步促进医疗集团形成有责任、有激励、有约束、有竞争、有活力的运行新机制。';
/** yulin.txt line 42. */
const YULIN_FORMS =
  '根据本市分级诊疗制度建设实际情况，充分考虑医疗机构地域分布、功能定位、服务能力、合作意愿和群众需求等因素，分区域、分层次组建多种形式的医联体，推动优质医疗资源向基层和边远贫困地区流动。';
/** jieshou.txt line 59, 加快推进中医药传承创新发展. */
const JIESHOU_TCM =
  '以界首市中医院为主导、以企业为主体建设运营，完善基础设施，统一信息系统，优化流程管理，细化费用结算，拓展服务功能，稳步推进智慧共享中药房建设；深化中医适宜技术门诊按病种付费改革。';
/** guyuan.txt line 67, 推进医防融合服务. */
const GUYUAN_PREVENTION =
  '落实新时期卫生与健康工作方针，强化“预防为主”工作理念，在医共体内成立公共卫生服务中心或慢性病防治管理中心。将疾病预防控制和妇幼保健机构负责人纳入总院班子成员，突出其功能定位和职责。';
/** henan.txt line 40, 2.完善管理体制. */
const HENAN_GOVERNANCE =
  '按照优化、协同、高效的原则，建立由县级党委、政府牵头，机构编制、发展改革、财政、人力资源社会保障、卫生健康、医保等部门及医共体成员单位代表参加的医共体议事协调机制，统筹医共体建设的规划布局、投入保障、人事安排、政策制定和考核监管等重大事项。';
/** HENAN_GOVERNANCE lightly edited by hand, as a county would: 县级党委、政府 → 旗委、旗政府, 机构编制、 dropped, 医保 → 医疗保障, 议事协调机制 → 管理委员会. */
const HENAN_GOVERNANCE_EDITED =
  '按照优化、协同、高效的原则，建立由旗委、旗政府牵头，发展改革、财政、人力资源社会保障、卫生健康、医疗保障等部门及医共体成员单位代表参加的医共体管理委员会，统筹医共体建设的规划布局、投入保障、人事安排、政策制定和考核监管等重大事项。';

function plan(id: string, ...paragraphs: string[]): ParsedDocument {
  return planFromText(`${id}县医共体建设实施方案\n\n一、主要任务\n\n${paragraphs.join('\n\n')}\n`, id);
}

/** Every row's quotes at its offsets and its alignment consistent with its quotes. */
function expectProvenance(rows: ReturnType<typeof findReuse>['rows'], docs: ParsedDocument[]): void {
  const raw = new Map(docs.map((d) => [d.docId, d.clean.raw]));
  for (const r of rows) {
    expect(raw.get(r.doc_a)?.slice(r.start_a, r.end_a)).toBe(r.quote_a);
    expect(raw.get(r.doc_b)?.slice(r.start_b, r.end_b)).toBe(r.quote_b);
    expect(r.doc_a < r.doc_b).toBe(true);
    expect(r.line_a).toBe(lineOf(raw.get(r.doc_a)!, r.start_a));
    expect(r.line_b).toBe(lineOf(raw.get(r.doc_b)!, r.start_b));
    const parts = applyOps(r.quote_a, r.quote_b, r.alignment);
    expect(parts.a.map((p) => p.text).join('')).toBe(r.quote_a);
    expect(parts.b.map((p) => p.text).join('')).toBe(r.quote_b);
  }
  expect(new Set(rows.map((r) => r.reuse_id)).size).toBe(rows.length);
}

describe('findReuse on constructed plans with known shared passages', () => {
  it('finds an exact copy set in different surroundings, with similarity 1 and the quote at its offsets', () => {
    const docs = [plan('x', YULIN_GROUP, FINANCE, YULIN_FORMS), plan('y', JIESHOU_TCM, GUYUAN_PREVENTION, FINANCE)];
    const { rows, matrix } = findReuse(docs);
    expectProvenance(rows, docs);
    expect(rows).toHaveLength(1);
    const r = rows[0]!;
    // The passage runs from its first to its last letter: the closing 。 is not part of it.
    expect(r.quote_a).toBe(FINANCE.slice(0, -1));
    expect(r.quote_b).toBe(FINANCE.slice(0, -1));
    expect(r.similarity).toBe(1);
    expect(r.alignment).toBe(`=${FINANCE.length - 1}`);
    // The sentence has 51 letters; its 6 punctuation marks are not counted.
    expect(r.matched_chars).toBe(51);
    expect(matrix.map((m) => [m.doc_id, m.other_doc_id, m.shared_chars, m.passages])).toEqual([
      ['x', 'y', 51, 1],
      ['y', 'x', 51, 1],
    ]);
  });

  it('aligns a lightly edited copy: substitutions, an insertion and a deletion, similarity below 1', () => {
    const docs = [plan('orig', YULIN_FORMS, HENAN_GOVERNANCE), plan('edit', HENAN_GOVERNANCE_EDITED, JIESHOU_TCM)];
    const { rows } = findReuse(docs);
    expectProvenance(rows, docs);
    expect(rows).toHaveLength(1);
    const r = rows[0]!;
    expect(r.doc_a).toBe('edit');
    expect(r.quote_a.startsWith('按照优化、协同、高效的原则')).toBe(true);
    expect(r.quote_a.endsWith('考核监管等重大事项')).toBe(true);
    expect(r.quote_b.startsWith('按照优化、协同、高效的原则')).toBe(true);
    expect(r.similarity).toBeGreaterThan(0.8);
    expect(r.similarity).toBeLessThan(1);
    expect(r.alignment).toMatch(/-\d+/);
    expect(r.alignment).toMatch(/\+\d+/);
    const parts = applyOps(r.quote_a, r.quote_b, r.alignment);
    expect(
      parts.b
        .filter((p) => p.changed)
        .map((p) => p.text)
        .join('|'),
    ).toContain('机构编制');
  });

  it('reports a passage shared by three plans once per pair', () => {
    const docs = [
      plan('p1', YULIN_GROUP, FINANCE),
      plan('p2', FINANCE, JIESHOU_TCM),
      plan('p3', GUYUAN_PREVENTION, FINANCE, YULIN_FORMS),
    ];
    const { rows } = findReuse(docs);
    expectProvenance(rows, docs);
    expect(rows.map((r) => `${r.doc_a}-${r.doc_b}`)).toEqual(['p1-p2', 'p1-p3', 'p2-p3']);
    expect(rows.every((r) => r.similarity === 1)).toBe(true);
  });

  it('finds two separate passages between one pair as two rows', () => {
    const docs = [plan('m', FINANCE, YULIN_FORMS, HENAN_GOVERNANCE), plan('n', HENAN_GOVERNANCE, JIESHOU_TCM, FINANCE)];
    const { rows } = findReuse(docs);
    expectProvenance(rows, docs);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.quote_a.slice(0, 6)).sort()).toEqual(['医共体牵头医', '按照优化、协']);
  });

  it('finds nothing between plans that share no passage', () => {
    const docs = [plan('u', YULIN_GROUP, YULIN_FORMS), plan('v', JIESHOU_TCM, GUYUAN_PREVENTION)];
    const result = findReuse(docs);
    expect(result.rows).toEqual([]);
    expect(result.matrix).toEqual([]);
  });

  it('keeps a shared phrase shorter than the minimum out of the rows but reports it', () => {
    // 以人民健康为中心，逐步实现医疗质量同质化管理: a 21-character clause shared by jieshou.txt and yulin.txt; cut to 14 here.
    const docs = [
      plan('s', YULIN_GROUP, '坚持以人民健康为中心，完善分级诊疗。'),
      plan('t', JIESHOU_TCM, '各地以人民健康为中心，推进家庭医生签约。'),
    ];
    const result = findReuse(docs, { minMatched: 20 });
    expect(result.rows).toEqual([]);
    expect(result.report.filter((e) => e.kind === 'reuse-below-threshold')).toHaveLength(1);
  });

  it('skips as boilerplate a passage found in more documents than maxDocFreq, and says so', () => {
    const docs = [
      plan('b1', YULIN_GROUP, FINANCE),
      plan('b2', FINANCE, JIESHOU_TCM),
      plan('b3', GUYUAN_PREVENTION, FINANCE),
    ];
    const result = findReuse(docs, { maxDocFreq: 2 });
    expect(result.rows).toEqual([]);
    const skipped = result.report.find((e) => e.kind === 'reuse-boilerplate-skipped');
    expect(skipped?.message).toMatch(/\(3 docs\)/);
  });

  it('gives the same rows whatever the order of the input documents', () => {
    const docs = [
      plan('p1', YULIN_GROUP, FINANCE),
      plan('p2', FINANCE, HENAN_GOVERNANCE),
      plan('p3', HENAN_GOVERNANCE_EDITED, FINANCE),
    ];
    expect(findReuse([...docs].reverse()).rows).toEqual(findReuse(docs).rows);
  });

  it('refuses the same document twice', () => {
    expect(() => findReuse([plan('d', FINANCE), plan('d', FINANCE)])).toThrow(/given twice/);
  });

  it.each([
    [
      [
        [0, 5],
        [3, 8],
      ],
      8,
    ],
    [
      [
        [0, 5],
        [5, 8],
      ],
      8,
    ],
    [
      [
        [10, 20],
        [0, 5],
        [12, 15],
      ],
      15,
    ],
    [[], 0],
  ] as [[number, number][], number][])('unionLength(%j) = %d', (intervals, total) => {
    expect(unionLength(intervals)).toBe(total);
  });
});

describe('findReuse on the corpus', () => {
  const docs = CORPUS_IDS.map((id) => corpusDoc(id));
  const result = findReuse(docs);

  it('puts every quote at its raw offsets', () => {
    expect(result.rows.length).toBeGreaterThan(0);
    expectProvenance(result.rows, docs);
    for (const r of result.rows) {
      expect(rawOf(r.doc_a).slice(r.start_a, r.end_a)).toBe(r.quote_a);
      expect(rawOf(r.doc_b).slice(r.start_b, r.end_b)).toBe(r.quote_b);
    }
  });

  it("finds hangjin's 明确功能定位 paragraph in henan's 2.明确功能定位, nearly verbatim", () => {
    const row = result.rows.find(
      (r) => r.doc_a === 'hangjin' && r.doc_b === 'henan' && r.quote_a.startsWith('明确功能定位'),
    );
    expect(row).toBeDefined();
    expect(row!.section_a).toBe('s3.1.1');
    expect(row!.section_b).toBe('s2.1.2');
    expect(row!.quote_b.startsWith('明确功能定位。医共体为辖区内居民提供覆盖生命全过程')).toBe(true);
    expect(row!.length_a).toBeGreaterThan(150);
    expect(row!.similarity).toBeGreaterThanOrEqual(0.95);
  });

  it("finds hangjin's 健全运行机制 in henan's, edited (henan adds 信息 to the unified-management list)", () => {
    const row = result.rows.find(
      (r) => r.doc_a === 'hangjin' && r.doc_b === 'henan' && r.quote_a.startsWith('健全运行机制'),
    );
    expect(row).toBeDefined();
    expect(row!.similarity).toBeGreaterThan(0.9);
    expect(row!.similarity).toBeLessThan(1);
  });

  it('finds hangjin sharing more of its text with henan than with any other plan', () => {
    const hangjin = result.matrix.filter((m) => m.doc_id === 'hangjin').sort((a, b) => b.share - a.share);
    expect(hangjin[0]?.other_doc_id).toBe('henan');
    const henan = result.matrix.find((m) => m.doc_id === 'henan' && m.other_doc_id === 'hangjin');
    expect(henan!.share).toBeGreaterThan(0.15);
  });

  it('keeps the matrix symmetric in passage counts', () => {
    for (const m of result.matrix) {
      const back = result.matrix.find((x) => x.doc_id === m.other_doc_id && x.other_doc_id === m.doc_id);
      expect(back?.passages).toBe(m.passages);
    }
  });
});
