// Targets of one plan against its gold: matched, missed (with the reason), duplicates, false positives, not-targets.
import type { GoldTarget } from './gold-schema.ts';
import type { ExtractedOutput, ExtractedTarget, PlanRun } from './extracted.ts';
import { tagCount, type DocScore, type TargetMiss } from './doc-score.ts';
import { alternatives, maximumMatching, overlaps, spanOf, targetDifferences, targetMatches } from './match.ts';

function describeRow(e: ExtractedTarget): string {
  const v = e.value_max === null ? `${e.value}` : `${e.value}–${e.value_max}`;
  return `${e.indicator_zh} ${e.comparator} ${v} ${e.unit || '(no unit)'} ${e.target_year ?? '(no year)'}`;
}

function missOf(g: GoldTarget, raw: string, leftovers: ExtractedTarget[]): TargetMiss {
  const span = spanOf(raw, g.quote);
  const near = leftovers
    .filter((e) => overlaps(span, e.start, e.end))
    .map((e) => ({ e, diff: targetDifferences(g, e) }))
    .sort((a, b) => a.diff.length - b.diff.length)[0];
  return {
    quote: g.quote,
    indicator: alternatives(g.indicator).join(' / '),
    value: g.value,
    value_max: g.value_max,
    unit: g.unit,
    target_year: g.target_year,
    core: g.core,
    reason: near ? `wrong ${near.diff.join('+')}` : 'absent',
    got: near ? describeRow(near.e) : '',
  };
}

export function scoreTargets(run: PlanRun, out: ExtractedOutput | null, s: DocScore): void {
  const { gold, raw } = run;
  const rows = out?.targets ?? [];
  const match = maximumMatching(gold.targets, rows, targetMatches);
  const used = new Set(match.filter((j) => j >= 0));
  const leftovers = rows.filter((_, j) => !used.has(j));
  gold.targets.forEach((g, i) => {
    const j = match[i] ?? -1;
    const found = j >= 0;
    s.targets.gold++;
    if (g.core) s.core.gold++;
    tagCount(s.phenomena, [...g.phenomena, ...gold.phenomena, ...(g.implied ? ['implied-full-coverage'] : [])], found);
    if (!found) {
      s.misses.push(missOf(g, raw, leftovers));
      return;
    }
    const e = rows[j] as ExtractedTarget;
    s.targets.found++;
    if (g.core) s.core.found++;
    s.comparator.of++;
    if (e.comparator === g.comparator) s.comparator.right++;
    if (g.indicator_id !== undefined) {
      s.indicatorId.of++;
      if (e.indicator_id === g.indicator_id) s.indicatorId.right++;
    }
    if (typeof e.implied === 'boolean') {
      s.implied.of++;
      if (e.implied === g.implied) s.implied.right++;
    }
  });
  // A leftover row that states a matched gold target again is a duplicate, not a false positive.
  const matchedGold = gold.targets.filter((_, i) => (match[i] ?? -1) >= 0);
  const notTargetSpans = gold.not_targets.map((n) => ({ n, span: spanOf(raw, n.quote), taken: false }));
  for (const e of leftovers) {
    if (matchedGold.some((g) => targetMatches(g, e))) {
      s.duplicates++;
      continue;
    }
    const hit = notTargetSpans.find(
      (t) =>
        overlaps(t.span, e.start, e.end) &&
        (t.n.value === undefined || t.n.value === e.value || t.n.value === e.value_max),
    );
    if (hit) hit.taken = true;
    s.falsePositives.push({
      quote: e.quote,
      indicator_zh: e.indicator_zh,
      value: e.value,
      unit: e.unit,
      target_year: e.target_year,
      reason: hit ? hit.n.reason : '',
    });
  }
  s.targets.extracted = s.targets.found + s.falsePositives.length;
  s.core.extracted = s.core.found;
  s.notTargets = notTargetSpans.map((t) => ({ reason: t.n.reason, quote: t.n.quote, taken: t.taken }));
}
