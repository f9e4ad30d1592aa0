// Scores one plan run against its gold: targets, not-targets, alliances, responsibilities, milestones,
// notes, front matter, organisations, refusal. Pure: everything arrives as arguments.
import { foldKey } from '../src/lib/text/index.ts';
import type { ExtractedOutput, PlanRun } from './extracted.ts';
import { emptyScore, type DocScore } from './doc-score.ts';
import { alternatives, containsAny, sameName } from './match.ts';
import { scoreAlliances, scoreMilestones, scoreResponsibilities } from './score-relations.ts';
import { scoreTargets } from './score-targets.ts';

export type { DocScore, FalsePositive, Tally, TargetMiss } from './doc-score.ts';
export { emptyScore } from './doc-score.ts';

function scoreDocumentFacts(run: PlanRun, out: ExtractedOutput | null, s: DocScore): void {
  const { gold } = run;
  const codes = new Set((out?.document_notes ?? []).map((n) => n.code));
  const complete = out?.document?.complete ?? true;
  s.notes.expected = gold.notes;
  s.notes.missing = gold.notes.filter((n) => !(codes.has(n) || (n === 'truncated' && !complete)));
  s.notes.falseTruncation = out !== null && !complete && !gold.notes.includes('truncated');
  const d = gold.document;
  const check = (ok: boolean, failure: string) => {
    s.document.checks++;
    if (ok) s.document.passed++;
    else s.document.failures.push(failure);
  };
  const title = out?.document?.title_zh ?? '';
  if (d?.title_contains) check(containsAny(title, d.title_contains), `title «${title}» lacks «${d.title_contains}»`);
  if (d && d.doc_number !== undefined) {
    const got = out?.document?.doc_number ?? null;
    check((got && foldKey(got)) === (d.doc_number && foldKey(d.doc_number)), `doc_number ${got} ≠ ${d.doc_number}`);
  }
  if (d?.complete !== undefined) check(complete === d.complete, `complete ${complete} ≠ ${d.complete}`);
}

function scoreOrganisations(run: PlanRun, out: ExtractedOutput | null, s: DocScore): void {
  const o = run.gold.organisations;
  if (!o) return;
  const orgs = (out?.organisations ?? []).map((r) => [r.name_zh, r.canonical_zh, ...r.name_forms_zh.split('、')]);
  for (const want of o.must_find) {
    s.organisations.mustFind++;
    if (orgs.some((names) => names.some((n) => sameName(want, n)))) s.organisations.found++;
    else s.organisations.missing.push(alternatives(want).join('/'));
  }
  for (const frag of o.must_not_find) {
    if (orgs.some((names) => sameName(frag, names[0]) || sameName(frag, names[1])))
      s.organisations.fragments.push(frag);
  }
  // Two written forms of one body (short/long, （ vs (): exactly one organisation carries them, and it carries both.
  for (const [a, b] of o.must_merge) {
    s.organisations.merges++;
    const holders = orgs.filter((names) => names.some((n) => sameName(a, n) || sameName(b, n)));
    const one = holders[0];
    if (holders.length === 1 && one && one.some((n) => sameName(a, n)) && one.some((n) => sameName(b, n))) {
      s.organisations.merged++;
    } else s.organisations.missing.push(`${a} = ${b} (${holders.length} organisations)`);
  }
}

/** Score one run. A refused genuine text scores as if nothing was extracted (every gold item missed). */
export function scoreDocument(run: PlanRun): DocScore {
  const s = emptyScore(run);
  const out = run.outcome.kind === 'ok' ? run.outcome.output : null;
  if (run.gold.refuse) {
    const words = run.gold.refusal_contains;
    s.refusalWordsOk = !words || (s.refused && s.refusalMessage.toLowerCase().includes(words.toLowerCase()));
    return s;
  }
  scoreTargets(run, out, s);
  scoreAlliances(run, out, s);
  scoreResponsibilities(run, out, s);
  scoreMilestones(run, out, s);
  scoreDocumentFacts(run, out, s);
  scoreOrganisations(run, out, s);
  return s;
}
