// The vocabularies as rows of the vocab_* datasets: names, definitions and national goals, published for pages and readers.
import type {
  VocabAllianceKindRow,
  VocabGlossaryRow,
  VocabIndicatorRow,
  VocabInstrumentRow,
  VocabPrincipleRow,
} from '../../src/lib/schema/vocab-datasets.ts';
import type { Vocabularies } from '../../src/lib/schema/vocab.ts';

export interface VocabularyDatasets {
  vocab_indicators: VocabIndicatorRow[];
  vocab_principles: VocabPrincipleRow[];
  vocab_instruments: VocabInstrumentRow[];
  vocab_alliance_kinds: VocabAllianceKindRow[];
  vocab_glossary: VocabGlossaryRow[];
}

export function vocabularyRows(
  vocab: Pick<Vocabularies, 'indicators' | 'principles' | 'instruments' | 'alliance-kinds' | 'glossary'>,
): VocabularyDatasets {
  return {
    vocab_indicators: vocab.indicators.map((e, i) => ({
      indicator_id: e.indicator_id,
      name_zh: e.name_zh,
      name_en: e.name_en,
      definition_en: e.definition_en,
      group: e.group,
      units: e.units.join(' '),
      national_goal_comparator: e.national_goal?.comparator ?? '',
      national_goal_value: e.national_goal?.value ?? null,
      national_goal_year: e.national_goal?.year ?? null,
      national_goal_source: e.national_goal?.source ?? '',
      ordinal: i + 1,
    })),
    vocab_principles: vocab.principles.map((e, i) => ({
      principle_id: e.principle_id,
      name_zh: e.name_zh,
      name_en: e.name_en,
      definition_en: e.definition_en,
      ordinal: i + 1,
    })),
    vocab_instruments: vocab.instruments.map((e, i) => ({
      instrument_id: e.instrument_id,
      name_zh: e.name_zh,
      name_en: e.name_en,
      definition_en: e.definition_en,
      ordinal: i + 1,
    })),
    vocab_alliance_kinds: vocab['alliance-kinds'].map((e, i) => ({
      kind_id: e.kind_id,
      name_zh: e.name_zh,
      name_en: e.name_en,
      ordinal: i + 1,
    })),
    vocab_glossary: vocab.glossary.terms.map((e, i) => ({ term_zh: e.zh, name_en: e.en, ordinal: i + 1 })),
  };
}
