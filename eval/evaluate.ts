// From plan runs to the whole evaluation: per-document scores and one summary per dataset. Pure.
import type { DatasetName, PlanRun } from './extracted.ts';
import { scoreDocument, type DocScore } from './score.ts';
import { headlineFigures, summariseSet, type SetSummary } from './summarise.ts';

export const SETS: DatasetName[] = ['corpus', 'dev', 'holdout', 'bad'];

export interface Evaluation {
  docs: DocScore[];
  sets: SetSummary[];
  headline: Record<string, Record<string, number | null>>;
}

export function evaluate(runs: PlanRun[]): Evaluation {
  const docs = runs.map(scoreDocument);
  const sets = SETS.filter((set) => docs.some((d) => d.set === set)).map((set) =>
    summariseSet(
      set,
      docs.filter((d) => d.set === set),
    ),
  );
  const headline = Object.fromEntries(sets.map((s) => [s.set, headlineFigures(s)]));
  return { docs, sets, headline };
}

export interface ThresholdFailure {
  set: string;
  figure: string;
  measured: number | null;
  threshold: number;
}

/** Figures below their threshold (thresholds are minima; a missing figure fails a threshold). */
export function belowThresholds(
  headline: Evaluation['headline'],
  thresholds: Record<string, Record<string, number>>,
): ThresholdFailure[] {
  const failures: ThresholdFailure[] = [];
  for (const [set, figures] of Object.entries(thresholds)) {
    for (const [figure, threshold] of Object.entries(figures)) {
      const measured = headline[set]?.[figure] ?? null;
      if (measured === null || measured < threshold - 1e-9) failures.push({ set, figure, measured, threshold });
    }
  }
  return failures;
}
