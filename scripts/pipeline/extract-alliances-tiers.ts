// Which of two hospitals stands higher in the tiers of care (省/大学附属 > 市 > 县 > 乡镇): in a pair that forms a
// hospital alliance (`县人民医院与省人民医院组建医联体`, `…签订医联体合作协议`) the higher one leads, whichever is written
// first. Tier words: organisation-relations.json (alliances.tier_words_zh, highest tier first).
import type { AllianceMember, Lead } from './extract-alliances-members.ts';
import type { AllianceWords } from './organisation-vocab.ts';

/** The tier of a named body, 0 the highest; null when its name holds no tier word. */
export function tierOf(name: string, w: AllianceWords): number | null {
  const tiers = w.tier_words_zh;
  // The top tier's words (大学, 附属, 省) count anywhere in the name; a lower tier is read from its first place word.
  if ((tiers[0] ?? []).some((x) => name.includes(x))) return 0;
  let best: { at: number; tier: number } | null = null;
  tiers.forEach((words, tier) => {
    for (const x of words) {
      const at = name.indexOf(x);
      if (at >= 0 && (!best || at < best.at)) best = { at, tier };
    }
  });
  return (best as { at: number; tier: number } | null)?.tier ?? null;
}

/**
 * A pair `X与Y` (one lead, one named member): when Y stands strictly higher than X, Y leads and X is the member. Any
 * other alliance is returned as it is.
 */
export function higherLeads(
  leads: Lead[],
  members: AllianceMember[],
  w: AllianceWords,
): { leads: Lead[]; members: AllianceMember[] } {
  const [lead] = leads;
  const [member] = members;
  if (!lead || !member || leads.length !== 1 || members.length !== 1 || member.category) return { leads, members };
  const a = tierOf(lead.name, w);
  const b = tierOf(member.name, w);
  if (a === null || b === null || b >= a) return { leads, members };
  return {
    leads: [{ name: member.name, start: member.start, end: member.end }],
    members: [{ written: lead.name, name: lead.name, start: lead.start, end: lead.end, category: false }],
  };
}
