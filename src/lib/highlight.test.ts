import { describe, expect, it } from 'vitest';
import { highlight, lineRanges, textOf, type MarkNode, type Node, type Span } from './highlight.ts';

// Compact picture of a node list: text as is, marks as [id:…] — easy to read in a table.
function show(nodes: Node[]): string {
  return nodes
    .map((n) =>
      n.type === 'text' ? n.text : `[${n.first ? '' : '…'}${n.span.id}${n.last ? '' : '…'}:${show(n.children)}]`,
    )
    .join('');
}

const span = (id: string, start: number, end: number, kind = 'k'): Span => ({ id, start, end, kind });

// guyuan.txt line 45 (目标): 到2022年底,县域内就诊率达到90%以上,基层就诊率达到65%以上。
const GOAL = '到2022年底，县域内就诊率达到90%以上，基层就诊率达到65%以上。';
const at = (s: string) => GOAL.indexOf(s);
const sp = (id: string, s: string, kind = 'k') => span(id, at(s), at(s) + s.length, kind);

describe('highlight: nesting and splitting within one paragraph', () => {
  const whole = [{ start: 0, end: GOAL.length }];
  it.each<[string, Span[], string]>([
    ['no spans', [], GOAL],
    [
      'one span',
      [sp('t1', '县域内就诊率达到90%以上')],
      '到2022年底，[t1:县域内就诊率达到90%以上]，基层就诊率达到65%以上。',
    ],
    [
      'two disjoint spans',
      [sp('t1', '县域内就诊率达到90%以上'), sp('t2', '基层就诊率达到65%以上')],
      '到2022年底，[t1:县域内就诊率达到90%以上]，[t2:基层就诊率达到65%以上]。',
    ],
    [
      'inner span nests',
      [sp('t1', '县域内就诊率达到90%以上'), sp('i1', '县域内就诊率')],
      '到2022年底，[t1:[i1:县域内就诊率]达到90%以上]。'.replace('。', '，基层就诊率达到65%以上。'),
    ],
    [
      'same range: both kept, deterministic order',
      [sp('b', '90%以上', 'targets'), sp('a', '90%以上', 'mentions')],
      '到2022年底，县域内就诊率达到[a:[b:90%以上]]，基层就诊率达到65%以上。',
    ],
    [
      "crossing spans: the later one is split at the earlier one's end",
      [span('x', at('2022年底'), at('就诊率')), span('y', at('县域内'), at('达到90%'))],
      '到[x:2022年底，[y…:县域内]][…y:就诊率]达到90%以上，基层就诊率达到65%以上。',
    ],
    [
      'empty span kept as an anchor',
      [span('e', at('，'), at('，'))],
      '到2022年底[e:]，县域内就诊率达到90%以上，基层就诊率达到65%以上。',
    ],
  ])('%s', (_name, spans, expected) => {
    const { ranges, unplaced } = highlight(GOAL, spans, whole);
    expect(show(ranges[0] ?? [])).toBe(expected);
    expect(textOf(ranges[0] ?? [])).toBe(GOAL);
    expect(unplaced).toEqual([]);
  });

  it('a span crossing two others splits into one piece per enclosing span', () => {
    const spans = [sp('a', '县域内就诊率'), sp('b', '达到90%'), span('c', at('就诊率达到'), at('90%'))];
    expect(show(highlight(GOAL, spans, whole).ranges[0] ?? [])).toBe(
      '到2022年底，[a:县域内[c…:就诊率]][b:[…c:达到]90%]以上，基层就诊率达到65%以上。',
    );
  });

  it('rejects a span outside the text', () => {
    expect(() => highlight(GOAL, [span('bad', 3, GOAL.length + 1)], whole)).toThrow(RangeError);
  });
});

describe('highlight: paragraphs', () => {
  // henan.txt: a heading line and the following paragraph, as two lines.
  const TEXT = '一、总体要求\n\n（一）指导思想。坚持政府主导。\n';
  const ranges = lineRanges(TEXT);

  it('lineRanges skips blank lines and numbers lines from 1', () => {
    expect(ranges.map((r) => [r.line, TEXT.slice(r.start, r.end)])).toEqual([
      [1, '一、总体要求'],
      [3, '（一）指导思想。坚持政府主导。'],
    ]);
  });

  it('a span crossing the paragraph break becomes a first and a last piece', () => {
    const s = span('x', TEXT.indexOf('总体'), TEXT.indexOf('指导'));
    const { ranges: out, unplaced } = highlight(TEXT, [s], ranges);
    expect(out.map((n) => show(n))).toEqual(['一、[x…:总体要求]', '[…x:（一）]指导思想。坚持政府主导。']);
    const pieces = out.flat().filter((n): n is MarkNode => n.type === 'mark');
    expect(pieces.map((p) => [p.first, p.last])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(unplaced).toEqual([]);
  });

  it('a span lying only on a blank line is reported, not dropped', () => {
    const blank = TEXT.indexOf('\n\n') + 1;
    const { unplaced } = highlight(TEXT, [span('gap', blank, blank + 1)], ranges);
    expect(unplaced.map((s) => s.id)).toEqual(['gap']);
  });
});
