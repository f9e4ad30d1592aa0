// Text + highlight spans → properly nested segments per paragraph. Pure: the plan page renders the result.

/** A highlight: a half-open range [start, end) of UTF-16 offsets into the text. */
export interface Span {
  id: string;
  start: number;
  end: number;
  kind: string;
}

/** A piece of a span after splitting at paragraph edges or at the end of an enclosing span. */
export interface MarkNode {
  type: 'mark';
  span: Span;
  start: number;
  end: number;
  /** This piece holds the span's start (put its id here). */
  first: boolean;
  /** This piece holds the span's end (put its link to the data here). */
  last: boolean;
  children: Node[];
}

export interface TextNode {
  type: 'text';
  start: number;
  end: number;
  text: string;
}

export type Node = MarkNode | TextNode;

export interface Range {
  start: number;
  end: number;
}

export interface Highlighted {
  /** One node list per range, in range order. */
  ranges: Node[][];
  /** Spans that fall wholly outside every range (e.g. on blank lines): listed, never dropped silently. */
  unplaced: Span[];
}

interface Piece {
  span: Span;
  start: number;
  end: number;
}

// Outer spans first: earlier start, then longer; ties broken by kind and id so output is deterministic.
function order(a: Piece, b: Piece): number {
  return (
    a.start - b.start || b.end - a.end || a.span.kind.localeCompare(b.span.kind) || a.span.id.localeCompare(b.span.id)
  );
}

function build(text: string, from: number, to: number, pieces: Piece[]): Node[] {
  const nodes: Node[] = [];
  let pos = from;
  let queue = [...pieces].sort(order);
  while (queue.length > 0) {
    const [outer, ...others] = queue as [Piece, ...Piece[]];
    if (outer.start > pos)
      nodes.push({ type: 'text', start: pos, end: outer.start, text: text.slice(pos, outer.start) });
    const inner: Piece[] = [];
    const rest: Piece[] = [];
    for (const p of others) {
      if (p.start < outer.end || (p.start === outer.start && p.end === p.start)) {
        // Starts inside the outer span: the part beyond its end is carried over as a new piece.
        inner.push({ ...p, end: Math.min(p.end, outer.end) });
        if (p.end > outer.end) rest.push({ ...p, start: outer.end });
      } else {
        rest.push(p);
      }
    }
    nodes.push({
      type: 'mark',
      span: outer.span,
      start: outer.start,
      end: outer.end,
      first: outer.start === outer.span.start,
      last: outer.end === outer.span.end,
      children: build(text, outer.start, outer.end, inner),
    });
    pos = Math.max(pos, outer.end);
    queue = rest.sort(order);
  }
  if (pos < to) nodes.push({ type: 'text', start: pos, end: to, text: text.slice(pos, to) });
  return nodes;
}

/**
 * Split `text` into the given ranges (paragraphs, sorted, non-overlapping) and nest the spans inside each:
 * a span crossing a range edge is cut into one piece per range, and a span that overlaps another without
 * nesting is cut at the other's end, so the result is always a tree.
 */
export function highlight(text: string, spans: Span[], ranges: Range[]): Highlighted {
  for (const s of spans) {
    if (!(s.start >= 0 && s.end >= s.start && s.end <= text.length))
      throw new RangeError(`span ${s.id} [${s.start}, ${s.end}) outside text of length ${text.length}`);
  }
  const placed = new Set<Span>();
  const out = ranges.map((r) => {
    const pieces: Piece[] = [];
    for (const s of spans) {
      if (s.start === s.end) {
        // An empty span sits in the first range that touches its position.
        if (!placed.has(s) && s.start >= r.start && s.start <= r.end)
          pieces.push({ span: s, start: s.start, end: s.end });
      } else {
        const start = Math.max(s.start, r.start);
        const end = Math.min(s.end, r.end);
        if (start < end) pieces.push({ span: s, start, end });
      }
    }
    for (const p of pieces) placed.add(p.span);
    return build(text, r.start, r.end, pieces);
  });
  return { ranges: out, unplaced: spans.filter((s) => !placed.has(s)) };
}

/** Lines of the text as ranges, without their line breaks; blank lines skipped. `line` is 1-based. */
export function lineRanges(text: string): (Range & { line: number })[] {
  const out: (Range & { line: number })[] = [];
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    if (text.slice(start, end).trim() !== '') out.push({ start, end, line });
    start = nl + 1;
    line += 1;
  }
  return out;
}

/** The plain text of a node list (for tests: it must equal the range's slice). */
export function textOf(nodes: Node[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : textOf(n.children))).join('');
}
