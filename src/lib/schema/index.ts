// Every published dataset, in publication order. Add one line per dataset family.
import type { DatasetSpec } from './dataset.ts';
import { organisationMentionsSpec, organisationsSpec } from './organisations.ts';
import { alliancesSpec } from './alliances.ts';
import { committeeMembersSpec } from './committee-members.ts';
import { instrumentsSpec } from './instruments.ts';
import { phasesSpec } from './phases.ts';
import { principlesSpec } from './principles.ts';
import { responsibilitiesSpec } from './responsibilities.ts';
import { attachmentsSpec, citationsSpec, documentNotesSpec, documentsSpec, sectionsSpec } from './documents.ts';
import { targetMentionsSpec, targetsSpec } from './targets.ts';
import { reuseMatrixSpec, reuseSpec } from './reuse.ts';
import {
  vocabAllianceKindsSpec,
  vocabGlossarySpec,
  vocabIndicatorsSpec,
  vocabInstrumentsSpec,
  vocabPrinciplesSpec,
} from './vocab-datasets.ts';

export type { DatasetSpec } from './dataset.ts';
export * from './documents.ts';
export * from './organisations.ts';
export * from './alliances.ts';
export * from './committee-members.ts';
export * from './principles.ts';
export * from './responsibilities.ts';
export * from './phases.ts';
export * from './instruments.ts';
export * from './targets.ts';
export * from './reuse.ts';
export * from './vocab-datasets.ts';

export const DATASETS: DatasetSpec[] = [
  documentsSpec,
  sectionsSpec,
  attachmentsSpec,
  citationsSpec,
  documentNotesSpec,
  // <datasets: add specs below this line>
  organisationsSpec,
  organisationMentionsSpec,
  alliancesSpec,
  committeeMembersSpec,
  principlesSpec,
  responsibilitiesSpec,
  phasesSpec,
  instrumentsSpec,
  targetsSpec,
  targetMentionsSpec,
  reuseSpec,
  reuseMatrixSpec,
  vocabIndicatorsSpec,
  vocabPrinciplesSpec,
  vocabInstrumentsSpec,
  vocabAllianceKindsSpec,
  vocabGlossarySpec,
];
