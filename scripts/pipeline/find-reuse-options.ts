// Text reuse: the counters and result of a run, and the passage type the other reuse modules share (the options
// and their defaults are the published method's: src/lib/schema/reuse-format.ts).
import type { ReuseMatrixRow, ReuseRow } from '../../src/lib/schema/reuse.ts';
import type { ReportEntry } from './extractor-types.ts';
import type { LocalAlignment } from './find-reuse-align.ts';
import type { ReuseState } from './find-reuse-state.ts';

/** What the run cost: the figures the scaling benchmark reports. */
export interface ReuseStats {
  documents: number;
  folded_chars: number;
  fingerprints: number;
  /** Distinct fingerprints (shingle strings) seen in more than maxDocFreq documents or maxPostings places. */
  fingerprints_skipped: number;
  /** Document pairs that share at least one kept fingerprint. */
  doc_pairs: number;
  /** Pairs whose outcome was taken over from the previous run's state (inputs unchanged). */
  pairs_reused: number;
  /** Seed pairs (position in a, position in b) examined: the work that depends on how much text is shared. */
  seed_pairs: number;
  regions: number;
  /** Single-seed regions not aligned because an ungapped extension found too little identical text around the seed. */
  filtered: number;
  alignments: number;
  cells: number;
  kept: number;
  rejected: number;
}

export interface ReuseResult {
  rows: ReuseRow[];
  matrix: ReuseMatrixRow[];
  stats: ReuseStats;
  report: ReportEntry[];
  /** What the next run needs to align only the pairs whose inputs changed. */
  state: ReuseState;
}

/** One aligned passage and its similarity (identical characters / folded length of the longer side). */
export interface Passage {
  al: LocalAlignment;
  similarity: number;
}

/** Code-unit order of two strings (no locale). */
export function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
