// The format of the published `reuse` dataset beyond its columns: the method's parameters (what the finder runs
// with by default and the reuse page states) and the decoder of `alignment`, the run-length ops over the two
// quotes (`=n` n characters the same in both, `-n` n only in quote_a, `+n` n only in quote_b). The pipeline
// (scripts/pipeline/find-reuse*.ts, which writes the ops) and the site (which shows them) both import this.

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

export interface AlignedPart {
  text: string;
  /** True where the text is only in this quote (deleted from a, or inserted in b). */
  changed: boolean;
}

const OP = /^([=+-])(\d+)$/;

/** The parts of two quotes that the ops mark as same or different; throws when the ops do not fit the quotes. */
export function applyOps(a: string, b: string, ops: string): { a: AlignedPart[]; b: AlignedPart[] } {
  const outA: AlignedPart[] = [];
  const outB: AlignedPart[] = [];
  let x = 0;
  let y = 0;
  for (const op of ops.split(' ').filter(Boolean)) {
    const m = OP.exec(op);
    if (!m) throw new Error(`alignment ${JSON.stringify(ops)}: ${JSON.stringify(op)} is not =n, -n or +n`);
    const n = Number(m[2]);
    if (m[1] === '=') {
      outA.push({ text: a.slice(x, x + n), changed: false });
      outB.push({ text: b.slice(y, y + n), changed: false });
      x += n;
      y += n;
    } else if (m[1] === '-') {
      outA.push({ text: a.slice(x, x + n), changed: true });
      x += n;
    } else {
      outB.push({ text: b.slice(y, y + n), changed: true });
      y += n;
    }
  }
  if (x !== a.length || y !== b.length)
    throw new Error(`ops ${ops} cover ${x}/${a.length} and ${y}/${b.length} characters`);
  return { a: outA, b: outB };
}
