// Recognising organisation names in Chinese prose: suffix-driven, left boundary at the last stop word.
import type { ParsedDocument } from './types.ts';
import type { OrganisationType, OrganisationVocab } from './organisation-vocab.ts';

const HAN = /[\u4e00-\u9fff]/;
const EXPLICIT_PLACE = /^([\u4e00-\u9fff]{1,7}?(?:自治区|省|市|县|旗|区|州|盟))/;

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

export interface NameCandidate {
  /** Offsets within the scanned string. */
  start: number;
  end: number;
  analysis: NameAnalysis;
}

function suffixTypes(v: OrganisationVocab, listOnly: boolean): { suffix: string; type: OrganisationType }[] {
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
    out += stem[i];
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
    if (!blocked && !bareStart) return { prefix: place, kind: 'explicit' };
  }
  return { prefix: '', kind: 'none' };
}

function isGeneric(rest: string, v: OrganisationVocab): boolean {
  if (rest === '') return true;
  const words = v.genericModifiers;
  const ok: boolean[] = new Array(rest.length + 1).fill(false);
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
  let typeId = '';
  let suffix = '';
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
  if (isGeneric(rest, v) || rest.length < 2)
    return { ...base, named: opts.fromList === true, reason: opts.fromList ? '' : 'generic' };
  if (rest.length > 12) return { ...base, named: false, reason: 'too-long' };
  return { ...base, named: true, reason: '' };
}

interface ScanSuffix {
  suffix: string;
  typeId: string;
  placeOnly: boolean;
}

function scanSuffixes(v: OrganisationVocab): ScanSuffix[] {
  const out: ScanSuffix[] = suffixTypes(v, false).map((s) => ({
    suffix: s.suffix,
    typeId: s.type.typeId,
    placeOnly: false,
  }));
  const ends = out.map((s) => s.suffix);
  for (const a of v.aliases) {
    const long = a.long;
    const hit = out.find((s) => long.endsWith(s.suffix));
    if (hit && !ends.includes(a.short)) out.push({ suffix: a.short, typeId: hit.typeId, placeOnly: false });
  }
  for (const t of v.types)
    for (const s of t.placeOnlySuffixes) out.push({ suffix: s, typeId: t.typeId, placeOnly: true });
  return out.sort((a, b) => b.suffix.length - a.suffix.length);
}

/** Where the name starts inside `chunk` (the Han run before the suffix): after the last stop word. */
function cutPoint(chunk: string, v: OrganisationVocab, suffixes: ScanSuffix[], listItem: boolean): number {
  const ends: number[] = [];
  const joins: number[] = [];
  for (const w of v.stopWords) {
    if (listItem && v.nameChars.includes(w)) continue;
    for (let idx = chunk.indexOf(w); idx >= 0; idx = chunk.indexOf(w, idx + 1)) {
      const guarded = v.protectedWords.some((p) => {
        const o = p.indexOf(w);
        return o >= 0 && chunk.slice(idx - o, idx - o + p.length) === p;
      });
      if (guarded) continue;
      if (v.joiningWords.includes(w)) joins.push(idx);
      else ends.push(idx + w.length);
    }
  }
  // 和 joins two names (医院和卫生院) but also sits inside one (发展和改革委员会, 伊和乌素): cut only after a name.
  for (const idx of joins) {
    const prev = Math.max(0, ...ends.filter((e) => e <= idx));
    const before = chunk.slice(prev, idx);
    const after = chunk.slice(idx + 1);
    const endsLikeName = suffixes.some((s) => !s.placeOnly && before.endsWith(s.suffix));
    if (endsLikeName || before.length > 6 || after.length > 6) ends.push(idx + 1);
  }
  return Math.max(0, ...ends);
}

/** Every organisation-like name in a string of clean text, named or not (see analysis.named). */
export function scanOrganisations(
  text: string,
  v: OrganisationVocab,
  docAliases: Map<string, string> = new Map(),
): NameCandidate[] {
  const suffixes = scanSuffixes(v);
  const byEnd = new Map<number, { start: number; s: ScanSuffix }>();
  for (let i = 0; i < text.length; i++) {
    for (const s of suffixes) {
      if (!text.startsWith(s.suffix, i)) continue;
      const end = i + s.suffix.length;
      const prev = byEnd.get(end);
      if (!prev || prev.start > i) byEnd.set(end, { start: i, s });
    }
  }
  const found: NameCandidate[] = [];
  for (const [end, { start: ss, s }] of [...byEnd.entries()].sort((a, b) => a[0] - b[0])) {
    if (v.falseSuffixWords.some((w) => w.endsWith(text.slice(ss, end)) && text.slice(end - w.length, end) === w))
      continue;
    if (s.placeOnly && /[员托任派屈]/.test(text[end] ?? '')) continue;
    // 局长, 委员: a one-character suffix followed by a title is part of the title.
    if (s.suffix.length === 1 && /[长员]/.test(text[end] ?? '')) continue;
    // 内医改办字〔2023〕13号: the issuer code of a document number, not a name.
    if (/^[字发函办]?〔/.test(text.slice(end, end + 2))) continue;
    let k = ss;
    while (k > 0 && ss - k < 24) {
      const c = text[k - 1] ?? '';
      if (HAN.test(c)) k--;
      else if (c === ')' && text.slice(k - 4, k) === '县(区)') k -= 4;
      else break;
    }
    const chunk = text.slice(k, ss);
    // An item of a 、-list is a whole name: only multi-character stop words cut it (伊和乌素, 阿门其日格).
    const listItem = text[k - 1] === '、' || text[end] === '、';
    const cut = cutPoint(chunk, v, suffixes, listItem);
    const start = k + cut;
    const name = text.slice(start, end);
    const aliasOf = docAliases.get(name);
    const analysis = analyseName(name, v, aliasOf ? { documentAlias: true } : {});
    if (!analysis) continue;
    if (s.placeOnly && (analysis.placeKind === 'none' || analysis.expandedStem !== s.suffix)) continue;
    found.push({ start, end, analysis });
  }
  return dropNested(found.map((c) => outerAsRole(c, found, v)));
}

/** `市人医院区域医疗中心`: a named body followed by a generic role is that body, not a new one. */
function outerAsRole(outer: NameCandidate, all: NameCandidate[], v: OrganisationVocab): NameCandidate {
  if (CONTAINER_TYPES.has(outer.analysis.typeId)) return outer;
  const inner = all.find((c) => c !== outer && c.start === outer.start && c.end < outer.end && c.analysis.named);
  if (!inner) return outer;
  const rest = outer.analysis.written.slice(inner.end - inner.start);
  const restAnalysis = analyseName(rest, v);
  return restAnalysis && !restAnalysis.named ? inner : outer;
}

const CONTAINER_TYPES = new Set(['party_organ', 'office', 'committee_office', 'committee']);

/** A name inside a longer name is kept only when the longer one is a sub-body (党支部, 办公室) of it. */
function dropNested(list: NameCandidate[]): NameCandidate[] {
  const found = list.filter((c, i) => list.findIndex((d) => d.start === c.start && d.end === c.end) === i);
  return found.filter(
    (inner) =>
      !found.some(
        (outer) =>
          outer !== inner &&
          outer.start <= inner.start &&
          outer.end >= inner.end &&
          outer.end - outer.start > inner.end - inner.start &&
          outer.analysis.named &&
          !(CONTAINER_TYPES.has(outer.analysis.typeId) && outer.start === inner.start),
      ),
  );
}

/** Short forms a document defines itself: `医共体管理委员会(以下简称“管委会”)` → 管委会 ↦ 医共体管理委员会. */
export function documentAliases(text: string, v: OrganisationVocab): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\(以下简称[:：]?[“"]?([\u4e00-\u9fff]{2,12})[”"]?\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = scanOrganisations(text.slice(Math.max(0, m.index - 40), m.index), v).filter((c) => c.analysis.named);
    const last = before[before.length - 1];
    if (last && last.end === Math.min(40, m.index) && m[1]) out.set(m[1], last.analysis.written);
  }
  return out;
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
