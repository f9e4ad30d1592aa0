// Alliances stated as one list that holds the lead too: `医共体由县人民医院、A、B组成，县人民医院为牵头医院` (the lead
// is named among the list elsewhere in the sentence) and `县人民医院（牵头医院）、A、B` (the lead is marked in brackets).
// The other items are the members. Words: organisation-relations.json (alliances).
import { membersOf, type AllianceMember, type Lead } from './extract-alliances-members.ts';
import { alt } from './extract-alliances-frames.ts';
import { leadsByName, type GroupNames } from './extract-alliances-names.ts';
import type { AllianceWords, OrganisationVocab } from './organisation-vocab.ts';

export interface ComposedList {
  leads: Lead[];
  members: AllianceMember[];
  /** Statement offsets of the list and of the end of what was read. */
  at: number;
  end: number;
}

/** Split the list's items into the lead (the one the text names as lead) and the members. */
function split(
  items: AllianceMember[],
  isLead: (m: AllianceMember) => boolean,
  at: number,
  end: number,
): ComposedList | null {
  const leads = items.filter(isLead);
  const members = items.filter((m) => !isLead(m));
  if (leads.length !== 1 || members.length === 0 || leads.some((l) => l.category)) return null;
  const lead = leads[0] as AllianceMember;
  return { leads: [{ name: lead.name, start: lead.start, end: lead.end }], members, at, end };
}

/**
 * The composed lists of a statement (offsets relative to it; `base` turns them into clean offsets): `由A、B、C组成`
 * with `A为牵头医院`/`以A为龙头` in the same sentence, or a list in which one item is marked `（牵头医院）`.
 */
export function composedLists(
  s: string,
  sentence: string,
  base: number,
  v: OrganisationVocab,
  w: AllianceWords,
  names: GroupNames = new Map(),
): ComposedList[] {
  const out: ComposedList[] = [];
  const roles = alt(w.lead_roles_zh);
  // 由A、B、C组成 … A为牵头医院
  const composed = new RegExp(`由([^,;。:由]{4,120}?)(?:共同)?(?:组成|组建)`, 'g');
  for (const m of s.matchAll(composed)) {
    const text = m[1] ?? '';
    const listAt = m.index + 1;
    const { members: items, dropped } = membersOf(text, base + listAt, v, w);
    if (items.length < 2 || dropped.length > 0) continue;
    const named = new RegExp(`(?:以)?([^,;。:以]{2,30}?)作?为(?:${roles})`, 'g');
    const leadNames = [...sentence.matchAll(named)].map((x) => x[1] ?? '');
    const found = split(items, (i) => leadNames.some((n) => n.endsWith(i.name)), listAt, m.index + m[0].length);
    // 东部城市医疗集团由A、B组成: a group named earlier brings its lead.
    const known = found ? null : leadsByName(s.slice(0, m.index), v.allianceKinds, names);
    if (found) out.push(found);
    else if (known) out.push({ leads: known, members: items, at: listAt, end: m.index + m[0].length });
  }
  // 县人民医院（牵头医院）、A、B: the marked item leads.
  const marked = new RegExp(`\\((?:${roles})\\)`, 'g');
  for (const m of s.matchAll(marked)) {
    const from = Math.max(...[',', ';', ':', '。'].map((c) => s.lastIndexOf(c, m.index) + 1));
    const to = /[,;。]/.exec(s.slice(m.index))?.index ?? s.length - m.index;
    const text = s.slice(from, m.index + to);
    const { members: items } = membersOf(text, base + from, v, w);
    const markAt = base + m.index;
    const found = split(items, (i) => i.end === markAt || i.end === markAt + m[0].length, from, m.index + to);
    // The lead is the name without its mark.
    if (found)
      out.push({
        ...found,
        leads: found.leads.map((l) => ({ ...l, name: l.name.replace(/\([^()]*\)$/, ''), end: markAt })),
      });
  }
  return out;
}
