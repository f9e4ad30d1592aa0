// Text reuse kept between runs: what one run found per pair of plans, so the next run aligns only the pairs whose
// inputs changed. The pipeline never touches disk: the shell stores the state and hands it back (ReuseStateStore).
// A pair's passages depend on the two plans' texts and sections, the options, and which shingles count as
// boilerplate (a corpus-wide document frequency): a pair is taken over only when both plans hash the same as before
// and no shingle the two share as fingerprints changed its boilerplate status (find-reuse-seeds marks those pairs).
import type { ReuseOptions } from '../../src/lib/schema/reuse-format.ts';
import type { ParsedDocument } from './types.ts';

/** Bump when the layout of ReuseState changes. */
export const REUSE_STATE_FORMAT = 3;

/** Numbers per passage in PairOutcome.passages. */
export const PASSAGE_FIELDS = 5;

/** Below-threshold passages of a pair: how many, and the one with the most identical characters (folded span of doc a). */
export interface RejectedSummary {
  count: number;
  identical: number;
  similarity: number;
  aStart: number;
  aEnd: number;
}

/** What one pair of plans yielded; pairs that yielded nothing have no outcome. */
export interface PairOutcome {
  a: string;
  b: string;
  /**
   * Each kept passage as PASSAGE_FIELDS numbers, flat: folded aStart, aEnd, bStart, bEnd and identical characters.
   * The published row (quotes, sections, lines, diff) is made from them and the two plans, so the state stays small.
   */
  passages: number[];
  /** The published `alignment` (character diff) of each passage, in the same order: the costliest part of a row. */
  alignments: string[];
  rejected: RejectedSummary | null;
}

export interface ReuseState {
  format: number;
  /** The options the outcomes were found with (JSON), so a change of method discards them. */
  options: string;
  /** Content hash of every plan (docContentHash). */
  docs: Record<string, string>;
  /** Shingles that were boilerplate (skipped) in that run, sorted. */
  skipped: string[];
  pairs: PairOutcome[];
}

/** Where findReuse's state of the previous run is kept (the shell's business: a file, memory in tests). */
export interface ReuseStateStore {
  get(): ReuseState | undefined;
  set(state: ReuseState): void;
}

/** The state if it was made with this format and these options, else null (everything is recomputed). */
export function usableState(state: ReuseState | null | undefined, opt: ReuseOptions): ReuseState | null {
  if (!state || state.format !== REUSE_STATE_FORMAT || state.options !== JSON.stringify(opt)) return null;
  if (
    !Array.isArray(state.pairs) ||
    state.pairs.some(
      (o) => !Array.isArray(o.alignments) || o.alignments.length * PASSAGE_FIELDS !== o.passages.length,
    ) ||
    !Array.isArray(state.skipped) ||
    typeof state.docs !== 'object'
  )
    return null;
  return state;
}

/**
 * 64-bit FNV-1a (two 32-bit lanes of different offset bases) over everything a pair's rows read from a plan: its
 * id, raw and clean text and its sections' spans. Not cryptographic: it tells an edited plan from the same plan.
 */
export function docContentHash(doc: ParsedDocument): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x6c62272e;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
    }
    h1 = Math.imul(h1 ^ 0xffff, 0x01000193);
    h2 = Math.imul(h2 ^ 0xffff, 0x01000193);
  };
  feed(doc.docId);
  feed(doc.clean.raw);
  feed(doc.clean.text);
  for (const s of doc.sections) feed(`${s.sectionId}\t${s.level}\t${s.cleanStart}\t${s.cleanEnd}`);
  return `${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}-${doc.clean.raw.length}`;
}
