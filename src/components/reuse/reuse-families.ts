// Pure helpers of the reuse pages at any corpus size: published passages (one row per pair of plans) grouped into
// families of the same text across plans, the most widely shared first, and a summary of how much plans share.
import type { ReuseMatrixRow, ReuseRow } from '../../lib/schema/reuse.ts';

/** Where one plan holds a shared passage: the longest row span among the overlapping ones it stands for. */
export interface FamilySpan {
  docId: string;
  start: number;
  end: number;
  line: number;
  section: string;
  quote: string;
}

export interface PassageFamily {
  /** Distinct plans holding the passage. */
  plans: number;
  /** Published rows (pairs of plans) in the family. */
  rows: number;
  /** The span most rows meet at (ties: the longest): the text shown for the family. */
  representative: FamilySpan;
  /** One span per plan, the representative's plan first, then by plan id. */
  spans: FamilySpan[];
  /** The row to show side by side: the representative's row with the most identical characters. */
  example: ReuseRow;
}

/** Sizes of the reuse views, fixed whatever the corpus: passages on /compare/reuse/, plans named per passage, plans on
 * a plan page, passages shown per plan there, characters quoted per side. */
export const REUSE_VIEW = {
  topPassages: 20,
  namedPlans: 8,
  similarPlans: 5,
  passagesPerPlan: 2,
  quoteChars: 300,
} as const;

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Two spans of one plan are the same passage when they overlap by at least half of the shorter. */
const SAME_SPAN = 0.5;

/**
 * Group rows into families: the two spans of a row belong together, and so do spans of one plan that overlap by at
 * least half of the shorter (guyuan's 一、总体要求（一）指导思想 matched by hangjin, henan and yulin, with slightly
 * different ends). Families with most plans first, then most rows, then the longest text, then by position.
 */
export function passageFamilies(rows: readonly ReuseRow[]): PassageFamily[] {
  interface Node {
    span: FamilySpan;
    rowIdx: number;
  }
  const nodes: Node[] = [];
  rows.forEach((r, i) => {
    nodes.push({
      span: { docId: r.doc_a, start: r.start_a, end: r.end_a, line: r.line_a, section: r.section_a, quote: r.quote_a },
      rowIdx: i,
    });
    nodes.push({
      span: { docId: r.doc_b, start: r.start_b, end: r.end_b, line: r.line_b, section: r.section_b, quote: r.quote_b },
      rowIdx: i,
    });
  });
  const parent = nodes.map((_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[x] !== r) [x, parent[x]] = [parent[x]!, r];
    return r;
  };
  const union = (x: number, y: number) => {
    const a = find(x);
    const b = find(y);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  for (let i = 0; i < nodes.length; i += 2) union(i, i + 1);
  // Per plan, spans in start order; each is compared with the earlier ones still open.
  const order = nodes
    .map((_, i) => i)
    .sort((x, y) => cmp(nodes[x]!.span.docId, nodes[y]!.span.docId) || nodes[x]!.span.start - nodes[y]!.span.start);
  let open: number[] = [];
  let doc = '';
  for (const i of order) {
    const s = nodes[i]!.span;
    if (s.docId !== doc) {
      open = [];
      doc = s.docId;
    }
    open = open.filter((j) => nodes[j]!.span.end > s.start);
    for (const j of open) {
      const t = nodes[j]!.span;
      const overlap = Math.min(s.end, t.end) - s.start;
      if (overlap >= SAME_SPAN * Math.min(s.end - s.start, t.end - t.start)) union(i, j);
    }
    open.push(i);
  }
  const groups = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  });
  const families: PassageFamily[] = [];
  for (const members of groups.values()) {
    // Spans of one plan that overlap stand for one place: the longest speaks for them; it counts their rows.
    const byDoc = new Map<string, { span: FamilySpan; rows: Set<number> }>();
    for (const i of members) {
      const n = nodes[i]!;
      const d = byDoc.get(n.span.docId);
      if (!d) byDoc.set(n.span.docId, { span: n.span, rows: new Set([n.rowIdx]) });
      else {
        d.rows.add(n.rowIdx);
        if (n.span.end - n.span.start > d.span.end - d.span.start) d.span = n.span;
      }
    }
    const places = [...byDoc.values()].sort(
      (x, y) =>
        y.rows.size - x.rows.size ||
        y.span.end - y.span.start - (x.span.end - x.span.start) ||
        cmp(x.span.docId, y.span.docId),
    );
    const hub = places[0]!;
    const rowIds = new Set(members.map((i) => nodes[i]!.rowIdx));
    const example = [...hub.rows]
      .map((i) => rows[i]!)
      .sort((x, y) => y.matched_chars - x.matched_chars || cmp(x.reuse_id, y.reuse_id))[0]!;
    families.push({
      plans: byDoc.size,
      rows: rowIds.size,
      representative: hub.span,
      spans: [
        hub.span,
        ...places
          .slice(1)
          .map((p) => p.span)
          .sort((x, y) => cmp(x.docId, y.docId)),
      ],
      example,
    });
  }
  return families.sort(
    (x, y) =>
      y.plans - x.plans ||
      y.rows - x.rows ||
      y.representative.quote.length - x.representative.quote.length ||
      cmp(x.representative.docId, y.representative.docId) ||
      x.representative.start - y.representative.start,
  );
}

export interface ReuseSummary {
  plans: number;
  /** Pairs of plans with at least one shared passage, and all pairs N(N-1)/2. */
  pairsSharing: number;
  pairsAll: number;
  passages: number;
  families: number;
  /** Families by how many plans hold them: [plans, families], fewest plans first. */
  familiesByPlans: [number, number][];
  /** Plans sharing no passage with any other. */
  plansAlone: number;
  /** Pairs by the larger of the two shares (of either plan's text in passages shared with the other). */
  pairsByShare: { from: number; to: number; pairs: number }[];
}

/** Share buckets of the summary: under 1 %, 1–5 %, 5–15 %, 15–50 %, 50 % and more. */
export const SHARE_BUCKETS = [0, 0.01, 0.05, 0.15, 0.5, 1.0001];

export function reuseSummary(
  docIds: readonly string[],
  rows: readonly ReuseRow[],
  matrix: readonly ReuseMatrixRow[],
  families: readonly PassageFamily[],
): ReuseSummary {
  const pairShare = new Map<string, number>();
  for (const m of matrix) {
    const key = m.doc_id < m.other_doc_id ? `${m.doc_id}\t${m.other_doc_id}` : `${m.other_doc_id}\t${m.doc_id}`;
    pairShare.set(key, Math.max(pairShare.get(key) ?? 0, m.share));
  }
  const sharing = new Set(matrix.map((m) => m.doc_id));
  const byPlans = new Map<number, number>();
  for (const f of families) byPlans.set(f.plans, (byPlans.get(f.plans) ?? 0) + 1);
  const n = docIds.length;
  return {
    plans: n,
    pairsSharing: pairShare.size,
    pairsAll: (n * (n - 1)) / 2,
    passages: rows.length,
    families: families.length,
    familiesByPlans: [...byPlans].sort((x, y) => x[0] - y[0]),
    plansAlone: docIds.filter((d) => !sharing.has(d)).length,
    pairsByShare: SHARE_BUCKETS.slice(0, -1).map((from, i) => {
      const to = SHARE_BUCKETS[i + 1]!;
      let pairs = 0;
      for (const s of pairShare.values()) if (s >= from && s < to) pairs++;
      return { from, to: Math.min(to, 1), pairs };
    }),
  };
}

/** The plans sharing most of this plan's text, largest share first (ties: more passages, then id). */
export function similarPlans(rows: readonly ReuseMatrixRow[], docId: string, top: number): ReuseMatrixRow[] {
  return rows
    .filter((r) => r.doc_id === docId)
    .sort((x, y) => y.share - x.share || y.passages - x.passages || cmp(x.other_doc_id, y.other_doc_id))
    .slice(0, top);
}
