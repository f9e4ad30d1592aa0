// The site's one way to published data (public/data/): datasets, vocabularies, source texts, the release.
// Server side only. Rule files and Markdown prose come through ./content.ts (Astro content collections).
export {
  publishedFileSize,
  readDataset,
  readDatasetParts,
  readDocument,
  readDocumentRows,
  readDocuments,
  readPublishedJson,
  readPublishedText,
  readSections,
  readSourceText,
  type DataRow,
} from './published.ts';
export {
  nameLookup,
  nationalGoals,
  readAllianceKinds,
  readIndicators,
  readInstrumentVocab,
  readPrincipleVocab,
  type NationalGoal,
  type VocabAllianceKind,
  type VocabIndicator,
  type VocabInstrument,
  type VocabPrinciple,
} from './vocab.ts';
export { loadTableSql, runPublishedSql } from './sql.ts';
export {
  parseSums,
  readRelease,
  sourceFilesOf,
  type SourceFileView,
  type DataPackage,
  type PackageField,
  type PackageFile,
  type PackageResource,
  type ReleaseView,
} from './release.ts';
export { buildSettings } from './settings.ts';
export { readPlansIndex } from './plans-index.ts';
export { readReuseBetween } from './reuse.ts';
