import { describe, expect, it } from 'vitest';
import { findReuse } from './find-reuse.ts';
import { docContentHash } from './find-reuse-state.ts';
import { corpusDoc, CORPUS_IDS, planFromText, rawOf } from '../test-support/corpus.ts';
import type { ParsedDocument } from './types.ts';

/** hangjin.txt line 24, 统一财务管理 (also echoed in henan.txt line 45). */
const FINANCE =
  '医共体牵头医院实行总会计师制度，组建单独财务管理中心负责财务工作，在财务管理中，实行统一管理、分别立账，独立核算。';
/** jieshou.txt line 59. */
const JIESHOU_TCM =
  '以界首市中医院为主导、以企业为主体建设运营，完善基础设施，统一信息系统，优化流程管理，细化费用结算，拓展服务功能，稳步推进智慧共享中药房建设；深化中医适宜技术门诊按病种付费改革。';
/** guyuan.txt line 67. */
const GUYUAN_PREVENTION =
  '落实新时期卫生与健康工作方针，强化“预防为主”工作理念，在医共体内成立公共卫生服务中心或慢性病防治管理中心。将疾病预防控制和妇幼保健机构负责人纳入总院班子成员，突出其功能定位和职责。';

function plan(id: string, ...paragraphs: string[]): ParsedDocument {
  return planFromText(`${id}县医共体建设实施方案\n\n一、主要任务\n\n${paragraphs.join('\n\n')}\n`, id);
}

/** Everything a run publishes: rows, matrix and build-report entries (the state and counters aside). */
const published = (r: ReturnType<typeof findReuse>) => ({ rows: r.rows, matrix: r.matrix, report: r.report });

describe('findReuse with the state of an earlier run', () => {
  const corpus = CORPUS_IDS.map((id) => corpusDoc(id));
  const first = findReuse(corpus);

  it('gives the same rows, matrix and report as a fresh run when one plan changed, aligning only its pairs', () => {
    // hangjin gains a paragraph of jieshou's and loses nothing: a new passage with jieshou, the rest unchanged.
    const edited = planFromText(`${rawOf('hangjin')}\n${JIESHOU_TCM}\n`, 'hangjin');
    const docs = corpus.map((d) => (d.docId === 'hangjin' ? edited : d));
    const fresh = findReuse(docs);
    const again = findReuse(docs, {}, first.state);
    expect(published(again)).toEqual(published(fresh));
    expect(JSON.stringify(again.state)).toBe(JSON.stringify(fresh.state));
    // The pairs without hangjin that found something come from the state: guyuan with henan, jieshou and yulin,
    // henan–yulin and jieshou–yulin (henan–jieshou aligns nothing, so it has no outcome to keep).
    expect(again.stats.pairs_reused).toBe(5);
    expect(
      again.rows.some((r) => r.doc_a === 'hangjin' && r.doc_b === 'jieshou' && r.quote_a.startsWith('以界首市中医院')),
    ).toBe(true);
  });

  it('aligns nothing when nothing changed, and drops the pairs of a removed plan', () => {
    const same = findReuse(corpus, {}, first.state);
    expect(published(same)).toEqual(published(first));
    expect(same.stats.alignments).toBe(0);
    const four = corpus.filter((d) => d.docId !== 'henan');
    expect(published(findReuse(four, {}, first.state))).toEqual(published(findReuse(four)));
  });

  it('realigns pairs of unchanged plans whose shared shingles became boilerplate, and back', () => {
    // With maxDocFreq 2, FINANCE shared by p1 and p2 is a passage; a third plan quoting it makes it boilerplate.
    const two = [plan('p1', FINANCE, JIESHOU_TCM), plan('p2', GUYUAN_PREVENTION, FINANCE)];
    const three = [...two, plan('p3', FINANCE)];
    const opt = { maxDocFreq: 2 };
    const financeOf = (r: ReturnType<typeof findReuse>) =>
      r.rows.filter((x) => x.doc_a === 'p1' && x.doc_b === 'p2' && x.quote_a.includes('总会计师制度'));
    const a = findReuse(two, opt);
    expect(financeOf(a)).toHaveLength(1);
    const b = findReuse(three, opt, a.state);
    expect(published(b)).toEqual(published(findReuse(three, opt)));
    expect(financeOf(b)).toEqual([]);
    const c = findReuse(two, opt, b.state);
    expect(published(c)).toEqual(published(a));
  });

  it('ignores a state made with other options', () => {
    const other = findReuse(corpus, { minMatched: 40 });
    const r = findReuse(corpus, {}, other.state);
    expect(r.stats.pairs_reused).toBe(0);
    expect(published(r)).toEqual(published(first));
  });

  it('hashes a plan by its text and sections: one added character changes the hash', () => {
    const doc = corpusDoc('henan');
    expect(docContentHash(planFromText(rawOf('henan'), 'henan'))).toBe(docContentHash(doc));
    expect(docContentHash(planFromText(`${rawOf('henan')}。`, 'henan'))).not.toBe(docContentHash(doc));
  });
});
