// The plan page's highlighter on a real source (the corpus lives outside src/, so this test lives with the shells).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlight, lineRanges, textOf, type Node, type Span } from '../../src/lib/highlight.ts';

// Compact picture of a node list: text as is, marks as [id:…] (as in src/lib/highlight.test.ts).
function show(nodes: Node[]): string {
  return nodes
    .map((n) =>
      n.type === 'text' ? n.text : `[${n.first ? '' : '…'}${n.span.id}${n.last ? '' : '…'}:${show(n.children)}]`,
    )
    .join('');
}
const span = (id: string, start: number, end: number, kind = 'k'): Span => ({ id, start, end, kind });

describe('highlight on a corpus plan', () => {
  it('on a real source every line is reproduced exactly (guyuan.txt, its citations)', () => {
    const raw = readFileSync(new URL('../../data/raw/guyuan.txt', import.meta.url), 'utf8');
    // 宁医改发〔2020〕3号 and the sentence around it, overlapping.
    const num = raw.indexOf('宁医改发〔2020〕3号');
    const spans = [
      span('c1', num, num + 12),
      span('s1', num - 20, num + 6),
      span('s2', num + 6, raw.indexOf('\n', num) + 5),
    ];
    const lines = lineRanges(raw);
    const { ranges: out, unplaced } = highlight(raw, spans, lines);
    expect(unplaced).toEqual([]);
    out.forEach((nodes, i) => expect(textOf(nodes)).toBe(raw.slice(lines[i]!.start, lines[i]!.end)));
    const line = out[lines.findIndex((r) => r.start <= num && num < r.end)] ?? [];
    expect(show(line)).toContain(
      '全面[s1:开展县（区）域综合医改实施意见的通知》（[c1…:宁医改发〔2]][s2…:[…c1:020〕3号]）要求，',
    );
  });
});
