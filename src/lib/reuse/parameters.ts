// The parameters of the text-reuse method: the values the reuse finder runs with by default and the reuse
// page states. Pure constants, so the site can describe the method without importing the pipeline.

export interface AlignScores {
  match: number;
  mismatch: number;
  /** Cost of the first character of a gap (open + extend). */
  gapOpen: number;
  /** Cost of each further character of a gap. */
  gapExtend: number;
}

/** Integer scores: a substituted character costs more than a match earns, and an inserted clause costs little more per character than one. */
export const DEFAULT_SCORES: AlignScores = { match: 2, mismatch: -3, gapOpen: 5, gapExtend: 1 };

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
