// Alliances in tables: a header with a lead column (牵头医院) and a member column (成员单位), optionally a name column
// (医共体); or a member column only, under a statement that names the lead and says the members are in a table
// (`以县第一人民医院为牵头医院，成员单位见下表`). A row with an empty lead cell continues the lead above (merged cells).
import { leadsOf, membersOf, type AllianceMember, type Lead } from './extract-alliances-members.ts';
import { trailingNames } from './extract-alliances-frames.ts';
import { findKind, headingsOf, type Alliance, type PendingLeads, type Skip } from './extract-alliances-prose.ts';
import type { OrganisationVocab } from './organisation-vocab.ts';
import type { ParsedDocument, Table, TableCell } from './types.ts';

function columnOf(header: TableCell[], words: string[], not: number[] = []): number {
  return header.findIndex((c, i) => !not.includes(i) && words.some((w) => c.text.replace(/\s/g, '').includes(w)));
}

/** The kind a table's alliances are: from the name cell, the header, the paragraph before the table, the headings. */
function kindOfTable(doc: ParsedDocument, table: Table, nameCell: string, v: OrganisationVocab) {
  const before = doc.paragraphs.filter((p) => p.end <= table.start && p.kind !== 'table-row').pop();
  const near = before && before.sectionId === table.sectionId ? before.text : '';
  return (
    findKind(nameCell, v.allianceKinds) ??
    findKind(table.header.map((c) => c.text).join(' '), v.allianceKinds) ??
    findKind(near, v.allianceKinds) ??
    findKind(headingsOf(doc, table.sectionId).join('\n'), v.allianceKinds) ??
    findKind(doc.front.titleZh ?? '', v.allianceKinds)
  );
}

/** `县人民医院医共体`: an alliance named after its lead; the lead, or null. */
function leadOfName(cell: TableCell, v: OrganisationVocab): Lead[] | null {
  const kind = findKind(cell.text, v.allianceKinds);
  if (!kind) return null;
  const before = cell.text.slice(0, kind.at);
  const at = trailingNames(before, v);
  if (at < 0) return null;
  const leads = leadsOf(before.slice(at), cell.cleanStart + at, v, v.allianceWords);
  return typeof leads === 'string' ? null : leads;
}

/** Alliances of every table with a member column; leads from the lead column or from a pending statement. */
export function tableAlliances(
  doc: ParsedDocument,
  v: OrganisationVocab,
  pending: PendingLeads[],
): { alliances: Alliance[]; skips: Skip[] } {
  const w = v.allianceWords;
  const alliances: Alliance[] = [];
  const skips: Skip[] = [];
  for (const table of doc.tables) {
    const leadCol = columnOf(table.header, w.table_lead_headers_zh);
    const memberCol = columnOf(table.header, w.table_member_headers_zh, [leadCol]);
    if (memberCol < 0) continue;
    const nameCol = columnOf(table.header, w.table_name_headers_zh, [leadCol, memberCol]);
    const tableAt = table.header[0]?.cleanStart ?? 0;
    const stated =
      leadCol < 0 ? pending.filter((x) => x.end <= tableAt && x.sectionId === table.sectionId).pop() : undefined;
    if (leadCol < 0 && !stated && nameCol < 0) continue;
    let current: Alliance | null = null;
    let leads: Lead[] | null = stated?.leads ?? null;
    let name = '';
    for (const row of table.rows) {
      const first = row[0];
      const last = row[row.length - 1];
      const memberCell = row[memberCol];
      if (!first || !last || !memberCell || !memberCell.text) continue;
      const leadCell = leadCol >= 0 ? row[leadCol] : undefined;
      // A header repeated as a row (a table flattened or split over pages) is no alliance.
      const sameAsHeader = (c: TableCell | undefined, i: number) => c !== undefined && c.text === table.header[i]?.text;
      if (sameAsHeader(leadCell, leadCol) || sameAsHeader(memberCell, memberCol)) continue;
      const nameCell = nameCol >= 0 ? (row[nameCol]?.text ?? '') : '';
      let newAlliance = current === null || (nameCell !== '' && nameCell !== name);
      const named = leadCol < 0 && !stated && nameCol >= 0 ? row[nameCol] : undefined;
      if (named && named.text) {
        const found = leadOfName(named, v);
        if (found && (!leads || found.map((l) => l.name).join() !== leads.map((l) => l.name).join()))
          newAlliance = true;
        leads = found ?? leads;
      }
      if (leadCell && leadCell.text) {
        const found = leadsOf(leadCell.text, leadCell.cleanStart, v, w);
        if (typeof found === 'string') {
          skips.push({ start: first.cleanStart, end: last.cleanEnd, message: `${table.tableId}: ${found}` });
          leads = null;
          current = null;
          continue;
        }
        if (!leads || found.map((l) => l.name).join() !== leads.map((l) => l.name).join()) newAlliance = true;
        leads = found;
      }
      if (!leads) continue;
      if (nameCell) name = nameCell;
      // The row is the evidence when it names the lead; else the quote runs from the stated lead to the member.
      const evidence = leadCol >= 0 ? { evidence: { start: first.cleanStart, end: last.cleanEnd } } : {};
      const members: AllianceMember[] = membersOf(memberCell.text, memberCell.cleanStart, v, w).members.map((m) => ({
        ...m,
        ...evidence,
      }));
      if (members.length === 0) continue;
      if (newAlliance || !current) {
        const kind = kindOfTable(doc, table, nameCell, v);
        if (!kind) {
          skips.push({
            start: first.cleanStart,
            end: last.cleanEnd,
            message: `${table.tableId}: no alliance kind named`,
          });
          continue;
        }
        current = {
          kindId: kind.kind.kindId,
          kindZh: kind.term,
          leads,
          members: [],
          sectionId: table.sectionId,
          start: Math.min(first.cleanStart, ...leads.map((l) => l.start)),
          end: last.cleanEnd,
          source: 'table',
        };
        alliances.push(current);
      }
      current.members.push(...members);
      current.end = last.cleanEnd;
    }
  }
  return { alliances, skips };
}
