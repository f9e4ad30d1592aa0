// Lead → member edges of medical communities, alliances, groups and specialist networks: statements in prose
// (extract-alliances-prose.ts), member tables (extract-alliances-tables.ts), lists split and classified in
// extract-alliances-members.ts. Rules: data/vocab/EXTRACTION_RULES.md (Alliances).
import type { AllianceRow } from '../../src/lib/schema/alliances.ts';
import type { Extractor, ReportEntry, Vocabularies } from './extractor-types.ts';
import {
  findKind,
  paragraphAlliances,
  type Alliance,
  type PendingLeads,
  type Skip,
} from './extract-alliances-prose.ts';
import { tableAlliances } from './extract-alliances-tables.ts';
import { taskRowAlliances } from './extract-alliances-task-rows.ts';
import type { GroupNames } from './extract-alliances-names.ts';
import { rawSpanOf } from './locate.ts';
import { readOrganisationVocab } from './organisation-vocab.ts';
import type { OrganisationVocab } from './organisation-vocab.ts';
import type { ParsedDocument } from './types.ts';

export type { Alliance } from './extract-alliances-prose.ts';
export type { AllianceMember } from './extract-alliances-members.ts';

/** Every alliance of a document in reading order, with the statements set aside and why. */
export function findAlliances(
  doc: ParsedDocument,
  v: OrganisationVocab,
): { alliances: Alliance[]; report: ReportEntry[] } {
  const alliances: Alliance[] = [];
  const pending: PendingLeads[] = [];
  const skips: Skip[] = [];
  const names: GroupNames = new Map();
  // Table rows too: a task table may state an alliance in a cell (由县人民医院牵头，联合…组建医共体).
  for (const p of doc.paragraphs) {
    const found = paragraphAlliances(doc, p, v, names);
    alliances.push(...found.alliances);
    pending.push(...found.pending);
    skips.push(...found.skips);
  }
  const fromTables = tableAlliances(doc, v, pending);
  alliances.push(...fromTables.alliances, ...taskRowAlliances(doc, v));
  skips.push(...fromTables.skips);
  const report: ReportEntry[] = skips.map((s) => ({
    doc_id: doc.docId,
    dataset: 'alliances',
    kind: 'alliance-skipped',
    message: s.message,
    ...rawSpanOf(doc.clean, s.start, s.end),
  }));
  // Never silently drop: a paragraph that names an alliance kind and a 牵头 lead but gave no edge and no skip note is
  // reported, so a layout the rules do not know shows up in the build report.
  const touched = (a: number, b: number) =>
    alliances.some((x) => x.start < b && x.end > a) || skips.some((x) => x.start < b && x.end > a);
  for (const p of doc.paragraphs) {
    // 牵头 as a verb (由X牵头), not in a noun (牵头医院, 牵头单位) or inside a responsibility note.
    const verb = /牵头(?![单部医机院])/.exec(p.text.replace(/[(〔][^()〔〕]*[)〕]/g, (x) => ' '.repeat(x.length)));
    if (p.kind === 'table-row' || !verb || touched(p.cleanStart, p.cleanEnd)) continue;
    const kind = findKind(p.text, v.allianceKinds);
    if (!kind) continue;
    const at = verb.index;
    report.push({
      doc_id: doc.docId,
      dataset: 'alliances',
      kind: 'alliance-skipped',
      message: `mentions a ${kind.term} led by someone (牵头) but no lead → member list was recognised`,
      ...rawSpanOf(doc.clean, p.cleanStart + Math.max(0, at - 20), p.cleanStart + Math.min(p.text.length, at + 20)),
    });
  }
  alliances.sort((a, b) => a.start - b.start || a.end - b.end);
  return { alliances, report };
}

/** The published rows of one document's alliances: one per lead × member, numbered in reading order. */
export function allianceRows(doc: ParsedDocument, alliances: Alliance[]): AllianceRow[] {
  const rows: AllianceRow[] = [];
  alliances.forEach((a, i) => {
    const allianceId = `${doc.docId}-a${String(i + 1).padStart(2, '0')}`;
    let n = 0;
    for (const leadAt of a.leads) {
      const lead = rawSpanOf(doc.clean, leadAt.start, leadAt.end);
      for (const m of a.members) {
        n++;
        const from = m.evidence?.start ?? Math.min(a.start, m.start);
        const to = m.evidence?.end ?? Math.max(m.end, leadAt.end);
        const span = rawSpanOf(doc.clean, from, to);
        const member = rawSpanOf(doc.clean, m.start, m.end);
        rows.push({
          edge_id: `${allianceId}-e${String(n).padStart(2, '0')}`,
          alliance_id: allianceId,
          doc_id: doc.docId,
          section_id: a.sectionId,
          kind: a.kindId,
          kind_zh: a.kindZh,
          lead_zh: lead.quote,
          member_zh: m.name === m.written ? member.quote : m.name,
          member_written_zh: member.quote,
          member_category: m.category,
          source_kind: a.source,
          lead_start: lead.start,
          lead_end: lead.end,
          member_start: member.start,
          member_end: member.end,
          quote: span.quote,
          start: span.start,
          end: span.end,
        });
      }
    }
  });
  return rows;
}

export const extractAlliances: Extractor = (doc: ParsedDocument, vocab: Vocabularies) => {
  const { alliances, report } = findAlliances(doc, readOrganisationVocab(vocab));
  return { datasets: { alliances: allianceRows(doc, alliances) }, report };
};
