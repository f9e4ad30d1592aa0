// The score of one plan run: tallies, misses and false positives, per-phenomenon counts. Types and helpers only.
import type { PlanRun } from './extracted.ts';

/** Hits out of a total, with the items behind the misses and the false positives. */
export interface Tally {
  gold: number;
  found: number;
  extracted: number;
}

export interface TargetMiss {
  quote: string;
  indicator: string;
  value: number;
  value_max: number | null;
  unit: string;
  target_year: number | null;
  core: boolean;
  /** absent (nothing extracted on the quote), or the fields an overlapping row got wrong (year, unit, …). */
  reason: string;
  got: string;
}

export interface FalsePositive {
  quote: string;
  indicator_zh: string;
  value: number;
  unit: string;
  target_year: number | null;
  /** A not-target reason (doc-number, past-statistic, …) when the row takes a listed not-target, else ''. */
  reason: string;
}

export interface DocScore {
  set: PlanRun['set'];
  name: string;
  refuseExpected: boolean;
  refused: boolean;
  refusalMessage: string;
  refusalWordsOk: boolean;
  targets: Tally;
  core: Tally;
  duplicates: number;
  comparator: { right: number; of: number };
  indicatorId: { right: number; of: number };
  implied: { right: number; of: number };
  misses: TargetMiss[];
  falsePositives: FalsePositive[];
  notTargets: { reason: string; quote: string; taken: boolean }[];
  alliances: Tally;
  proseAlliances: Tally;
  allianceKind: { right: number; of: number };
  allianceMisses: string[];
  allianceFalse: string[];
  /** Unmatched edges to a category member (flagged by the pipeline): listed, not counted as false. */
  allianceCategories: string[];
  responsibilities: Tally | null;
  responsibilityMisses: string[];
  milestones: Tally | null;
  milestoneMisses: string[];
  notes: { expected: string[]; missing: string[]; falseTruncation: boolean };
  document: { checks: number; passed: number; failures: string[] };
  organisations: {
    mustFind: number;
    found: number;
    fragments: string[];
    merges: number;
    merged: number;
    missing: string[];
  };
  /** Per phenomenon tag: items carrying it and how many were found. */
  phenomena: Record<string, { total: number; found: number }>;
}

export function tagCount(acc: DocScore['phenomena'], tags: Iterable<string>, found: boolean): void {
  for (const t of new Set(tags)) {
    const c = (acc[t] ??= { total: 0, found: 0 });
    c.total++;
    if (found) c.found++;
  }
}

export function emptyScore(run: PlanRun): DocScore {
  const tally = (): Tally => ({ gold: 0, found: 0, extracted: 0 });
  return {
    set: run.set,
    name: run.name,
    refuseExpected: run.gold.refuse,
    refused: run.outcome.kind === 'refused',
    refusalMessage: run.outcome.kind === 'refused' ? run.outcome.message : '',
    refusalWordsOk: true,
    targets: tally(),
    core: tally(),
    duplicates: 0,
    comparator: { right: 0, of: 0 },
    indicatorId: { right: 0, of: 0 },
    implied: { right: 0, of: 0 },
    misses: [],
    falsePositives: [],
    notTargets: [],
    alliances: tally(),
    proseAlliances: tally(),
    allianceKind: { right: 0, of: 0 },
    allianceMisses: [],
    allianceFalse: [],
    allianceCategories: [],
    responsibilities: null,
    responsibilityMisses: [],
    milestones: null,
    milestoneMisses: [],
    notes: { expected: [], missing: [], falseTruncation: false },
    document: { checks: 0, passed: 0, failures: [] },
    organisations: { mustFind: 0, found: 0, fragments: [], merges: 0, merged: 0, missing: [] },
    phenomena: {},
  };
}
