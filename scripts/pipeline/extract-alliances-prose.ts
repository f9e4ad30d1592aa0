// Alliance statements in running text: who leads (由X牵头, 以X为龙头, X牵头组建, 牵头医院为X, X与Y组建, X联合Y)
// and who the members are (联合/成员单位为/包括/与 A、B, A、B为成员单位, a numbered list after 成员单位：).
// The words come from data/vocab/organisation-relations.json; the rules are in EXTRACTION_RULES.md (Alliances).
import type { AllianceKind, OrganisationVocab } from './organisation-vocab.ts';
import { leadsOf, membersOf, NOT_AN_INSTITUTION, type AllianceMember, type Lead } from './extract-alliances-members.ts';
import { alt, directList, leadFrame, memberList, STRONG_LINKS } from './extract-alliances-frames.ts';
import { composedLists } from './extract-alliances-composed.ts';
import { higherLeads } from './extract-alliances-tiers.ts';
import { joinedLists } from './extract-alliances-joins.ts';
import { registerNames, type GroupNames } from './extract-alliances-names.ts';
import { nextList, numberedMembers, statementsOf } from './extract-alliances-following.ts';
import type { Paragraph, ParsedDocument } from './types.ts';

export { statementsOf } from './extract-alliances-following.ts';

export interface Alliance {
  kindId: string;
  kindZh: string;
  leads: Lead[];
  members: AllianceMember[];
  sectionId: string;
  /** Clean offsets of the statement (from its first lead); members may lie in later paragraphs or a table. */
  start: number;
  end: number;
  source: 'prose' | 'list' | 'table';
}

/** A statement whose members are in a table (`成员单位见下表`): its lead waits for the table. */
export interface PendingLeads {
  leads: Lead[];
  sectionId: string;
  start: number;
  end: number;
}

export interface Skip {
  start: number;
  end: number;
  message: string;
}

export function findKind(text: string, kinds: AllianceKind[]): { kind: AllianceKind; term: string; at: number } | null {
  let best: { kind: AllianceKind; term: string; at: number } | null = null;
  for (const kind of kinds) {
    for (const term of kind.terms) {
      const at = text.indexOf(term);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && term.length > best.term.length)) best = { kind, term, at };
    }
  }
  return best;
}

/** Headings of a section and its ancestors, innermost first. */
export function headingsOf(doc: ParsedDocument, sectionId: string): string[] {
  const out: string[] = [];
  let s = doc.sections.find((x) => x.sectionId === sectionId);
  while (s) {
    if (s.headingZh) out.push(s.headingZh);
    const parent = s.parentId;
    s = parent ? doc.sections.find((x) => x.sectionId === parent) : undefined;
  }
  return out;
}

/**
 * The kind of an alliance: the term after its member list (组建X医共体), else before its lead, else in the statement,
 * sentence, paragraph, headings. A generic term (医联体) gives way to a specific one in the sentence or paragraph.
 */
function kindOf(
  doc: ParsedDocument,
  p: Paragraph,
  s: string,
  sentence: string,
  leadAt: number,
  listEnd: number,
  v: OrganisationVocab,
) {
  const kinds = v.allianceKinds;
  const generic = v.allianceWords.generic_kind_terms_zh;
  const near = [
    findKind(s.slice(listEnd), kinds),
    findKind(s.slice(0, leadAt), kinds),
    findKind(s, kinds),
    findKind(sentence, kinds),
    findKind(p.text, kinds),
  ];
  const first = near.find((k) => k !== null) ?? findKind(headingsOf(doc, p.sectionId).join('\n'), kinds);
  if (first && generic.includes(first.term)) return near.find((k) => k !== null && !generic.includes(k.term)) ?? first;
  return first;
}

/** Every alliance statement of one paragraph; statements that look like one but give no edge are returned as skips. */
export function paragraphAlliances(
  doc: ParsedDocument,
  p: Paragraph,
  v: OrganisationVocab,
  names: GroupNames = new Map(),
): { alliances: Alliance[]; pending: PendingLeads[]; skips: Skip[] } {
  const w = v.allianceWords;
  const kinds = v.allianceKinds;
  const alliances: Alliance[] = [];
  const pending: PendingLeads[] = [];
  const skips: Skip[] = [];
  const t = p.text;
  const sentenceOf = (i: number) => {
    const a = t.lastIndexOf('。', i - 1) + 1;
    const b = t.indexOf('。', i);
    return t.slice(a, b < 0 ? t.length : b + 1);
  };
  const formation = new RegExp(alt(w.formation_verbs_zh));
  const memberWords = new RegExp(alt(w.member_list_intros_zh));
  const kindTerms = kinds.flatMap((k) => k.terms);
  let sAt = 0;
  for (const s of statementsOf(t)) {
    const sentence = sentenceOf(sAt);
    let from = 0;
    // 由A、B、C组成，A为牵头医院 / A（牵头医院）、B、C: one list holds the lead and the members.
    for (const c of [
      ...composedLists(s, sentence, p.cleanStart + sAt, v, w, names),
      ...joinedLists(s, p.cleanStart + sAt, v, w),
    ]) {
      const kind = kindOf(doc, p, s, sentence, c.at, c.end, v);
      const members = c.listAfter ? numberedMembers(doc, p, v, w) : c.members;
      if (!kind || members.length === 0) continue;
      const start = Math.min(c.at + p.cleanStart + sAt, ...c.leads.map((l) => l.start));
      const end = Math.max(...members.map((m) => m.end), ...c.leads.map((l) => l.end));
      alliances.push({
        kindId: kind.kind.kindId,
        kindZh: kind.term,
        leads: c.leads,
        members,
        sectionId: p.sectionId,
        start,
        end,
        source: c.listAfter ? 'list' : 'prose',
      });
      from = s.length;
    }
    for (let frame = leadFrame(s, from, v, w, kinds, names); frame; frame = leadFrame(s, from, v, w, kinds, names)) {
      const searchedFrom = from;
      from = Math.max(frame.restAt, from + 1);
      const abs = (i: number) => p.cleanStart + sAt + i;
      // A lead named as such (牵头医院为X) needs no verb; other frames need a formation verb or a kind in the sentence.
      // A sentence that names members (由X牵头，成员单位：…) is one too, its kind in an earlier sentence or a heading.
      // X牵头A、B、C: a list of named institutions straight after the verb is a statement on its own.
      const direct = directList(s, frame.restAt, frame, w);
      const directNames = direct ? membersOf(direct.text, abs(direct.at), v, w) : null;
      const directOk = directNames !== null && directNames.members.length > 0 && directNames.dropped.length === 0;
      const signal =
        frame.type === 'is' ||
        directOk ||
        formation.test(sentence) ||
        findKind(sentence, kinds) !== null ||
        memberWords.test(s.slice(frame.restAt));
      const weakLink = frame.type === 'link' && !STRONG_LINKS.includes(frame.link ?? '');
      // X与Y组建医联体; X与Y签订医联体合作协议 (an agreement to form the kind it names, not a 帮扶协议).
      const agreement = new RegExp(
        `(?:${alt(w.agreement_verbs_zh) || '(?!)'})[^,;。]{0,10}?(?:${alt(kindTerms)})(?:${alt(w.agreement_words_zh) || '(?!)'})`,
      );
      const forms = formation.test(s.slice(frame.restAt)) || agreement.test(s.slice(frame.restAt));
      if (weakLink && !(forms && findKind(s, kinds))) continue;
      if (!signal || !findKind(`${sentence}\n${t}\n${headingsOf(doc, p.sectionId).join('\n')}`, kinds)) continue;
      const skip = (message: string) =>
        skips.push({ start: abs(frame.leadAt), end: abs(Math.max(from, frame.restAt)), message });
      // 分别 in the lead's own clause (A、B分别牵头, 分别组建由A、B为牵头单位…): one group per lead, members not shared.
      const clauseAt = Math.max(searchedFrom, ...[',', ';', ':'].map((c) => s.lastIndexOf(c, frame.leadAt - 1) + 1));
      if (w.respectively_words_zh.some((x) => s.slice(clauseAt, frame.restAt + 2).includes(x))) {
        // …分别牵头组建东部、西部城市医疗集团: the names wait for a later statement that lists each group's members.
        const each = leadsOf(frame.leadText, abs(frame.leadAt), v, w);
        if (typeof each !== 'string') registerNames(s, frame.restAt, each, true, kinds, w, names);
        skip(`leads listed with ${w.respectively_words_zh[0]}: members are not assigned to one lead`);
        continue;
      }
      const leads = frame.leads ?? leadsOf(frame.leadText, abs(frame.leadAt), v, w);
      if (typeof leads === 'string') {
        if (leads !== NOT_AN_INSTITUTION) skip(leads);
        continue;
      }
      const list =
        memberList(s, frame.restAt, frame, w, kindTerms) ??
        (directOk ? direct : null) ??
        nextList(doc, p, sAt, sAt + s.length, frame, v);
      const start = Math.min(...leads.map((l) => l.start));
      if (list?.table) {
        pending.push({ leads, sectionId: p.sectionId, start, end: abs(list.end) });
        continue;
      }
      let members = list?.intro ? numberedMembers(doc, list.paragraph ?? p, v, w) : [];
      if (list && !list.intro) {
        const found = membersOf(list.text, abs(list.at), v, w);
        // A list met past other clauses counts only when it names nothing but institutions.
        members = list.far && found.dropped.length > 0 ? [] : found.members;
      }
      if (list && !list.intro && !('outside' in list)) {
        from = Math.max(from, list.end);
        // 成员单位为：A，B，C。 — a clause after the list that holds nothing but named institutions continues it.
        // 联合A，B，C组建…: the last clause ends at the formation verb or role.
        const ender = new RegExp(alt([...w.formation_verbs_zh, ...w.member_roles_zh, ...w.list_end_words_zh]));
        for (let end = list.end; s.charAt(end) === ',';) {
          const clause = /^[^,;。]+/.exec(s.slice(end + 1))?.[0] ?? '';
          const cut = ender.exec(clause)?.index ?? -1;
          const next = cut > 0 ? clause.slice(0, cut) : clause;
          const found = membersOf(next, abs(end + 1), v, w);
          if (found.members.length === 0 || found.dropped.length > 0 || found.members.some((m) => m.category)) break;
          members.push(...found.members);
          end += 1 + next.length;
          from = Math.max(from, end);
          if (cut > 0) break;
        }
        // 成员单位：A；B；C。 — statements after the list that hold nothing but named institutions continue it.
        if (list.end === s.length - 1 && s.endsWith(';')) {
          let at = s.length;
          for (const next of statementsOf(t.slice(sAt + s.length))) {
            const text = next.replace(/[;。]$/, '');
            const found = membersOf(text, abs(at), v, w);
            if (found.members.length === 0 || found.dropped.length > 0 || found.members.some((m) => m.category)) break;
            members.push(...found.members);
            at += next.length;
            if (!next.endsWith(';')) break;
          }
        }
        // …，东城区人民医院为枢纽医院，A、B为网底: each following clause that gives members a role adds them.
        const ownRole = new RegExp(`^(?:${alt(w.member_roles_zh)})`).exec(s.slice(from));
        if (ownRole) from += ownRole[0].length;
        const roleClause = new RegExp(`^,([^,;。]+?)(?:${alt(w.member_roles_zh)})(?=[,;。]|$)`);
        for (let r = roleClause.exec(s.slice(from)); r; r = roleClause.exec(s.slice(from))) {
          const text = r[1] ?? '';
          const found = membersOf(text, abs(from + 1), v, w);
          if (found.members.length === 0 || found.dropped.length > 0) break;
          members.push(...found.members);
          from += r[0].length;
        }
        // 吸纳县级妇幼保健机构参加: more members in the same statement.
        const more = new RegExp(
          `(?:${alt(w.more_member_openers_zh)})([^,;。]+?)(?:${alt(w.list_end_words_zh)}|[,;。]|$)`,
          'g',
        );
        more.lastIndex = from;
        for (let m = more.exec(s); m; m = more.exec(s)) {
          const text = m[1] ?? '';
          members.push(...membersOf(text, abs(m.index + m[0].indexOf(text)), v, w).members);
          from = Math.max(from, m.index + m[0].length);
        }
      }
      if (members.length === 0) {
        registerNames(s, frame.restAt, leads, false, kinds, w, names);
        skip('no members listed');
        continue;
      }
      const kind = kindOf(doc, p, s, sentence, frame.leadAt, list && !('outside' in list) ? list.end : s.length, v);
      if (!kind) continue;
      const source = list?.intro ? 'list' : 'prose';
      // X与Y组建…: of a pair, the hospital of the higher tier leads (县人民医院与省人民医院组建医联体).
      const pair = frame.type === 'link' ? higherLeads(leads, members, w) : { leads, members };
      const end = Math.max(...members.map((m) => m.end));
      alliances.push({
        kindId: kind.kind.kindId,
        kindZh: kind.term,
        leads: pair.leads,
        members: pair.members,
        sectionId: p.sectionId,
        start,
        end,
        source,
      });
    }
    sAt += s.length;
  }
  return { alliances, pending, skips };
}
