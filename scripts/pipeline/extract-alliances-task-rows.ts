// Alliances set up by a row of a task table: `组建县人民医院医共体 | 牵头单位：县人民医院 | 参与单位：A、B` — the task forms
// an alliance (a formation verb and an alliance kind), the lead cell names an institution, the partner cell its members.
import { leadsOf, membersOf, type AllianceMember } from './extract-alliances-members.ts';
import { findKind, type Alliance } from './extract-alliances-prose.ts';
import type { OrganisationVocab } from './organisation-vocab.ts';
import { TASK_HEADERS } from './responsibility-notes.ts';
import type { ParsedDocument, TableCell } from './types.ts';

const PARTNER_HEADERS = ['配合单位', '配合部门', '参与单位', '协作单位', '协同单位', '成员单位'];

function columnOf(header: TableCell[], test: (h: string) => boolean): number {
  return header.findIndex((c) => test(c.text.replace(/\s/g, '')));
}

/** Alliances stated by task-table rows whose task forms one and whose lead is an institution. */
export function taskRowAlliances(doc: ParsedDocument, v: OrganisationVocab): Alliance[] {
  const w = v.allianceWords;
  const formation = new RegExp(w.formation_verbs_zh.join('|'));
  const out: Alliance[] = [];
  for (const table of doc.tables) {
    const taskCol = columnOf(table.header, (h) => TASK_HEADERS.some((t) => h === t || h.endsWith(t)));
    const leadCol = columnOf(table.header, (h) => h.includes('牵头'));
    const partnerCol = columnOf(table.header, (h) => PARTNER_HEADERS.some((x) => h.includes(x)));
    if (taskCol < 0 || leadCol < 0 || partnerCol < 0) continue;
    for (const row of table.rows) {
      const [task, lead, partner, first, last] = [row[taskCol], row[leadCol], row[partnerCol], row[0], row.at(-1)];
      if (!task || !lead || !partner || !first || !last || !formation.test(task.text)) continue;
      const kind = findKind(task.text, v.allianceKinds);
      const leads = kind ? leadsOf(lead.text, lead.cleanStart, v, w) : 'no kind';
      if (!kind || typeof leads === 'string') continue;
      const evidence = { start: first.cleanStart, end: last.cleanEnd };
      const members: AllianceMember[] = membersOf(partner.text, partner.cleanStart, v, w).members.map((m) => ({
        ...m,
        evidence,
      }));
      if (members.length === 0) continue;
      out.push({
        kindId: kind.kind.kindId,
        kindZh: kind.term,
        leads,
        members,
        sectionId: table.sectionId,
        start: first.cleanStart,
        end: last.cleanEnd,
        source: 'table',
      });
    }
  }
  return out;
}
