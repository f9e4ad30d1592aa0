// The text report `npm run eval` prints: one block per dataset, then the lists. Pure string building.
import type { DocScore } from './score.ts';
import type { Ratio, SetSummary } from './summarise.ts';

const TITLES: Record<string, string> = {
  corpus: 'Corpus (the five documents in data/raw/)',
  dev: 'Development set (eval/plans/dev/, tuned on)',
  holdout: 'Held-out set (eval/plans/holdout/, never tuned on)',
  bad: 'Bad input (eval/plans/bad/, must be refused)',
};

export function pct(r: Ratio): string {
  return r === null ? '—' : `${(r * 100).toFixed(1)}%`;
}

function frac(n: number, d: number): string {
  return `${n}/${d}`;
}

function pad(s: string, n: number): string {
  const width = [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, n - width));
}

function figureLines(s: SetSummary): string[] {
  const t = s.targets;
  return [
    `documents ${s.documents}; genuine texts refused: ${s.genuineRefused.length}${s.genuineRefused.length ? ` (${s.genuineRefused.join(', ')})` : ''}`,
    `targets        found ${frac(t.found, t.gold)}  recall ${pct(t.recall)}  precision ${pct(t.precision)} (${t.extracted - t.found} false of ${t.extracted}; ${s.duplicates} duplicates not counted)`,
    `core targets   found ${frac(s.core.found, s.core.gold)}  recall ${pct(s.core.recall)}`,
    `  of matched targets: comparator right ${pct(s.comparatorAccuracy)}, indicator_id right ${pct(s.indicatorIdAccuracy)}, implied flag right ${pct(s.impliedAccuracy)}`,
    `not-targets    taken ${frac(s.notTargets.taken, s.notTargets.total)}`,
    `alliance edges found ${frac(s.alliances.found, s.alliances.gold)}  recall ${pct(s.alliances.recall)}  precision ${pct(s.alliances.precision)}; in prose ${pct(s.proseAllianceRecall)}; kind right ${pct(s.allianceKindAccuracy)}`,
    `responsibilities found ${frac(s.responsibilities.found, s.responsibilities.gold)}  recall ${pct(s.responsibilities.recall)}  precision ${pct(s.responsibilities.precision)}`,
    `milestones     found ${frac(s.milestones.found, s.milestones.gold)}  recall ${pct(s.milestones.recall)}  precision ${pct(s.milestones.precision)}`,
    `notes expected found ${pct(s.notesRecall)}; false truncation: ${s.falseTruncations.join(', ') || 'none'}; front-matter checks passed ${pct(s.documentChecks)}`,
    `organisations  must-find ${pct(s.organisationsFound)}, short/long merged ${pct(s.organisationMerges)}, fragments named ${s.organisationFragments}`,
  ];
}

function docLine(d: DocScore): string {
  if (d.refuseExpected) {
    const state = d.refused ? `refused ✓ «${d.refusalMessage}»` : 'ACCEPTED ✗ (bad input must be refused)';
    return `  ${pad(d.name, 38)} ${state}`;
  }
  const t = d.targets;
  const p = t.extracted ? `${((t.found / t.extracted) * 100).toFixed(0)}%` : '—';
  const al = d.alliances.gold || d.alliances.extracted ? ` alliances ${frac(d.alliances.found, d.alliances.gold)}` : '';
  const state = d.refused ? ' REFUSED ✗' : '';
  return `  ${pad(d.name, 38)} targets ${pad(frac(t.found, t.gold), 6)} core ${pad(frac(d.core.found, d.core.gold), 6)} precision ${pad(p, 5)}${al}${state}`;
}

export function formatSet(s: SetSummary, docs: DocScore[]): string {
  const lines = [`== ${TITLES[s.set] ?? s.set}`];
  if (s.set === 'bad') {
    lines.push(
      `bad inputs refused ${frac(s.badRefused, s.badInputs)}; accepted: ${s.badAccepted.join(', ') || 'none'}`,
    );
    if (s.refusalWordsWrong.length) lines.push(`refused with an unexpected message: ${s.refusalWordsWrong.join(', ')}`);
  } else lines.push(...figureLines(s));
  lines.push('per document:', ...docs.map(docLine));
  return lines.join('\n');
}

export function formatPhenomena(s: SetSummary, limit = Infinity): string {
  const rows = Object.entries(s.phenomena)
    .map(([tag, c]) => ({ tag, ...c, missed: c.total - c.found }))
    .sort((a, b) => b.missed - a.missed || a.tag.localeCompare(b.tag))
    .slice(0, limit);
  const lines = [`per phenomenon (${s.set}; items missed first):`];
  for (const r of rows) lines.push(`  ${pad(r.tag, 26)} found ${pad(frac(r.found, r.total), 8)} ${pct(r.recall)}`);
  const reasons = Object.entries(s.notTargets.byReason).sort(([a], [b]) => a.localeCompare(b));
  if (reasons.length) {
    lines.push('not-targets taken as targets, by reason:');
    for (const [r, c] of reasons) lines.push(`  ${pad(r, 26)} taken ${frac(c.taken, c.total)}`);
  }
  const misses = Object.entries(s.missReasons).sort((a, b) => b[1] - a[1]);
  if (misses.length) lines.push(`why targets were missed: ${misses.map(([r, n]) => `${r} ${n}`).join(', ')}`);
  return lines.join('\n');
}

function fmtValue(v: number, max: number | null): string {
  return max === null ? `${v}` : `${v}–${max}`;
}

export function formatLists(docs: DocScore[]): string {
  const lines: string[] = [];
  for (const d of docs) {
    const items: string[] = [];
    for (const m of d.misses) {
      const head = `${m.core ? 'MISS core' : 'MISS     '} ${m.indicator} ${fmtValue(m.value, m.value_max)} ${m.unit} ${m.target_year ?? '—'}`;
      items.push(`${head} [${m.reason}${m.got ? `: got ${m.got}` : ''}] «${m.quote}»`);
    }
    for (const f of d.falsePositives) {
      items.push(
        `FALSE    ${f.indicator_zh} ${f.value} ${f.unit || '(no unit)'} ${f.target_year ?? '—'}${f.reason ? ` [${f.reason}]` : ''} «${f.quote}»`,
      );
    }
    for (const a of d.allianceMisses) items.push(`MISS edge ${a}`);
    for (const a of d.allianceFalse) items.push(`FALSE edge ${a}`);
    for (const a of d.allianceCategories) items.push(`CATEGORY edge (flagged, not counted) ${a}`);
    for (const r of d.responsibilityMisses) items.push(`MISS resp ${r}`);
    for (const m of d.milestoneMisses) items.push(`MISS milestone ${m}`);
    for (const n of d.notes.missing) items.push(`MISS note ${n}`);
    for (const f of d.document.failures) items.push(`FRONT    ${f}`);
    for (const o of d.organisations.missing) items.push(`MISS org ${o}`);
    for (const o of d.organisations.fragments) items.push(`FALSE org fragment ${o}`);
    if (items.length) lines.push(`-- ${d.set}/${d.name}`, ...items.map((i) => `  ${i}`));
  }
  return lines.join('\n');
}
