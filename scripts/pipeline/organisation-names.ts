// Recognising organisation names in Chinese prose: suffix-driven, left boundary at the last stop word; each
// candidate analysed in organisation-analysis.ts.
import { analyseName, suffixTypes, type NameAnalysis } from './organisation-analysis.ts';
import type { OrganisationVocab } from './organisation-vocab.ts';

const HAN = /[\u4e00-\u9fff]/;

export interface NameCandidate {
  /** Offsets within the scanned string. */
  start: number;
  end: number;
  /** Where the suffix word that ended the name starts (人民政府 of 县人民政府). */
  suffixStart: number;
  analysis: NameAnalysis;
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
  // 第三条县中医院: an item label ends where a name may start.
  if (v.labelUnits.length > 0) {
    const label = new RegExp(`第[0-9一二三四五六七八九十百零〇两]+(?:${v.labelUnits.join('|')})`, 'g');
    for (let m = label.exec(chunk); m; m = label.exec(chunk)) ends.push(m.index + m[0].length);
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
      const ordinal = /第\d{1,2}$/.exec(text.slice(Math.max(0, k - 3), k));
      if (HAN.test(c)) k--;
      else if (c === ')' && text.slice(k - 4, k) === '县(区)') k -= 4;
      // 县第1人民医院 (an ordinal written in digits, folded from 县第１人民医院): the digits belong to the name.
      else if (ordinal) k -= ordinal[0].length;
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
    found.push({ start, end, suffixStart: ss, analysis });
  }
  return joinSecondNameplates(text, dropNested(found.map((c) => outerAsRole(c, found, v))), v);
}

/**
 * `市卫生健康委员会（市中医药管理局）`: a department followed by a bracket that holds nothing but another department
 * is one body with a second nameplate (加挂牌子): one candidate spanning both, analysed as the first.
 */
function joinSecondNameplates(text: string, list: NameCandidate[], v: OrganisationVocab): NameCandidate[] {
  const plate = (c: NameCandidate) => c.analysis.named && v.secondNameplateTypes.includes(c.analysis.typeId);
  const out: NameCandidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as NameCandidate;
    const next = list[i + 1];
    if (next && plate(c) && plate(next) && text[c.end] === '(' && next.start === c.end + 1 && text[next.end] === ')') {
      out.push({ ...c, end: next.end + 1, analysis: { ...c.analysis, written: text.slice(c.start, next.end + 1) } });
      i++;
    } else out.push(c);
  }
  return out;
}

/**
 * `市人医院区域医疗中心`: a named body followed by a generic role (区域医疗中心: generic words before a suffix) is that
 * body, not a new one. A bare suffix after it makes a longer name (县人民政府 + 办公室, 市中心 + 医院).
 */
function outerAsRole(outer: NameCandidate, all: NameCandidate[], v: OrganisationVocab): NameCandidate {
  if (CONTAINER_TYPES.has(outer.analysis.typeId)) return outer;
  const inner = all.find((c) => c !== outer && c.start === outer.start && c.end < outer.end && c.analysis.named);
  if (!inner) return outer;
  const rest = outer.analysis.written.slice(inner.end - inner.start);
  const restAnalysis = analyseName(rest, v);
  if (restAnalysis && restAnalysis.placeKind === 'none' && restAnalysis.expandedStem === restAnalysis.suffix)
    return outer;
  return restAnalysis && !restAnalysis.named ? inner : outer;
}

const CONTAINER_TYPES = new Set(['party_organ', 'office', 'committee_office', 'committee']);

/**
 * A name inside a longer name is kept only when the longer one is a sub-body (党支部, 办公室) of it; a name whose
 * suffix is cut out of a longer suffix word (组织部 of 组织部门, 人民政府 of 人民政府办公室) is never kept.
 */
function dropNested(list: NameCandidate[]): NameCandidate[] {
  const found = list.filter((c, i) => list.findIndex((d) => d.start === c.start && d.end === c.end) === i);
  return found.filter(
    (inner) =>
      !found.some(
        (outer) =>
          outer !== inner &&
          outer.suffixStart <= inner.suffixStart &&
          outer.end > inner.end &&
          inner.start >= outer.start &&
          outer.suffixStart < inner.end,
      ) &&
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
