// The hand-kept vocabularies as the pipeline publishes them (vocab_* datasets), in vocabulary order, and the
// national goals they carry. The site never reads data/vocab/ itself.
import { glossaryLookup, type NameLookup } from '../glossary.ts';
import type {
  VocabAllianceKindRow,
  VocabGlossaryRow,
  VocabIndicatorRow,
  VocabInstrumentRow,
  VocabPrincipleRow,
} from '../schema/index.ts';
import { readDataset } from './published.ts';

export type VocabIndicator = VocabIndicatorRow;
export type VocabPrinciple = VocabPrincipleRow;
export type VocabInstrument = VocabInstrumentRow;
export type VocabAllianceKind = VocabAllianceKindRow;

/** Published rows are in primary-key order; `ordinal` gives back the order of the vocabulary file. */
function inVocabularyOrder<T extends { ordinal?: number }>(rows: T[]): T[] {
  return rows.every((r) => typeof r.ordinal === 'number') ? [...rows].sort((a, b) => a.ordinal! - b.ordinal!) : rows;
}

export const readIndicators = (): VocabIndicator[] =>
  inVocabularyOrder(readDataset<VocabIndicator>('vocab_indicators'));
export const readPrincipleVocab = (): VocabPrinciple[] =>
  inVocabularyOrder(readDataset<VocabPrinciple>('vocab_principles'));
export const readInstrumentVocab = (): VocabInstrument[] =>
  inVocabularyOrder(readDataset<VocabInstrument>('vocab_instruments'));
export const readAllianceKinds = (): VocabAllianceKind[] =>
  inVocabularyOrder(readDataset<VocabAllianceKind>('vocab_alliance_kinds'));

/** A national goal for one indicator (e.g. in-county visit rate at least 90%, 国卫基层函〔2019〕121号). */
export interface NationalGoal {
  indicatorId: string;
  nameEn: string;
  nameZh: string;
  comparator: 'ge' | 'le';
  value: number;
  /** Unit of the value: the first unit the indicator's targets may have (percent). */
  unit: string;
  year: number | null;
  source: string;
}

/** Every indicator that has a national goal, in vocabulary order. */
export function nationalGoals(): NationalGoal[] {
  return readIndicators().flatMap((i) =>
    i.national_goal_value === null || i.national_goal_comparator === ''
      ? []
      : [
          {
            indicatorId: i.indicator_id,
            nameEn: i.name_en,
            nameZh: i.name_zh,
            comparator: i.national_goal_comparator,
            value: i.national_goal_value,
            unit: i.units.split(' ')[0] ?? '',
            year: i.national_goal_year,
            source: i.national_goal_source,
          },
        ],
  );
}

let names: NameLookup | null = null;

/** Agency and institution names in a page's language, through the published glossary (vocab_glossary). */
export function nameLookup(): NameLookup {
  names ??= glossaryLookup(readDataset<VocabGlossaryRow>('vocab_glossary'));
  return names;
}
