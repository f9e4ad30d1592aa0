// Grouping mentions into targets (data/vocab/TARGET_RULES.md, "One target, several mentions") and numbering both.
import type { TargetMentionRow, TargetRow } from '../../../src/lib/schema/targets.ts';
import { foldKey } from '../../../src/lib/text/index.ts';
import type { Draft } from './context.ts';

/** A mention whose indicator is not in the vocabulary: kept with an empty id and listed in the build report. */
export interface UnknownIndicator {
  doc_id: string;
  mention_id: string;
  indicator_zh: string;
  unit: string;
  quote: string;
  start: number;
  end: number;
}

export function sameValue(a: Draft, b: Draft): boolean {
  return a.comparator === b.comparator && a.value === b.value && a.value_max === b.value_max && a.unit === b.unit;
}

function describeValue(d: Draft): string {
  const v = d.value_max !== null ? `${d.value}-${d.value_max}` : `${d.value}`;
  return `${d.comparator} ${v} ${d.unit}`.trim();
}

/** Same indicator (the vocabulary id, else the folded wording), condition, scope and frequency. */
const keyOf = (d: Draft): string =>
  `${d.indicator_id || `zh:${foldKey(d.indicatorClean)}`}|${d.condition}|${d.scope}|${d.frequency}`;

/** Mentions (in reading order) grouped into targets. */
export function groupDrafts(drafts: Draft[]): Draft[][] {
  const groups: Draft[][] = [];
  for (const d of drafts) {
    const g = groups.find((grp) => {
      const f = grp[0] as Draft;
      if (keyOf(f) !== keyOf(d) || f.target_year !== d.target_year) return false;
      if (grp.some((x) => sameValue(x, d))) return true;
      // A table restates the text: same indicator and year is the same target, even when values disagree.
      return (
        d.indicator_id !== '' && (d.source_kind !== f.source_kind || grp.some((x) => x.source_kind !== d.source_kind))
      );
    });
    if (g) g.push(d);
    else groups.push([d]);
  }
  // A mention without a year joins the one dated target of the same indicator and value.
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k] as Draft[];
    const f = g[0] as Draft;
    if (f.target_year !== null) continue;
    const dated = groups.filter(
      (o) => o !== g && (o[0] as Draft).target_year !== null && keyOf(o[0] as Draft) === keyOf(f),
    );
    if (dated.length === 1 && (dated[0] as Draft[]).some((x) => g.every((y) => sameValue(x, y)))) {
      (dated[0] as Draft[]).push(...g);
      groups.splice(k, 1);
    }
  }
  return groups;
}

/** The published fields of a mention, in schema order (the CLI prints them in this order). */
function fieldsOf(d: Draft): Omit<TargetMentionRow, 'mention_id' | 'target_id'> {
  return {
    doc_id: d.doc_id,
    section_id: d.section_id,
    indicator_zh: d.indicator_zh,
    indicator_id: d.indicator_id,
    indicator_en: d.indicator_en,
    comparator: d.comparator,
    value: d.value,
    value_max: d.value_max,
    unit: d.unit,
    frequency: d.frequency,
    base_year: d.base_year,
    target_year: d.target_year,
    start_year: d.start_year,
    aspirational: d.aspirational,
    implied: d.implied,
    condition: d.condition,
    scope: d.scope,
    population: d.population,
    binding: d.binding,
    quote: d.quote,
    start: d.start,
    end: d.end,
    source_kind: d.source_kind,
  };
}

/** Rows of the targets and target_mentions datasets: mentions numbered in reading order, targets by first mention. */
export function targetRows(
  docId: string,
  drafts: Draft[],
): { targets: TargetRow[]; mentions: TargetMentionRow[]; unknownIndicators: UnknownIndicator[] } {
  const groups = groupDrafts(drafts);
  const mentionIds = new Map<Draft, string>();
  drafts.forEach((d, k) => mentionIds.set(d, `${docId}-m${String(k + 1).padStart(3, '0')}`));
  const ordered = groups
    .map((g) => g.sort((a, b) => a.start - b.start || a.order - b.order))
    .sort((a, b) => (a[0] as Draft).start - (b[0] as Draft).start || (a[0] as Draft).order - (b[0] as Draft).order);
  const targets: TargetRow[] = [];
  const mentions: TargetMentionRow[] = [];
  const unknownIndicators: UnknownIndicator[] = [];
  ordered.forEach((g, k) => {
    const targetId = `${docId}-t${String(k + 1).padStart(2, '0')}`;
    const first = g[0] as Draft;
    const distinct = g.filter((d, i) => g.findIndex((x) => sameValue(x, d)) === i);
    const conflict =
      distinct.length > 1
        ? `Mentions disagree: ${distinct.map((d) => `${d.source_kind} ${mentionIds.get(d)} says ${describeValue(d)} (${d.quote.length > 24 ? `${d.quote.slice(0, 24)}…` : d.quote})`).join('; ')}`
        : '';
    targets.push({
      target_id: targetId,
      ...fieldsOf(first),
      conflict,
      mention_count: g.length,
      mention_ids: g.map((d) => mentionIds.get(d)).join(' '),
    });
    for (const d of g) {
      const mentionId = mentionIds.get(d) as string;
      mentions.push({ mention_id: mentionId, target_id: targetId, ...fieldsOf(d) });
      if (d.indicator_id === '')
        unknownIndicators.push({
          doc_id: docId,
          mention_id: mentionId,
          indicator_zh: d.indicator_zh,
          unit: d.unit,
          quote: d.quote,
          start: d.start,
          end: d.end,
        });
    }
  });
  mentions.sort((a, b) => (a.mention_id < b.mention_id ? -1 : 1));
  return { targets, mentions, unknownIndicators };
}
