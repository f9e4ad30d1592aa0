// Alliance edges, responsibilities and milestones of one plan against its gold.
import type { ExtractedOutput, PlanRun } from './extracted.ts';
import { tagCount, type DocScore, type Tally } from './doc-score.ts';
import {
  allianceMatches,
  alternatives,
  containsAny,
  maximumMatching,
  responsibilityMatches,
  type GoldEdge,
  type GoldResponsibilityEdge,
} from './match.ts';

export function scoreAlliances(run: PlanRun, out: ExtractedOutput | null, s: DocScore): void {
  const { gold } = run;
  const edges: GoldEdge[] = gold.alliances.flatMap((a, ai) =>
    a.leads.flatMap((lead) =>
      a.members.map((member) => ({
        alliance: ai,
        kind: a.kind,
        lead,
        member,
        tags: [...a.phenomena, ...gold.phenomena],
      })),
    ),
  );
  const rows = out?.alliances ?? [];
  const match = maximumMatching(edges, rows, allianceMatches);
  edges.forEach((g, i) => {
    const j = match[i] ?? -1;
    const prose = !g.tags.includes('alliance-table');
    s.alliances.gold++;
    if (prose) s.proseAlliances.gold++;
    tagCount(s.phenomena, g.tags, j >= 0);
    if (j < 0) {
      s.allianceMisses.push(`${alternatives(g.lead).join('/')} → ${alternatives(g.member).join('/')} (${g.kind})`);
      return;
    }
    s.alliances.found++;
    if (prose) s.proseAlliances.found++;
    s.allianceKind.of++;
    if (rows[j]?.kind === g.kind) s.allianceKind.right++;
  });
  const used = new Set(match.filter((j) => j >= 0));
  let categories = 0;
  rows.forEach((e, j) => {
    if (used.has(j)) return;
    const edge = `${e.lead_zh} → ${e.member_zh} (${e.kind}) «${e.quote}»`;
    // The gold lists named members only (a category is no edge); a flagged category row is kept, not false.
    if (e.member_category === true) {
      categories++;
      s.allianceCategories.push(edge);
    } else s.allianceFalse.push(edge);
  });
  s.alliances.extracted = rows.length - categories;
  s.proseAlliances.extracted = s.proseAlliances.found;
}

export function scoreResponsibilities(run: PlanRun, out: ExtractedOutput | null, s: DocScore): void {
  const { gold } = run;
  if (!gold.responsibilities) return;
  const edges: GoldResponsibilityEdge[] = gold.responsibilities.flatMap((r) => [
    ...r.leads.map((agency) => ({
      task: r.task,
      agency,
      role: 'lead' as const,
      tags: [...r.phenomena, ...gold.phenomena],
    })),
    ...r.partners.map((agency) => ({
      task: r.task,
      agency,
      role: 'partner' as const,
      tags: [...r.phenomena, ...gold.phenomena],
    })),
  ]);
  const rows = out?.responsibilities ?? [];
  const match = maximumMatching(edges, rows, responsibilityMatches);
  const t: Tally = { gold: edges.length, found: 0, extracted: rows.length };
  edges.forEach((g, i) => {
    const ok = (match[i] ?? -1) >= 0;
    tagCount(s.phenomena, g.tags, ok);
    if (ok) t.found++;
    else s.responsibilityMisses.push(`${alternatives(g.task)[0]}: ${alternatives(g.agency).join('/')} as ${g.role}`);
  });
  s.responsibilities = t;
}

export function scoreMilestones(run: PlanRun, out: ExtractedOutput | null, s: DocScore): void {
  const { gold } = run;
  if (!gold.milestones) return;
  const rows = (out?.phases ?? []).filter((p) => p.kind === 'milestone');
  const match = maximumMatching(
    gold.milestones,
    rows,
    (g, e) => containsAny(`${e.name_zh} ${e.quote}`, g.task) && e.end_ym.startsWith(g.due),
  );
  const t: Tally = { gold: gold.milestones.length, found: 0, extracted: rows.length };
  gold.milestones.forEach((g, i) => {
    const ok = (match[i] ?? -1) >= 0;
    tagCount(s.phenomena, ['milestone', ...gold.phenomena], ok);
    if (ok) t.found++;
    else s.milestoneMisses.push(`${g.due} ${g.quote}`);
  });
  s.milestones = t;
}
