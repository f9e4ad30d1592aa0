// Text reuse: the options and counters of a run, and the passage type the other reuse modules share.
import type { ReuseMatrixRow, ReuseRow } from '../../src/lib/schema/reuse.ts';
import type { ReportEntry } from './extractor-types.ts';
import { DEFAULT_SCORES, type AlignScores, type LocalAlignment } from './find-reuse-align.ts';

export interface ReuseOptions {
  /** Shingle length in folded characters (letters and digits). */
  k: number;
  /** Winnowing window: any shared exact run of k + w - 1 characters is guaranteed a common fingerprint. */
  w: number;
  /** A fingerprint found in more documents than this is boilerplate and seeds nothing. */
  maxDocFreq: number;
  /** A fingerprint with more occurrences than this (repeats inside documents) is skipped too. */
  maxPostings: number;
  /** Seeds further apart than this (folded characters, along document a) start a new candidate region. */
  maxGap: number;
  /** Diagonal drift (insertions minus deletions) allowed between neighbouring seeds of one region. */
  band: number;
  /** Folded characters added around a region before alignment, so the passage can extend past its seeds. */
  margin: number;
  /** Minimum number of identical aligned characters for a passage to be kept. */
  minMatched: number;
  /** Minimum similarity: identical aligned characters / folded length of the longer side. */
  minSimilarity: number;
  /** Largest alignment matrix (cells) for one region; longer regions are split. */
  maxCells: number;
  scores: AlignScores;
}

export const DEFAULT_REUSE_OPTIONS: ReuseOptions = {
  k: 8,
  w: 8,
  maxDocFreq: 25,
  maxPostings: 100,
  maxGap: 40,
  band: 16,
  margin: 24,
  minMatched: 20,
  minSimilarity: 0.7,
  maxCells: 8_000_000,
  scores: DEFAULT_SCORES,
};

/** What the run cost: the figures the scaling benchmark reports. */
export interface ReuseStats {
  documents: number;
  folded_chars: number;
  fingerprints: number;
  /** Distinct fingerprints (shingle strings) seen in more than maxDocFreq documents or maxPostings places. */
  fingerprints_skipped: number;
  /** Document pairs that share at least one kept fingerprint. */
  doc_pairs: number;
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
