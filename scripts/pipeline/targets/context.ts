// What the target readers share while reading one document: the drafts of mentions, the skipped numbers, the vocabularies.
import type { TargetMentionRow } from '../../../src/lib/schema/targets.ts';
import type { IndicatorEntry, Vocabularies } from '../../../src/lib/schema/vocab.ts';
import { rawSpanOf } from '../locate.ts';
import type { ParsedDocument, RawSpan } from '../types.ts';
import { matchIndicator } from './indicator-name.ts';
import { compileLexicon, type CompiledLexicon } from './lexicon.ts';

/** A mention before ids are assigned: the published fields, its reading order and the indicator as matched. */
export type Draft = Omit<TargetMentionRow, 'mention_id' | 'target_id'> & { order: number; indicatorClean: string };

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
  drafts: Draft[];
  skipped: SkippedQuantity[];
  order: { n: number };
}

/** A fresh context for reading one document. */
export function createContext(
  doc: ParsedDocument,
  vocab: Pick<Vocabularies, 'indicators' | 'target-lexicon'>,
): TextContext {
  return {
    doc,
    indicators: vocab.indicators,
    lex: compileLexicon(vocab['target-lexicon']),
    drafts: [],
    skipped: [],
    order: { n: 0 },
  };
}

/** Add a mention; its indicator id and English name come from the vocabulary. */
export function pushDraft(ctx: TextContext, d: Omit<Draft, 'order' | 'indicator_id' | 'indicator_en'>): void {
  const hit = matchIndicator(d.indicatorClean, d.unit, ctx.indicators);
  ctx.drafts.push({
    ...d,
    indicator_id: hit?.indicator_id ?? '',
    indicator_en: hit?.name_en ?? '',
    order: ctx.order.n++,
  });
}

/** The raw span of [s, e) of a paragraph's clean text that starts at clean offset `base`. */
export function rawOf(doc: ParsedDocument, base: number, s: number, e: number): RawSpan {
  return rawSpanOf(doc.clean, base + s, base + e);
}
