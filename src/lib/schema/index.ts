// Every published dataset, in publication order. Add one line per dataset family.
import type { DatasetSpec } from './dataset.ts';
import { attachmentsSpec, citationsSpec, documentNotesSpec, documentsSpec, sectionsSpec } from './documents.ts';
import { targetMentionsSpec, targetsSpec } from './targets.ts';

export type { DatasetSpec } from './dataset.ts';
export * from './documents.ts';
export * from './targets.ts';

export const DATASETS: DatasetSpec[] = [
  documentsSpec,
  sectionsSpec,
  attachmentsSpec,
  citationsSpec,
  documentNotesSpec,
  // <datasets: add specs below this line>
  targetsSpec,
  targetMentionsSpec,
];
