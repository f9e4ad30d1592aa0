// Alliances named in one sentence and filled in another: `A、B分别牵头组建东部、西部城市医疗集团。东部城市医疗集团成员
// 单位包括…` — the first statement ties each name (东部, 西部) to its lead, the later one names the members.
import type { Lead } from './extract-alliances-members.ts';
import type { AllianceKind, AllianceWords } from './organisation-vocab.ts';

/** The distinctive part of an alliance name (东部 of 东部城市医疗集团) → the leads that form it. */
export type GroupNames = Map<string, Lead[]>;

const terms = (kinds: AllianceKind[]): string[] => kinds.flatMap((k) => k.terms).sort((a, b) => b.length - a.length);

/** `东部城市医疗集团` → `东部`; a count or an empty name gives null (2个城市医疗集团 names nothing). */
function keyOf(name: string, kinds: AllianceKind[]): string | null {
  const term = terms(kinds).find((t) => name.endsWith(t));
  const key = (term ? name.slice(0, name.length - term.length) : name).replace(/^(?:紧密型|新的?)/, '');
  if (!key || /^[0-9一二三四五六七八九十两几多]+[个家所]?$/.test(key) || /[,;。]/.test(key)) return null;
  return key;
}

/**
 * Register the names a statement gives its groups: after the lead (`restAt`), `组建东部、西部城市医疗集团` pairs names
 * with leads in order when the leads are listed with 分别, or gives one name to all leads otherwise.
 */
export function registerNames(
  s: string,
  restAt: number,
  leads: Lead[],
  respectively: boolean,
  kinds: AllianceKind[],
  w: AllianceWords,
  names: GroupNames,
): void {
  const verbs = w.formation_verbs_zh.join('|');
  const m = new RegExp(`^(?:${verbs})?([^,;。:]{1,40})`).exec(s.slice(restAt));
  const clause = m?.[1] ?? '';
  if (!terms(kinds).some((t) => clause.includes(t))) return;
  const keys = clause
    .split(/、|和|及/)
    .map((x) => keyOf(x, kinds))
    .filter((x): x is string => x !== null);
  if (respectively && keys.length === leads.length) keys.forEach((k, i) => names.set(k, [leads[i] as Lead]));
  else if (!respectively && keys.length === 1) names.set(keys[0] as string, leads);
}

/** The leads of a group whose name `before` ends with (`…东部城市医疗集团`), or null. */
export function leadsByName(before: string, kinds: AllianceKind[], names: GroupNames): Lead[] | null {
  const term = terms(kinds).find((t) => before.endsWith(t));
  if (!term) return null;
  const prefix = before.slice(0, before.length - term.length);
  const key = [...names.keys()].filter((k) => prefix.endsWith(k)).sort((a, b) => b.length - a.length)[0];
  return key ? (names.get(key) ?? null) : null;
}
