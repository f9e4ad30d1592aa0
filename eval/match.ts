// Matching rules between gold items and extracted rows (eval/README.md, "Matching"). Pure.
import { foldKey } from '../src/lib/text/index.ts';
import type { Alternatives, GoldTarget } from './gold-schema.ts';
import type { ExtractedAlliance, ExtractedResponsibility, ExtractedTarget } from './extracted.ts';

export const VALUE_TOLERANCE = 1e-6;

export function alternatives(a: Alternatives): string[] {
  return typeof a === 'string' ? [a] : a;
}

/** Same name: equal after width folding (（ = (, full-width digits) and without white space. */
export function sameName(alt: Alternatives, written: string | null | undefined): boolean {
  if (!written) return false;
  const w = foldKey(written);
  return alternatives(alt).some((a) => foldKey(a) === w);
}

/** `text` contains one of the alternatives, both folded. */
export function containsAny(text: string | null | undefined, alt: Alternatives): boolean {
  if (!text) return false;
  const t = foldKey(text);
  return alternatives(alt).some((a) => t.includes(foldKey(a)));
}

export function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return Math.abs(a - b) <= VALUE_TOLERANCE;
}

/** Fields of a target row that disagree with a gold target (empty when the row matches). */
export function targetDifferences(g: GoldTarget, e: ExtractedTarget): string[] {
  const diff: string[] = [];
  if (!sameNumber(e.value, g.value)) diff.push('value');
  if (!sameNumber(e.value_max, g.value_max)) diff.push('value_max');
  if (e.unit !== g.unit) diff.push('unit');
  if ((e.target_year ?? null) !== g.target_year) diff.push('year');
  const byId = g.indicator_id !== undefined && g.indicator_id !== '' && e.indicator_id === g.indicator_id;
  if (!byId && !containsAny(e.indicator_zh, g.indicator)) diff.push('indicator');
  return diff;
}

/** The matching rule: same value (±1e-6), same value_max, same unit, same target year, indicator by text or id. */
export function targetMatches(g: GoldTarget, e: ExtractedTarget): boolean {
  return targetDifferences(g, e).length === 0;
}

export interface GoldEdge {
  alliance: number;
  kind: string;
  lead: Alternatives;
  member: Alternatives;
  tags: string[];
}

export function allianceMatches(g: GoldEdge, e: ExtractedAlliance): boolean {
  return sameName(g.lead, e.lead_zh) && (sameName(g.member, e.member_zh) || sameName(g.member, e.member_written_zh));
}

export interface GoldResponsibilityEdge {
  task: Alternatives;
  agency: Alternatives;
  role: 'lead' | 'partner';
  tags: string[];
}

export function responsibilityMatches(g: GoldResponsibilityEdge, e: ExtractedResponsibility): boolean {
  if (e.role !== g.role) return false;
  if (!sameName(g.agency, e.agency_zh) && !sameName(g.agency, e.agency_norm_zh)) return false;
  return containsAny(`${e.task_zh} ${e.quote}`, g.task);
}

/**
 * Maximum one-to-one matching (augmenting paths) between gold items and extracted rows.
 * Returns, for each gold index, the matched row index or -1. Deterministic: gold and rows in order.
 */
export function maximumMatching<G, E>(gold: G[], rows: E[], ok: (g: G, e: E) => boolean): number[] {
  const adj = gold.map((g) => rows.flatMap((e, j) => (ok(g, e) ? [j] : [])));
  const rowOwner = new Array<number>(rows.length).fill(-1);
  const goldRow = new Array<number>(gold.length).fill(-1);
  const tryAssign = (gi: number, seen: boolean[]): boolean => {
    for (const j of adj[gi] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const owner = rowOwner[j] ?? -1;
      if (owner === -1 || tryAssign(owner, seen)) {
        rowOwner[j] = gi;
        goldRow[gi] = j;
        return true;
      }
    }
    return false;
  };
  for (let gi = 0; gi < gold.length; gi++) tryAssign(gi, new Array<boolean>(rows.length).fill(false));
  return goldRow;
}

/** Raw span of a verbatim quote (first occurrence), or null when the text does not hold it. */
export function spanOf(raw: string, quote: string): [number, number] | null {
  const i = raw.indexOf(quote);
  return i < 0 ? null : [i, i + quote.length];
}

export function overlaps(a: [number, number] | null, start: number, end: number): boolean {
  return a !== null && start < a[1] && end > a[0];
}
