// What a candidate organisation name is: its place prefix (玉林市, bare 市), its kind (by suffix), its long form
// (卫健委 → 卫生健康委员会), and whether it names one body or a category (乡镇卫生院).
import type { OrganisationType, OrganisationVocab } from './organisation-vocab.ts';
import type { ParsedDocument } from './types.ts';

const EXPLICIT_PLACE = /^([\u4e00-\u9fff]{1,7}?(?:自治区|省|市|县|旗|区|州|盟))/;
/** Township words after a place-like head: 镇, 乡 (not 乡镇, the category), 街道, 苏木. */
const TOWN_AFTER_PLACE = /^(?:镇|乡(?!镇)|街道|苏木)/;

export interface NameAnalysis {
  /** The name as it stands in the text (line wraps and padding removed). */
  written: string;
  /** Place prefix as written: '' , a bare abbreviation (市, 旗, 县(区)) or a full place (固原市). */
  placePrefix: string;
  placeKind: 'explicit' | 'bare' | 'none';
  stem: string;
  /** Stem with generic short forms replaced by long forms (卫健委 → 卫生健康委员会). */
  expandedStem: string;
  typeId: string;
  suffix: string;
  /** True for a named body; false for a category (乡镇卫生院, 牵头医院). */
  named: boolean;
  /** Why a name is not named: generic, needs-place, too-long; '' when named. */
  reason: string;
}

export function suffixTypes(v: OrganisationVocab, listOnly: boolean): { suffix: string; type: OrganisationType }[] {
  const out: { suffix: string; type: OrganisationType }[] = [];
  for (const type of v.types) {
    if (type.listOnly && !listOnly) continue;
    for (const suffix of type.suffixes) out.push({ suffix, type });
  }
  return out.sort((a, b) => b.suffix.length - a.suffix.length);
}

/** Replace generic short forms by their long forms; long forms already present are kept. */
export function expandAliases(stem: string, v: OrganisationVocab): string {
  const longs = [...new Set(v.aliases.map((a) => a.long))].sort((a, b) => b.length - a.length);
  const shorts = [...v.aliases].sort((a, b) => b.short.length - a.short.length);
  let out = '';
  let i = 0;
  while (i < stem.length) {
    const long = longs.find((l) => stem.startsWith(l, i));
    if (long) {
      out += long;
      i += long.length;
      continue;
    }
    const alias = shorts.find((a) => stem.startsWith(a.short, i));
    if (alias) {
      out += alias.long;
      i += alias.short.length;
      continue;
    }
    out += stem.charAt(i);
    i++;
  }
  return out;
}

/** The place prefix of a name: a bare abbreviation (市), a full place (玉林市) or none. */
export function splitPlace(name: string, v: OrganisationVocab): { prefix: string; kind: NameAnalysis['placeKind'] } {
  for (const bare of v.barePlaces) {
    if (name.startsWith(bare) && name.length > bare.length) {
      if (v.barePlaceBlockers.includes(name[bare.length] ?? '')) break;
      return { prefix: bare, kind: 'bare' };
    }
  }
  const m = EXPLICIT_PLACE.exec(name);
  if (m && m[1] && m[1].length < name.length) {
    const place = m[1];
    const blocked = v.notPlaces.some((np) => place === np || (np.length >= 2 && place.endsWith(np)));
    // 五县, 各县: counts and determiners; 建设省级…: 省级/市级 is a level, not a place.
    const numbered =
      /^[一二三四五六七八九十两几各全本该]/.test(place) || v.barePlaceBlockers.includes(name[place.length] ?? '');
    const bareStart = numbered || v.barePlaces.some((b) => (b.length === 1 && place.startsWith(b)) || b === place);
    // 红旗镇卫生院, 老县镇卫生院, 新区街道…: one character and 旗/县/区 before a township word is the town's own name.
    const town = place.length === 2 && TOWN_AFTER_PLACE.test(name.slice(place.length));
    if (!blocked && !bareStart && !town) return { prefix: place, kind: 'explicit' };
  }
  return { prefix: '', kind: 'none' };
}

function isGeneric(rest: string, v: OrganisationVocab): boolean {
  if (rest === '') return true;
  const words = v.genericModifiers;
  const ok = new Array<boolean>(rest.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < rest.length; i++) {
    if (!ok[i]) continue;
    for (const w of words) if (rest.startsWith(w, i)) ok[i + w.length] = true;
  }
  return ok[rest.length] === true;
}

const COMMITTEE_TYPES = new Set(['committee', 'committee_office']);

export interface AnalyseOptions {
  /** Names read from a committee list or task table: townships (镇, 苏木) count, categories are kept. */
  fromList?: boolean;
  /** The name is a document-defined short form (以下简称“管委会”). */
  documentAlias?: boolean;
}

/** Place, type and named-ness of a candidate name; null when no organisation suffix ends it. */
export function analyseName(name: string, v: OrganisationVocab, opts: AnalyseOptions = {}): NameAnalysis | null {
  const { prefix, kind } = splitPlace(name, v);
  const stem = name.slice(prefix.length);
  const expandedStem = expandAliases(stem, v);
  const full = prefix + expandedStem;
  let typeId: string;
  let suffix: string;
  let requiresPlace = false;
  let standalone = false;
  const placeOnly = v.types.find((t) => t.placeOnlySuffixes.includes(expandedStem));
  if (placeOnly && kind !== 'none') {
    typeId = placeOnly.typeId;
    suffix = expandedStem;
  } else {
    const hit = suffixTypes(v, opts.fromList === true).find(
      (s) => full.endsWith(s.suffix) && full.length >= s.suffix.length,
    );
    if (!hit) return null;
    typeId = hit.type.typeId;
    suffix = hit.suffix;
    requiresPlace = hit.type.requiresPlace;
    standalone = hit.type.standaloneSuffixes.some((x) => full === x);
  }
  const base = { written: name, placePrefix: prefix, placeKind: kind, stem, expandedStem, typeId, suffix };
  if (opts.documentAlias) return { ...base, named: true, reason: '' };
  const rest = full.slice(0, full.length - suffix.length);
  const qualifier = rest.slice(prefix.length);
  if (kind !== 'none') {
    // 旗人民医院 is named; 县(区)公立医院 (a place and only generic words) is a category.
    const generic = stem.length === 0 || (qualifier.length > 0 && isGeneric(qualifier, v) && !opts.fromList);
    return { ...base, named: !generic, reason: generic ? 'generic' : '' };
  }
  if (requiresPlace && !opts.fromList) return { ...base, named: false, reason: 'needs-place' };
  // A committee is one body whatever qualifies it: 医共体管理委员会 is named, 委员会 alone is not.
  if (standalone || (COMMITTEE_TYPES.has(typeId) && rest.length > 0)) return { ...base, named: true, reason: '' };
  // 大旗乡卫生院: a two-character town name before 镇/乡/街道/苏木 names one body even when its characters are generic.
  const town = /^([\u4e00-\u9fff]{2})(?:镇|乡|街道|苏木)$/.exec(rest)?.[1] ?? '';
  const namedTown = town !== '' && !v.genericModifiers.includes(town) && !/^[各全本该每]/.test(town);
  if (!namedTown && (isGeneric(rest, v) || rest.length < 2))
    return { ...base, named: opts.fromList === true, reason: opts.fromList ? '' : 'generic' };
  if (rest.length > 12) return { ...base, named: false, reason: 'too-long' };
  return { ...base, named: true, reason: '' };
}

/** The place a document governs: the manifest's, else read from its title or issuer (固原市, 杭锦旗); null when none. */
export function documentPlace(doc: ParsedDocument, v: OrganisationVocab): string | null {
  if (doc.place?.placeZh) return doc.place.placeZh;
  for (const s of [doc.front.titleZh, doc.front.issuerZh]) {
    if (!s) continue;
    const m = /^([\u4e00-\u9fff]{1,6}?(?:自治区|省|市|县|旗|区|州|盟))/.exec(s);
    if (m && m[1] && !v.notPlaces.includes(m[1]) && !v.barePlaces.includes(m[1])) return m[1];
  }
  return null;
}

/** The place an organisation belongs to: its own prefix, or the document's place for a bare 市/县/旗. */
export function resolvePlace(
  a: NameAnalysis,
  docPlace: string | null,
): { placeZh: string | null; origin: 'prefix' | 'document' | 'unresolved' | 'none' } {
  if (a.placeKind === 'explicit') return { placeZh: a.placePrefix, origin: 'prefix' };
  if (a.placeKind === 'bare') {
    if (docPlace && docPlace.endsWith(a.placePrefix)) return { placeZh: docPlace, origin: 'document' };
    return { placeZh: null, origin: 'unresolved' };
  }
  return { placeZh: null, origin: 'none' };
}
