// Alliances stated as one list that holds the lead too: `医共体由县人民医院、A、B组成，县人民医院为牵头医院` (the lead
// is named among the list elsewhere in the sentence) and `县人民医院（牵头医院）、A、B` (the lead is marked in brackets).
// The other items are the members. Words: organisation-relations.json (alliances).
import { leadsOf, membersOf, type AllianceMember, type Lead } from './extract-alliances-members.ts';
import { alt, trailingNames } from './extract-alliances-frames.ts';
import { leadsByName, type GroupNames } from './extract-alliances-names.ts';
import type { AllianceWords, OrganisationVocab } from './organisation-vocab.ts';

export interface ComposedList {
  leads: Lead[];
  members: AllianceMember[];
  /** Statement offsets of the list and of the end of what was read. */
  at: number;
  end: number;
  /** `县中医院（牵头医院）` alone closes its paragraph: the members follow one a line. */
  listAfter?: boolean;
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
    // 县中医院医共体由县中医院和A、B组成: the alliance is named after one of its items.
    const before = s.slice(0, m.index);
    const term = v.allianceKinds.flatMap((k) => k.terms).find((t) => before.endsWith(t)) ?? '';
    const owner = term ? before.slice(0, before.length - term.length) : '';
    const ownerAt = owner ? trailingNames(owner, v) : -1;
    const ownName = ownerAt >= 0 ? owner.slice(ownerAt) : '';
    const own =
      found || known || !ownName ? null : split(items, (i) => i.name === ownName, listAt, m.index + m[0].length);
    if (found) out.push(found);
    else if (known) out.push({ leads: known, members: items, at: listAt, end: m.index + m[0].length });
    else if (own) out.push(own);
  }
  // 县人民医院＋A＋B (the “1+N” layout): the first item leads, the others are members; every item a named body.
  const plus = /(?<=^|[,;:。])([^,;:。+]{4,40}(?:\+[^,;:。+]{4,40})+)/g;
  for (const m of s.matchAll(plus)) {
    const text = (m[1] ?? '').replace(/\+/g, '、');
    const { members: items, dropped } = membersOf(text, base + m.index, v, w);
    if (items.length < 2 || dropped.length > 0 || items.some((i) => i.category)) continue;
    const first = items[0];
    const found = split(items, (i) => i === first, m.index, m.index + m[0].length);
    if (found) out.push(found);
  }
  // 县人民医院医共体：A、B、C (an alliance named after its lead, a colon, and nothing but named bodies after it).
  const terms = alt(v.allianceKinds.flatMap((k) => k.terms));
  const titled = new RegExp(`(?<=^|[,;:。\\s])([^,;:。]{2,30}?)(?:${terms}):([^;。]+)`, 'g');
  for (const m of s.matchAll(titled)) {
    const owner = m[1] ?? '';
    const ownerAt = trailingNames(owner, v);
    const list = m[2] ?? '';
    const listAt = m.index + m[0].length - list.length;
    const { members: items, dropped } = membersOf(list, base + listAt, v, w);
    if (ownerAt < 0 || items.length === 0 || dropped.length > 0 || items.some((i) => i.category)) continue;
    const leads = leadsOf(owner.slice(ownerAt), base + m.index + ownerAt, v, w);
    if (typeof leads !== 'string') out.push({ leads, members: items, at: m.index, end: m.index + m[0].length });
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
    // 县中医院（牵头医院） alone at the end of its paragraph: the members are the lines after it.
    const only = items[0];
    if (items.length === 1 && only && !only.category && /^[。;]?$/.test(s.slice(m.index + to))) {
      const lead = { name: only.name.replace(/\([^()]*\)$/, ''), start: only.start, end: markAt };
      out.push({ leads: [lead], members: [], at: from, end: m.index + to, listAfter: true });
    }
    // The lead is the name without its mark.
    if (found)
      out.push({
        ...found,
        leads: found.leads.map((l) => ({ ...l, name: l.name.replace(/\([^()]*\)$/, ''), end: markAt })),
      });
  }
  return out;
}
