// Text reuse: aligned passages as published rows (raw spans, sections, lines, the character diff) and coverage.
import type { ReuseRow } from '../../src/lib/schema/reuse.ts';
import { lineAt, lineStarts } from '../../src/lib/text/index.ts';
import { diffOps } from './find-reuse-align.ts';
import type { FoldedText } from './find-reuse-fingerprint.ts';
import type { Passage } from './find-reuse-options.ts';
import { rawSpanOf, sectionAtClean } from './locate.ts';
import type { ParsedDocument } from './types.ts';

/** Length of the union of half-open intervals. */
export function unionLength(intervals: [number, number][]): number {
  const s = intervals.slice().sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of s) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** 1-based raw line of an offset; the line starts are computed once per document. */
const lineStartsOf = new WeakMap<ParsedDocument, number[]>();
function lineOfRaw(doc: ParsedDocument, offset: number): number {
  let starts = lineStartsOf.get(doc);
  if (!starts) {
    starts = lineStarts(doc.clean.raw);
    lineStartsOf.set(doc, starts);
  }
  return lineAt(starts, offset);
}

/** The published row of a passage; `alignment` when known already (from the previous run's state) saves the diff. */
export function toRow(
  docA: ParsedDocument,
  A: FoldedText,
  docB: ParsedDocument,
  B: FoldedText,
  p: Passage,
  alignment?: string,
): ReuseRow {
  const cleanA = [A.toClean[p.al.aStart] as number, (A.toClean[p.al.aEnd - 1] as number) + 1] as const;
  const cleanB = [B.toClean[p.al.bStart] as number, (B.toClean[p.al.bEnd - 1] as number) + 1] as const;
  const spanA = rawSpanOf(docA.clean, cleanA[0], cleanA[1]);
  const spanB = rawSpanOf(docB.clean, cleanB[0], cleanB[1]);
  return {
    reuse_id: `${docA.docId}@${spanA.start}~${docB.docId}@${spanB.start}`,
    doc_a: docA.docId,
    section_a: sectionAtClean(docA, cleanA[0]).sectionId,
    line_a: lineOfRaw(docA, spanA.start),
    start_a: spanA.start,
    end_a: spanA.end,
    doc_b: docB.docId,
    section_b: sectionAtClean(docB, cleanB[0]).sectionId,
    line_b: lineOfRaw(docB, spanB.start),
    start_b: spanB.start,
    end_b: spanB.end,
    length_a: p.al.aEnd - p.al.aStart,
    length_b: p.al.bEnd - p.al.bStart,
    matched_chars: p.al.identical,
    similarity: Math.round(p.similarity * 1000) / 1000,
    quote_a: spanA.quote,
    quote_b: spanB.quote,
    alignment: alignment ?? diffOps(spanA.quote, spanB.quote),
  };
}
