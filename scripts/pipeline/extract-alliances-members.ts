// Lists of institutions in alliance statements: `A、B和C等` split into items, each a named body, a category of
// institutions (全县11个乡镇卫生院: kept as written, flagged) or nothing; bare places take the institution of the
// next full name (`容县、陆川县人民医院` → 容县人民医院). Offsets are clean offsets into the document text.
import { scanOrganisations } from './organisation-names.ts';
import type { AllianceWords, OrganisationVocab } from './organisation-vocab.ts';

export interface ListItem {
  text: string;
  start: number;
  end: number;
}

export interface AllianceMember {
  /** Member as written (`容县`). */
  written: string;
  /** Member with the list's shared institution restored (`容县人民医院`); the written form otherwise. */
  name: string;
  /** Clean offsets of the written member. */
  start: number;
  end: number;
  /** True when the member is a category of institutions (乡镇卫生院, 县级妇幼保健机构), not one named body. */
  category: boolean;
  /** Clean offsets of the evidence when it is not the span from lead to member (a table row). */
  evidence?: { start: number; end: number };
}

export interface Lead {
  name: string;
  start: number;
  end: number;
}

const longestFirst = (words: string[]): string[] => [...words].sort((a, b) => b.length - a.length);

/** Pieces of `text` between `、`, `,` and white space between Chinese characters (a table cell), outside brackets. */
function splitAtCommas(text: string, offset: number): ListItem[] {
  const out: ListItem[] = [];
  let depth = 0;
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '(' || ch === '〔') depth++;
    else if (ch === ')' || ch === '〕') depth = Math.max(0, depth - 1);
    const gap = /\s/.test(ch) && /[\u4e00-\u9fff]/.test(text[i - 1] ?? '') && /[\u4e00-\u9fff]/.test(text[i + 1] ?? '');
    if (i === text.length || (depth === 0 && (ch === '、' || ch === ',' || gap))) {
      out.push({ text: text.slice(s, i), start: offset + s, end: offset + i });
      s = i + 1;
    }
  }
  return out;
}

/** True when `text` ends like an institution: an organisation suffix or an institution word. */
function endsLikeInstitution(text: string, v: OrganisationVocab, w: AllianceWords): boolean {
  const core = text.replace(/\([^()]*\)$/, '');
  if (w.institution_words_zh.some((x) => core.endsWith(x))) return true;
  return scanOrganisations(core, v).some((c) => c.end === core.length);
}

/** Trim a list item: a leading locative (区域内), trailing tails (等, 等单位, 等N家, 共N家) and white space. */
function trimItem(item: ListItem, w: AllianceWords): ListItem {
  let { text, start } = item;
  // An item label inside the list: ①A；②B, (1)A；(2)B.
  const label = /^\s*(?:\(\d{1,2}\)|\d{1,2}[.、)]|[①-⑳])\s*/.exec(text);
  if (label) {
    text = text.slice(label[0].length);
    start += label[0].length;
  }
  // 区域内A: a locative before the first member. (A joiner is cut where the list is split: 和平镇卫生院 keeps its 和.)
  const lead = longestFirst(w.list_lead_words_zh).find((j) => text.startsWith(j) && text.length > j.length);
  if (lead) {
    text = text.slice(lead.length);
    start += lead.length;
  }
  const adverb = longestFirst(w.list_trailing_adverbs_zh).find((x) => text.endsWith(x) && text.length > x.length);
  if (adverb) text = text.slice(0, text.length - adverb.length);
  // 等, 等单位, 等5家乡镇卫生院; 共3家, （合计5家）; 3家分院 straight after an institution.
  const count = '[0-9一二三四五六七八九十两]+[个家所]';
  const kindOf = '(?:[\\u4e00-\\u9fff]{0,8}?(?:单位|机构|卫生院|医院|中心|分院))';
  const tail = new RegExp(
    `(?:(?<![甲乙丙特])(?:${longestFirst(w.list_tail_words_zh).join('|') || '(?!)'})(?:${count})?${kindOf}?` +
      `|\\(?(?:${longestFirst(w.list_count_tail_words_zh).join('|') || '(?!)'})${count}${kindOf}?\\)?` +
      `|(?<=院|中心|室|站|所)${count}${kindOf}?)\\s*$`,
  ).exec(text);
  if (tail && tail.index > 0) text = text.slice(0, tail.index);
  const lws = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return { text: trimmed, start: start + lws, end: start + lws + trimmed.length };
}

/**
 * Items of a list of institutions: split at `、` and `,`, then at 和/及/以及/与 where the text before ends like an
 * institution (`柳林乡卫生院和白岩乡卫生院`; not `伊和乌素中心卫生院`).
 */
export function splitInstitutionList(text: string, offset: number, v: OrganisationVocab, w: AllianceWords): ListItem[] {
  const out: ListItem[] = [];
  const joiners = longestFirst(w.list_joiners_zh);
  for (const piece of splitAtCommas(text, offset)) {
    let rest = piece;
    for (;;) {
      let cut: { at: number; len: number } | null = null;
      for (let i = 1; i < rest.text.length && !cut; i++) {
        const j = joiners.find((x) => rest.text.startsWith(x, i));
        if (j && i + j.length < rest.text.length && endsLikeInstitution(rest.text.slice(0, i), v, w))
          cut = { at: i, len: j.length };
      }
      if (!cut) break;
      out.push({ text: rest.text.slice(0, cut.at), start: rest.start, end: rest.start + cut.at });
      const after = cut.at + cut.len;
      rest = { text: rest.text.slice(after), start: rest.start + after, end: rest.end };
    }
    out.push(rest);
  }
  return out
    .map((x) => trimItem(x, w))
    .filter((x) => x.text.length > 0)
    .flatMap((x) => runTogether(x, v, w));
}

/**
 * `城关镇卫生院石桥镇卫生院` (a space between them was dropped by cleaning): two named bodies written back to back are
 * two items. Split only where both halves are named institutions, the first ending in an institution word.
 */
function runTogether(item: ListItem, v: OrganisationVocab, w: AllianceWords): ListItem[] {
  const t = item.text;
  if (t.length < 8 || /[()]/.test(t)) return [item];
  for (let k = 4; k <= t.length - 4; k++) {
    const left = t.slice(0, k);
    if (!w.institution_words_zh.some((x) => left.endsWith(x))) continue;
    if (classifyInstitution(left, v, w)?.kind !== 'named') continue;
    if (classifyInstitution(t.slice(k), v, w)?.kind !== 'named') continue;
    const rest = { text: t.slice(k), start: item.start + k, end: item.end };
    return [{ text: left, start: item.start, end: item.start + k }, ...runTogether(rest, v, w)];
  }
  return [item];
}

/** What an item names: one body of `types` (named), a category of institutions, or nothing. */
export function classifyInstitution(
  text: string,
  v: OrganisationVocab,
  w: AllianceWords,
): { kind: 'named' | 'category'; typeId: string } | null {
  const core = text.replace(/\([^()]*\)$/, '');
  const last = scanOrganisations(core, v)
    .filter((c) => c.end === core.length)
    .pop();
  if (last && last.start === 0 && last.analysis.named)
    return w.lead_types.includes(last.analysis.typeId) ? { kind: 'named', typeId: last.analysis.typeId } : null;
  if (last || w.institution_words_zh.some((x) => core.endsWith(x)))
    return { kind: 'category', typeId: last?.analysis.typeId ?? '' };
  return null;
}

/**
 * `容县` before `陆川县人民医院` → `容县人民医院`; `城关镇` before `柳林乡卫生院` → `城关镇卫生院`: the institution after the
 * first place word of the next full name.
 */
function sharedInstitution(bare: string, next: string, v: OrganisationVocab, w: AllianceWords): string | null {
  const places = w.shared_suffix_places_zh;
  if (bare.length > 8 || !/^[\u4e00-\u9fff]+$/.test(bare)) return null;
  // `东城、西城街道社区卫生服务中心`: a bare name without a place word takes the place word too.
  const hasPlace = places.some((p) => bare.endsWith(p) && bare.length > p.length);
  if (!hasPlace && bare.length > 4) return null;
  const cuts = places
    .map((p) => ({ p, at: next.indexOf(p) }))
    .filter((x) => x.at > 0)
    .sort((a, b) => a.at - b.at);
  for (const { p, at } of cuts) {
    const name = bare + next.slice(hasPlace ? at + p.length : at);
    if (classifyInstitution(name, v, w)?.kind === 'named') return name;
  }
  return null;
}

/** The members of an alliance list, and the items that name no institution (reported by the caller). */
export function membersOf(
  text: string,
  offset: number,
  v: OrganisationVocab,
  w: AllianceWords,
): { members: AllianceMember[]; dropped: ListItem[] } {
  const items = splitInstitutionList(text, offset, v, w);
  const members: AllianceMember[] = [];
  const dropped: ListItem[] = [];
  items.forEach((item, i) => {
    const c = classifyInstitution(item.text, v, w);
    const base = { written: item.text, name: item.text, start: item.start, end: item.end };
    if (c) {
      members.push({ ...base, category: c.kind === 'category' });
      return;
    }
    const next = items.slice(i + 1).find((x) => classifyInstitution(x.text, v, w)?.kind === 'named');
    const shared = next ? sharedInstitution(item.text, next.text, v, w) : null;
    if (shared) members.push({ ...base, name: shared, category: false });
    else dropped.push(item);
  });
  return { members, dropped };
}

/** Why a lead phrase is silently not an alliance lead (a department leads a task; 以人民健康为中心). */
export const NOT_AN_INSTITUTION = 'lead is not an institution';

/** The named leads of a lead phrase (`市第一人民医院、市中医医院共同`), or why there are none. */
export function leadsOf(text: string, offset: number, v: OrganisationVocab, w: AllianceWords): Lead[] | string {
  let t = text;
  const joint = longestFirst(w.joint_words_zh).find((j) => t.endsWith(j));
  if (joint) t = t.slice(0, t.length - joint.length);
  const items = splitInstitutionList(t, offset, v, w);
  if (items.length === 0) return 'no organisation in the lead phrase';
  const leads: Lead[] = [];
  for (const item of items) {
    const core = item.text.replace(/\([^()]*\)$/, '');
    const cands = scanOrganisations(core, v);
    let last = cands.filter((c) => c.end === core.length).pop();
    // 市人民医院心血管内科, 市人民医院远程医疗中心: the body a department belongs to leads.
    const body = cands.filter((c) => c.analysis.named && c.end < core.length).pop();
    const department = new RegExp(`^[\\u4e00-\\u9fff]{0,10}(?:${w.department_words_zh.join('|') || '(?!)'})$`);
    if ((!last || !last.analysis.named) && body && department.test(core.slice(body.end))) last = body;
    if (!last) {
      // 以人民健康为中心: no institution is named at all — not an alliance statement.
      const institutional = w.institution_words_zh.some((x) => core.endsWith(x));
      return institutional ? `no organisation in the lead phrase (${item.text})` : NOT_AN_INSTITUTION;
    }
    if (!w.lead_types.includes(last.analysis.typeId)) return NOT_AN_INSTITUTION;
    if (!last.analysis.named) return `lead is a category, not a named body (${last.analysis.written})`;
    leads.push({ name: last.analysis.written, start: item.start + last.start, end: item.start + last.end });
  }
  return leads;
}
