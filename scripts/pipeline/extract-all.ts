// Every extractor run over one parsed document: the registry of datasets the pipeline publishes.
// Shared extractor types live in extractor-types.ts (re-exported here for callers of the registry).
import { attachmentRows, citationRows, documentRow, noteRows, sectionRows } from './document-rows.ts';
import type { Extractor, ReportEntry, Row, Vocabularies } from './extractor-types.ts';
import type { ManifestEntry, OriginalFile, ParsedDocument } from './types.ts';
// <extractor imports: add one import line per extractor below>
import { extractOrganisations } from './extract-organisations.ts';
import { extractAlliances } from './extract-alliances.ts';
import { extractCommitteeMembers } from './extract-committee-members.ts';
import { principlesExtractor } from './extract-principles.ts';
import { responsibilitiesExtractor } from './extract-responsibilities.ts';
import { phasesExtractor } from './extract-phases.ts';
import { instrumentsExtractor } from './extract-instruments.ts';
import { targetsExtractor } from './extract-targets.ts';

export type { Extractor, ExtractorResult, ReportEntry, Row, Vocabularies } from './extractor-types.ts';

const EXTRACTORS: Extractor[] = [
  // <extractors: add one entry per extractor below this line>
  extractOrganisations,
  extractAlliances,
  extractCommitteeMembers,
  principlesExtractor,
  responsibilitiesExtractor,
  phasesExtractor,
  instrumentsExtractor,
  targetsExtractor,
];

export interface DocumentExtraction {
  datasets: Record<string, Row[]>;
  report: ReportEntry[];
}

export function extractAll(
  doc: ParsedDocument,
  meta: { sha256: string; sourceFile: string; manifest?: ManifestEntry; original?: OriginalFile },
  vocab: Vocabularies,
): DocumentExtraction {
  const datasets: Record<string, Row[]> = {
    documents: [documentRow(doc, meta.sha256, meta.sourceFile, meta.manifest, meta.original)],
    sections: sectionRows(doc),
    attachments: attachmentRows(doc),
    citations: citationRows(doc),
    document_notes: noteRows(doc),
  };
  const report: ReportEntry[] = [];
  for (const extract of EXTRACTORS) {
    const result = extract(doc, vocab);
    for (const [name, rows] of Object.entries(result.datasets)) {
      const into = (datasets[name] ??= []);
      for (const row of rows) into.push(row);
    }
    for (const entry of result.report ?? []) report.push(entry);
  }
  return { datasets, report };
}
