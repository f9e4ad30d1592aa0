// Alliance statements, the words: where the lead stands (由X牵头, 以X为龙头, X牵头组建, 牵头医院为X, X与Y组建, X联合Y,
// X医共体成员单位为…) and where the member list after it starts and ends. Words from organisation-relations.json.
import { scanOrganisations } from './organisation-names.ts';
import type { AllianceKind, AllianceWords, OrganisationVocab } from './organisation-vocab.ts';
import type { Lead } from './extract-alliances-members.ts';
import { leadsByName, type GroupNames } from './extract-alliances-names.ts';
import type { Paragraph } from './types.ts';

/** Alternation patterns made so far, by the word list (as JSON: no two lists share a key); statements ask for
 * the same few lists over and over. Bounded, in case a long-lived page feeds it many vocabularies. */
const altMade = new Map<string, string>();
const ALT_MEMO_MAX = 4096;

/** The words as a regular-expression alternation, longest first, escaped. Memoised: sorting and escaping a long
 * vocabulary list once per statement was most of the time spent extracting a plan. */
export const alt = (words: string[]): string => {
  const key = JSON.stringify(words);
  let made = altMade.get(key);
  if (made === undefined) {
    made = [...words]
      .sort((a, b) => b.length - a.length)
      .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    if (altMade.size >= ALT_MEMO_MAX) altMade.clear();
    altMade.set(key, made);
  }
  return made;
};

/** Link words that make an alliance statement on their own (X联合Y); 与/和/同 need a formation verb and a kind. */
export const STRONG_LINKS = ['联合', '携手'];

export interface Frame {
  /** Statement offsets of the lead phrase and of the text after the frame. */
  leadAt: number;
  leadText: string;
  restAt: number;
  /** `link`: X与Y组建 / X联合Y — the link word opens the member list. */
  type: 'by' | 'as' | 'is' | 'verb' | 'link' | 'named';
  link?: string;
  /** Leads already known: a group named in an earlier statement (东部城市医疗集团成员单位包括…). */
  leads?: Lead[];
}

/** Start of the chain of organisation names (joined by 、和及与) that ends `text`; -1 when `text` ends in none. */
export function trailingNames(text: string, v: OrganisationVocab): number {
  const cands = scanOrganisations(text, v);
  const last = cands[cands.length - 1];
  // 市第一人民医院胸痛中心: a named body and one of its departments end the text.
  const department = new RegExp(
    `^[\\u4e00-\\u9fff]{0,10}(?:${v.allianceWords.department_words_zh.join('|') || '(?!)'})$`,
  );
  if (!last || (last.end !== text.length && !(last.analysis.named && department.test(text.slice(last.end))))) return -1;
  let start = last.start;
  for (let i = cands.length - 2; i >= 0; i--) {
    const c = cands[i];
    if (!c || c.end > start) continue;
    if (!/^[、和及与]$/.test(text.slice(c.end, start))) break;
    start = c.start;
  }
  return start;
}

/** The first lead frame of a statement at or after `from`. */
export function leadFrame(
  s: string,
  from: number,
  v: OrganisationVocab,
  w: AllianceWords,
  kinds: AllianceKind[],
  names: GroupNames = new Map(),
): Frame | null {
  const frames: Frame[] = [];
  const marker = alt(w.lead_markers_zh);
  const by = new RegExp(
    `(${marker})([^,;。:${w.lead_markers_zh.join('')}]{2,40}?)(?:作?为(${alt(w.lead_roles_zh)})|(?:${alt(w.joint_words_zh) || '(?!)'})?(${alt(w.lead_verbs_zh)}))`,
    'g',
  );
  by.lastIndex = from;
  for (let m = by.exec(s); m; m = by.exec(s)) {
    const leadAt = m.index + (m[1] ?? '').length;
    frames.push({ leadAt, leadText: m[2] ?? '', restAt: m.index + m[0].length, type: m[3] ? 'as' : 'by' });
    break;
  }
  const is = new RegExp(`(?:${alt(w.lead_is_words_zh)})([^,;。\t]{2,30})`, 'g');
  is.lastIndex = from;
  const mi = is.exec(s);
  if (mi && mi[1])
    frames.push({
      leadAt: mi.index + mi[0].length - mi[1].length,
      leadText: mi[1],
      restAt: mi.index + mi[0].length,
      type: 'is',
    });
  // 医共体：牵头单位县人民医院，…: a lead word written straight before the name, at the start of a clause.
  const bare = new RegExp(
    `(?<=^|[,;:。\\s])(?:${alt(w.lead_is_bare_words_zh) || '(?!)'})(?=[\\u4e00-\\u9fff])([^,;。:\\t]{2,30})`,
    'g',
  );
  bare.lastIndex = from;
  const mb = bare.exec(s);
  if (mb && mb[1])
    frames.push({
      leadAt: mb.index + mb[0].length - mb[1].length,
      leadText: mb[1],
      restAt: mb.index + mb[0].length,
      type: 'is',
    });
  // 依托X，联合A、B建设…: the body relied on leads.
  const support = new RegExp(
    `(?:${alt(w.lead_supports_zh) || '(?!)'})([^,;。:]{2,30}?)(?=,|${alt(w.formation_verbs_zh)})`,
    'g',
  );
  support.lastIndex = from;
  const ms = support.exec(s);
  if (ms && ms[1])
    frames.push({
      leadAt: ms.index + ms[0].length - ms[1].length,
      leadText: ms[1],
      restAt: ms.index + ms[0].length,
      type: 'by',
    });
  // X牵头组建, X作为牵头医院, X为牵头单位: the names just before the verb in the same clause.
  const verb = new RegExp(
    `(?:${alt([...w.joint_words_zh, ...w.respectively_words_zh]) || '(?!)'})?(?:(?:${alt(w.lead_verbs_zh)})(?![单部医机院])|作?为(?:${alt(w.lead_roles_zh)}))`,
    'g',
  );
  verb.lastIndex = from;
  for (let m = verb.exec(s); m; m = verb.exec(s)) {
    const clauseAt = Math.max(from, ...[',', ';', '。', ':'].map((c) => s.lastIndexOf(c, m.index - 1) + 1));
    // 县人民医院（医共体总院）牵头: a gloss in brackets between the name and the verb stays out of the lead.
    const before = s.slice(clauseAt, m.index).replace(/\([^()]*\)$/, '');
    const at = trailingNames(before, v);
    if (at >= 0 && !new RegExp(`(?:${marker})`).test(before.slice(0, at).slice(-1)))
      frames.push({ leadAt: clauseAt + at, leadText: before.slice(at), restAt: m.index + m[0].length, type: 'verb' });
    if (at >= 0) break;
  }
  // X与Y组建…, X联合Y: the subject leads, the link word opens the members.
  const link = new RegExp(`(${alt(w.subject_links_zh)})`, 'g');
  link.lastIndex = from;
  for (let m = link.exec(s); m; m = link.exec(s)) {
    const clauseAt = Math.max(from, ...[',', ';', '。', ':'].map((c) => s.lastIndexOf(c, m.index - 1) + 1));
    const before = s.slice(clauseAt, m.index);
    const at = trailingNames(before, v);
    // 由A、B和C组成: the list is the subject of 组成, nobody leads it.
    if (at < 0 || before.slice(0, at).endsWith('由')) continue;
    frames.push({ leadAt: clauseAt + at, leadText: before.slice(at), restAt: m.index, type: 'link', link: m[1] ?? '' });
    break;
  }
  // 县人民医院医共体成员单位为A、B: an alliance named after its lead.
  const memberWords = [
    ...w.member_openers_zh.filter((o) => o.startsWith('成员') || o === '包括'),
    ...w.member_list_intros_zh.map((o) => `${o}:`),
    ...w.named_member_openers_zh,
  ];
  // 县人民医院医共体，成员单位为…: a comma may stand between the name and the member word.
  const named = new RegExp(`(?:的|\\(|,)?(?:${alt(memberWords)})`, 'g');
  named.lastIndex = from;
  for (let m = named.exec(s); m; m = named.exec(s)) {
    const before = s.slice(from, m.index);
    const kind = kinds.flatMap((k) => k.terms).find((t) => before.endsWith(t));
    if (!kind) continue;
    const at = trailingNames(before.slice(0, before.length - kind.length), v);
    const known = at < 0 ? leadsByName(before, kinds, names) : null;
    if (known) {
      const restAt = m.index + (/^[的(,]/.test(m[0]) ? 1 : 0);
      frames.push({ leadAt: m.index, leadText: '', restAt, type: 'named', leads: known });
      break;
    }
    if (at < 0) continue;
    const restAt = m.index + (/^[的(,]/.test(m[0]) ? 1 : 0);
    frames.push({ leadAt: from + at, leadText: before.slice(at, before.length - kind.length), restAt, type: 'named' });
    break;
  }
  // The earliest lead wins; at the same place a frame with a lead word beats a bare link.
  frames.sort((a, b) => a.leadAt - b.leadAt || Number(a.type === 'link') - Number(b.type === 'link'));
  return frames[0] ?? null;
}

export interface MemberList {
  text: string;
  at: number;
  end: number;
  /** The list continues in the following paragraphs (`成员单位：` then 1. 2. 3.). */
  intro: boolean;
  /** The list is in a table (`成员单位见下表`). */
  table: boolean;
  /** The paragraph the list is in, when not the statement's own. */
  paragraph?: Paragraph;
  /** The opener starts a later clause, past clauses that say something else: only a list of bodies counts. */
  far?: boolean;
}

/** Where a list ends: at a verb, a role or a stop outside brackets, or at a bracket that closes one opened before it. */
function listEnd(tail: string, enders: RegExp): number {
  let depth = 0;
  for (let i = 0; i < tail.length; i++) {
    const ch = tail.charAt(i);
    if (ch === '(' || ch === '〔') depth++;
    else if (ch === ')' || ch === '〕') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0) {
      enders.lastIndex = i;
      if (enders.test(tail)) return i;
    }
  }
  return tail.length;
}

/** The member list after a frame: an opener and a list up to a verb, a role or a stop; or a list before 为成员单位. */
export function memberList(
  s: string,
  restAt: number,
  frame: Frame,
  w: AllianceWords,
  kindTerms: string[] = [],
): MemberList | null {
  let at = restAt;
  // Skip punctuation, a relative tail (的医共体，) and the formation clause before the list (组建中医专科联盟，).
  const skip = new RegExp(`^(?:[,;、\\s]|的[^,;。]{0,12},|(?:${alt(w.formation_verbs_zh)})[^,;。]{0,20},)+`).exec(
    s.slice(at),
  );
  if (skip) at += skip[0].length;
  // 牵头组建的医共体包括A、B: a 成员…/包括 opener later in the first clause, after the words that form the alliance.
  const inner = new RegExp(
    `^([^,;。]*?(?:${alt(w.formation_verbs_zh)})[^,;。]*?)(?=(?:${alt(w.member_openers_zh.filter((o) => o.startsWith('成员') || o === '包括'))}))`,
  ).exec(s.slice(at));
  if (frame.type !== 'link' && inner && !new RegExp(`^(?:${alt(w.member_openers_zh)})`).test(s.slice(at)))
    at += inner[0].length;
  const openers = frame.type === 'link' ? [frame.link ?? ''] : [...w.member_openers_zh, ...w.member_list_intros_zh];
  // 构建覆盖A、B的远程医疗协作网: a formation verb straight before the opener.
  const verbFirst = new RegExp(`^(?:${alt(w.formation_verbs_zh)})(?=${alt(openers)})`).exec(s.slice(at));
  if (frame.type !== 'link' && verbFirst) at += verbFirst[0].length;
  const rest = s.slice(at);
  const opener = new RegExp(`^(?:${alt(openers)})[:]?`).exec(rest);
  // …A、B的远程医疗协作网, …A、B等组成的医共体: 的 before the alliance's own name closes the list.
  const ownName = kindTerms.length > 0 ? `|的[^,;。]{0,12}?(?:${alt(kindTerms)})` : '';
  const enders = new RegExp(
    `(?:${alt([...w.formation_verbs_zh, ...w.member_roles_zh, ...w.list_end_words_zh, ...w.more_member_openers_zh])}|[,;。\t]${ownName})`,
    'y',
  );
  if (opener) {
    const listAt = at + opener[0].length;
    const tail = s.slice(listAt);
    if (w.see_table_words_zh.some((x) => tail.startsWith(x)))
      return { text: '', at: listAt, end: listAt, intro: false, table: true };
    if (/^[。;]?$/.test(tail) && /[:]$/.test(opener[0]))
      return { text: '', at: listAt, end: listAt, intro: true, table: false };
    const len = listEnd(tail, enders);
    return { text: tail.slice(0, len), at: listAt, end: listAt + len, intro: false, table: false };
  }
  // A、B为成员单位: in the first clause after the lead, or a later one (市中医医院为副牵头单位，A、B为成员单位).
  const roleRe = new RegExp(`(?:${alt(w.member_roles_zh)})`);
  let clauseAt = at;
  for (const piece of rest.split(/(?<=,)/)) {
    const clause = /^[^;。]*/.exec(piece)?.[0] ?? '';
    const role = roleRe.exec(clause);
    // 以A、B为分院: the marker opens the clause, the list starts after it.
    const marker = new RegExp(`^(?:${alt(w.member_role_markers_zh) || '(?!)'})`).exec(clause)?.[0].length ?? 0;
    if (role && role.index > marker)
      return {
        text: clause.slice(marker, role.index),
        at: clauseAt + marker,
        end: clauseAt + role.index,
        intro: false,
        table: false,
      };
    if (clause.length < piece.length) break;
    clauseAt += piece.length;
  }
  // 以X为牵头医院，按照…的思路，整合A、B、C，组建…: an opener (not a bare link word) starts a later clause.
  const farOpeners = w.member_openers_zh.filter((o) => ![...w.subject_links_zh, ...w.join_markers_zh].includes(o));
  const far = new RegExp(`,(?:${alt(farOpeners)})[:]?`, 'g');
  far.lastIndex = at;
  const mf = far.exec(s);
  const between = mf ? s.slice(at, mf.index) : '';
  if (mf && frame.type !== 'link' && !/[;。]/.test(between) && between.split(',').length <= 2) {
    const listAt = mf.index + mf[0].length;
    const len = listEnd(s.slice(listAt), enders);
    return {
      text: s.slice(listAt, listAt + len),
      at: listAt,
      end: listAt + len,
      intro: false,
      table: false,
      far: true,
    };
  }
  return null;
}

/**
 * X牵头A、B、C (no formation verb, no opener): a list straight after the lead verb. It counts, like a far list, only
 * when it names nothing but institutions (县人民医院牵头城关镇卫生院、红旗镇卫生院 — not 县卫健局牵头制定章程).
 */
export function directList(s: string, restAt: number, frame: Frame, w: AllianceWords): MemberList | null {
  const tail = s.slice(restAt);
  if (frame.type !== 'verb' || !/^[\u4e00-\u9fff]/.test(tail)) return null;
  // 牵头组建东部城市医疗集团: a formation verb opens the tail, the list (if any) is elsewhere.
  if (new RegExp(`^(?:${alt([...w.formation_verbs_zh, ...w.member_openers_zh])})`).test(tail)) return null;
  const len = /[,;。\t]/.exec(tail)?.index ?? tail.length;
  return { text: tail.slice(0, len), at: restAt, end: restAt + len, intro: false, table: false, far: true };
}
