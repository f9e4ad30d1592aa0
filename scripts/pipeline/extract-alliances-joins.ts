// Alliances whose members are said to join one: `A、B、C加入县人民医院医共体`, `将A、B划入县中医院医共体` (the alliance
// is named after its lead) and `县人民医院加入市第一人民医院牵头的胸痛专科联盟` (the lead is named by its verb).
// `不纳入医共体` (a negation) and an alliance with no named lead give nothing. Words: organisation-relations.json.
import { leadsOf, membersOf } from './extract-alliances-members.ts';
import { alt } from './extract-alliances-frames.ts';
import type { ComposedList } from './extract-alliances-composed.ts';
import type { AllianceKind, AllianceWords, OrganisationVocab } from './organisation-vocab.ts';

/** The first kind term in `text` and where it stands. */
function firstKind(text: string, kinds: AllianceKind[]): { at: number; term: string } | null {
  let best: { at: number; term: string } | null = null;
  for (const term of kinds.flatMap((k) => k.terms)) {
    const at = text.indexOf(term);
    if (at >= 0 && (!best || at < best.at || (at === best.at && term.length > best.term.length))) best = { at, term };
  }
  return best;
}

/** The join statements of a statement `s` (offsets relative to it; `base` turns them into clean offsets). */
export function joinedLists(s: string, base: number, v: OrganisationVocab, w: AllianceWords): ComposedList[] {
  const verbs = w.join_verbs_zh;
  if (verbs.length === 0) return [];
  const out: ComposedList[] = [];
  const markers = alt(w.join_markers_zh) || '(?!)';
  const negations = alt(w.join_negations_zh) || '(?!)';
  const clause = new RegExp(
    `(?<=^|[,;:。])(?:${markers})?([^,;:。]{4,160}?)(?<!${negations})(?:${alt(verbs)})([^,;。]{2,60})`,
    'g',
  );
  for (const m of s.matchAll(clause)) {
    const list = m[1] ?? '';
    const listAt = m.index + m[0].indexOf(list);
    const after = m[2] ?? '';
    const afterAt = m.index + m[0].length - after.length;
    const kind = firstKind(after, v.allianceKinds);
    if (!kind) continue;
    // X牵头的…联盟: the lead before its verb; else the alliance is named after its lead (县人民医院医共体).
    const verb = new RegExp(
      `^(.+?)(?:${alt(w.joint_words_zh) || '(?!)'})?(?:${alt(w.lead_verbs_zh)})[^的]{0,4}的`,
    ).exec(after.slice(0, kind.at));
    const leadText = verb ? (verb[1] ?? '') : after.slice(0, kind.at);
    if (leadText.length < 2) continue;
    const leads = leadsOf(leadText, base + afterAt, v, w);
    if (typeof leads === 'string') continue;
    const { members, dropped } = membersOf(list, base + listAt, v, w);
    if (members.length === 0 || dropped.length > 0) continue;
    out.push({ leads, members, at: listAt, end: afterAt + kind.at + kind.term.length });
  }
  return out;
}
