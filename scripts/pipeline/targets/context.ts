// What the target readers share while reading one document: the drafts of mentions, the skipped numbers, the
// vocabularies and what the plan as a whole says (its year, its past sections).
import type { TargetMentionRow } from '../../../src/lib/schema/targets.ts';
import type { IndicatorEntry, Vocabularies } from '../../../src/lib/schema/vocab.ts';
import { rawSpanOf } from '../locate.ts';
import type { ParsedDocument, RawSpan } from '../types.ts';
import type { Span } from '../clauses.ts';
import { matchIndicator, tidy } from './indicator-name.ts';
import { compileLexicon, type CompiledLexicon } from './lexicon.ts';
import { planFacts, type PlanFacts } from './plan-facts.ts';

/** A mention before ids are assigned: the published fields, its reading order and the indicator as matched. */
export type Draft = Omit<TargetMentionRow, 'mention_id' | 'target_id'> & {
  order: number;
  indicatorClean: string;
};

/** What a reader gives for a mention: the fields it knows; the rest take their defaults. */
export type DraftInput = Omit<
  Draft,
  'order' | 'indicator_id' | 'indicator_en' | 'start_year' | 'implied' | 'scope' | 'population' | 'binding'
> &
  Partial<Pick<Draft, 'start_year' | 'implied' | 'scope' | 'population' | 'binding'>> & {
    /** The scope names one unit at a time (每个…): no plan-wide indicator id, unless the entry is per unit. */
    perUnit?: boolean;
  };

/** A number that looked like a target and is not one, with the reason (listed in the build report). */
export interface SkippedQuantity {
  doc_id: string;
  reason: string;
  quote: string;
  start: number;
  end: number;
}

export interface TextContext {
  doc: ParsedDocument;
  indicators: IndicatorEntry[];
  lex: CompiledLexicon;
  facts: PlanFacts;
  drafts: Draft[];
  skipped: SkippedQuantity[];
  order: { n: number };
}

/** A fresh context for reading one document. */
export function createContext(
  doc: ParsedDocument,
  vocab: Pick<Vocabularies, 'indicators' | 'target-lexicon'>,
): TextContext {
  const lex = compileLexicon(vocab['target-lexicon']);
  return {
    doc,
    indicators: vocab.indicators,
    lex,
    facts: planFacts(doc, lex),
    drafts: [],
    skipped: [],
    order: { n: 0 },
  };
}

/** Add a mention; its indicator id and English name come from the vocabulary. */
export function pushDraft(ctx: TextContext, input: DraftInput): void {
  const { perUnit, ...d } = input;
  let hit = matchIndicator(d.indicatorClean, d.unit, ctx.indicators);
  if (perUnit && hit && !hit.per_unit) hit = null;
  ctx.drafts.push({
    ...d,
    start_year: d.start_year ?? null,
    implied: d.implied ?? false,
    scope: d.scope ?? '',
    population: d.population ?? '',
    binding: d.binding ?? '',
    indicator_id: hit?.indicator_id ?? '',
    indicator_en: hit?.name_en ?? '',
    order: ctx.order.n++,
  });
}

/** The raw span of [s, e) of a paragraph's clean text that starts at clean offset `base`. */
export function rawOf(doc: ParsedDocument, base: number, s: number, e: number): RawSpan {
  return rawSpanOf(doc.clean, base + s, base + e);
}

/** A phrase of a paragraph (clean offsets relative to `base`) as the raw text writes it; '' for none. */
export function asWritten(doc: ParsedDocument, base: number, span: Span | null): string {
  return span && span.end > span.start ? tidy(rawOf(doc, base, span.start, span.end).quote) : '';
}

/** Report a number of a paragraph (clean offsets relative to `base`) as skipped, with the reason. */
export function skipAt(ctx: TextContext, base: number, reason: string, s: number, e: number): void {
  const span = rawOf(ctx.doc, base, s, e);
  ctx.skipped.push({ doc_id: ctx.doc.docId, reason, quote: span.quote, start: span.start, end: span.end });
}
