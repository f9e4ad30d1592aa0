// Sums per-document scores into the figures of one dataset (corpus, dev, holdout, bad). Pure.
import type { DatasetName } from './extracted.ts';
import type { DocScore, Tally } from './score.ts';

/** A ratio that is null when its denominator is 0 (nothing to measure). */
export type Ratio = number | null;

export function ratio(n: number, d: number): Ratio {
  return d === 0 ? null : n / d;
}

export interface SetSummary {
  set: DatasetName;
  documents: number;
  /** Genuine texts the CLI refused (a failure each), by name. */
  genuineRefused: string[];
  /** Bad inputs the CLI accepted (a failure each), by name. */
  badAccepted: string[];
  badRefused: number;
  badInputs: number;
  refusalWordsWrong: string[];
  targets: Tally & { precision: Ratio; recall: Ratio };
  core: Tally & { recall: Ratio };
  duplicates: number;
  comparatorAccuracy: Ratio;
  indicatorIdAccuracy: Ratio;
  impliedAccuracy: Ratio;
  notTargets: { total: number; taken: number; byReason: Record<string, { total: number; taken: number }> };
  missReasons: Record<string, number>;
  alliances: Tally & { precision: Ratio; recall: Ratio };
  proseAllianceRecall: Ratio;
  allianceKindAccuracy: Ratio;
  responsibilities: Tally & { precision: Ratio; recall: Ratio };
  milestones: Tally & { precision: Ratio; recall: Ratio };
  notesRecall: Ratio;
  falseTruncations: string[];
  documentChecks: Ratio;
  organisationsFound: Ratio;
  organisationFragments: number;
  organisationMerges: Ratio;
  phenomena: Record<string, { total: number; found: number; recall: Ratio }>;
}

function add(a: Tally, b: Tally | null): void {
  if (!b) return;
  a.gold += b.gold;
  a.found += b.found;
  a.extracted += b.extracted;
}

function withPr(t: Tally): Tally & { precision: Ratio; recall: Ratio } {
  return { ...t, precision: ratio(t.found, t.extracted), recall: ratio(t.found, t.gold) };
}

export function summariseSet(set: DatasetName, docs: DocScore[]): SetSummary {
  const zero = (): Tally => ({ gold: 0, found: 0, extracted: 0 });
  const targets = zero();
  const core = zero();
  const alliances = zero();
  const prose = zero();
  const resp = zero();
  const miles = zero();
  let duplicates = 0;
  const cmp = { right: 0, of: 0 };
  const ids = { right: 0, of: 0 };
  const implied = { right: 0, of: 0 };
  const kind = { right: 0, of: 0 };
  const notes = { expected: 0, found: 0 };
  const docChecks = { passed: 0, of: 0 };
  const orgs = { found: 0, of: 0, fragments: 0, merged: 0, merges: 0 };
  const notTargets: SetSummary['notTargets'] = { total: 0, taken: 0, byReason: {} };
  const missReasons: Record<string, number> = {};
  const phen: Record<string, { total: number; found: number }> = {};
  for (const d of docs) {
    add(targets, d.targets);
    add(core, d.core);
    add(alliances, d.alliances);
    add(prose, d.proseAlliances);
    add(resp, d.responsibilities);
    add(miles, d.milestones);
    duplicates += d.duplicates;
    for (const [acc, x] of [
      [cmp, d.comparator],
      [ids, d.indicatorId],
      [implied, d.implied],
      [kind, d.allianceKind],
    ] as const) {
      acc.right += x.right;
      acc.of += x.of;
    }
    notes.expected += d.notes.expected.length;
    notes.found += d.notes.expected.length - d.notes.missing.length;
    docChecks.passed += d.document.passed;
    docChecks.of += d.document.checks;
    orgs.found += d.organisations.found;
    orgs.of += d.organisations.mustFind;
    orgs.fragments += d.organisations.fragments.length;
    orgs.merged += d.organisations.merged;
    orgs.merges += d.organisations.merges;
    for (const n of d.notTargets) {
      const r = (notTargets.byReason[n.reason] ??= { total: 0, taken: 0 });
      r.total++;
      notTargets.total++;
      if (n.taken) {
        r.taken++;
        notTargets.taken++;
      }
    }
    for (const m of d.misses) missReasons[m.reason] = (missReasons[m.reason] ?? 0) + 1;
    for (const [tag, c] of Object.entries(d.phenomena)) {
      const p = (phen[tag] ??= { total: 0, found: 0 });
      p.total += c.total;
      p.found += c.found;
    }
  }
  const bad = docs.filter((d) => d.refuseExpected);
  return {
    set,
    documents: docs.length,
    genuineRefused: docs.filter((d) => !d.refuseExpected && d.refused).map((d) => d.name),
    badAccepted: bad.filter((d) => !d.refused).map((d) => d.name),
    badRefused: bad.filter((d) => d.refused).length,
    badInputs: bad.length,
    refusalWordsWrong: bad.filter((d) => d.refused && !d.refusalWordsOk).map((d) => d.name),
    targets: withPr(targets),
    core: { ...core, recall: ratio(core.found, core.gold) },
    duplicates,
    comparatorAccuracy: ratio(cmp.right, cmp.of),
    indicatorIdAccuracy: ratio(ids.right, ids.of),
    impliedAccuracy: ratio(implied.right, implied.of),
    notTargets,
    missReasons,
    alliances: withPr(alliances),
    proseAllianceRecall: ratio(prose.found, prose.gold),
    allianceKindAccuracy: ratio(kind.right, kind.of),
    responsibilities: withPr(resp),
    milestones: withPr(miles),
    notesRecall: ratio(notes.found, notes.expected),
    falseTruncations: docs.filter((d) => d.notes.falseTruncation).map((d) => d.name),
    documentChecks: ratio(docChecks.passed, docChecks.of),
    organisationsFound: ratio(orgs.found, orgs.of),
    organisationFragments: orgs.fragments,
    organisationMerges: ratio(orgs.merged, orgs.merges),
    phenomena: Object.fromEntries(
      Object.entries(phen)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([tag, c]) => [tag, { ...c, recall: ratio(c.found, c.total) }]),
    ),
  };
}

/** The figures thresholds are kept for (eval/thresholds.json); higher is better for each. */
export function headlineFigures(s: SetSummary): Record<string, number | null> {
  return {
    target_precision: s.targets.precision,
    target_recall: s.targets.recall,
    core_recall: s.core.recall,
    alliance_precision: s.alliances.precision,
    alliance_recall: s.alliances.recall,
    prose_alliance_recall: s.proseAllianceRecall,
    responsibility_recall: s.responsibilities.recall,
    milestone_recall: s.milestones.recall,
    genuine_accepted: ratio(s.documents - s.badInputs - s.genuineRefused.length, s.documents - s.badInputs),
    bad_refused: ratio(s.badRefused, s.badInputs),
  };
}
