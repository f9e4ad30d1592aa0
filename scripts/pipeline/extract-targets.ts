// Quantified targets (rates, shares, changes, counts) from a plan's text and target tables, one row per distinct
// target plus every mention. The rules are written out in data/vocab/TARGET_RULES.md; the words in
// data/vocab/target-lexicon.json; the readers in targets/ (candidates, indicator names, years, 分别 lists,
// tables, grouping). This module runs them over one document.
import type { TargetMentionRow, TargetRow } from '../../src/lib/schema/targets.ts';
import type { Vocabularies } from '../../src/lib/schema/vocab.ts';
import type { ExtractorResult, ReportEntry } from './extractor-types.ts';
import { createContext, type SkippedQuantity } from './targets/context.ts';
import { targetRows, type UnknownIndicator } from './targets/grouping.ts';
import { extractParagraph } from './targets/paragraph.ts';
import { extractTable } from './targets/table.ts';
import type { ParsedDocument } from './types.ts';

export type { SkippedQuantity } from './targets/context.ts';
export type { UnknownIndicator } from './targets/grouping.ts';

export interface TargetExtraction {
  targets: TargetRow[];
  mentions: TargetMentionRow[];
  unknownIndicators: UnknownIndicator[];
  skipped: SkippedQuantity[];
}

/** Every unit code the lexicon can give (anything else is a measure word kept as written). */
export function knownUnits(lex: Vocabularies['target-lexicon']): Set<string> {
  return new Set([
    'percent',
    lex.ratio.unit,
    ...lex.units.map((u) => u.unit),
    ...lex.per_population.map((p) => p.unit),
    ...lex.units_in_context.map((u) => u.unit),
  ]);
}

/** Pure: every target and mention of one parsed document. */
export function extractTargets(
  doc: ParsedDocument,
  vocab: Pick<Vocabularies, 'indicators' | 'target-lexicon'>,
): TargetExtraction {
  const ctx = createContext(doc, vocab);
  type Carry = { year: number; sectionId: string; start: number; wholePlan: boolean };
  const within = (sectionId: string, c: Carry): boolean =>
    c.wholePlan || sectionId === c.sectionId || sectionId.startsWith(`${c.sectionId}.`);
  const leadIns: Carry[] = [];
  let carry: Carry | null = null;
  const prose = doc.paragraphs.filter((p) => p.kind !== 'table-row');
  prose.forEach((p, k) => {
    if (carry && !within(p.sectionId, carry)) carry = null;
    const { found, openYear } = extractParagraph(ctx, p, carry?.year ?? null);
    // A lead-in (`到2025年，主要目标是：`) or a year heading (`（一）2025年目标`) governs the paragraphs under it;
    // the last paragraph of the preamble (`…，到2025年，实现以下目标：` before 一、二、三) governs the whole plan.
    if (found === 0 && openYear !== null && (p.kind === 'heading' || /:$/.test(p.text))) {
      const next = prose[k + 1];
      const wholePlan =
        p.sectionId === PREAMBLE && p.kind !== 'heading' && next !== undefined && next.sectionId !== PREAMBLE;
      carry = { year: openYear, sectionId: p.sectionId, start: p.start, wholePlan };
      leadIns.push(carry);
    }
  });
  // A table with one target column takes the year of the lead-in above it (`到2025年，主要指标如下：`), else the
  // annual plan's title year.
  for (const t of doc.tables) {
    const lead = leadIns.filter((c) => c.start < t.start && within(t.sectionId, c)).pop();
    extractTable(ctx, t, lead?.year ?? ctx.facts.titleYear);
  }
  const drafts = ctx.drafts.sort((a, b) => a.start - b.start || a.order - b.order);
  return { ...targetRows(doc.docId, drafts), skipped: ctx.skipped };
}

/** The section id of the text before the first heading (segment.ts). */
const PREAMBLE = 'preamble';

/** The extractor as registered in extract-all.ts: datasets `targets` and `target_mentions`, plus report entries. */
export function targetsExtractor(doc: ParsedDocument, vocab: Vocabularies): ExtractorResult {
  const r = extractTargets(doc, vocab);
  const known = knownUnits(vocab['target-lexicon']);
  const report: ReportEntry[] = [
    ...r.mentions
      .filter((m) => m.unit !== '' && !known.has(m.unit))
      .map((m) => ({
        doc_id: m.doc_id,
        dataset: 'targets',
        kind: 'unknown-unit',
        message: `${m.mention_id}: unit ${m.unit} is not in data/vocab/target-lexicon.json; kept as written`,
        quote: m.quote,
        start: m.start,
        end: m.end,
      })),
    ...r.unknownIndicators.map((u) => ({
      doc_id: u.doc_id,
      dataset: 'targets',
      kind: 'unknown-indicator',
      message: `${u.mention_id}: indicator ${u.indicator_zh || '(none)'} (${u.unit}) is not in data/vocab/indicators.json; kept with an empty indicator_id`,
      quote: u.quote,
      start: u.start,
      end: u.end,
    })),
    ...r.skipped.map((s) => ({
      doc_id: s.doc_id,
      dataset: 'targets',
      kind: 'skipped-quantity',
      message: s.reason,
      quote: s.quote,
      start: s.start,
      end: s.end,
    })),
    ...r.targets
      .filter((t) => t.conflict !== '')
      .map((t) => ({
        doc_id: t.doc_id,
        dataset: 'targets',
        kind: 'conflicting-mentions',
        message: `${t.target_id}: ${t.conflict}`,
        quote: t.quote,
        start: t.start,
        end: t.end,
      })),
  ];
  return { datasets: { targets: r.targets, target_mentions: r.mentions }, report };
}
