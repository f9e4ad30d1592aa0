// A manifest entry for a new plan (`npm run add`): what the text (or its page metadata) says, a guessed place
// marked as a guess, and empty place facts a person must fill in. Written into data/manifest.json in its style.
import type { ManifestEntry } from './types.ts';

export interface StubFacts {
  docId: string;
  titleZh: string | null;
  titleOrigin: string;
  issuerZh: string | null;
  issuerOrigin: string;
  issueYear: number | null;
  /** Where the year comes from, e.g. `text (cover date 2024-03-18)`. */
  yearOrigin: string;
  /** The file the text came from, for the origins. */
  sourceName: string;
}

export interface PlaceGuess {
  placeZh: string;
  level: ManifestEntry['level'] | '';
  provinceZh: string;
  from: string;
}

const PROVINCES =
  /^(?:北京市|天津市|上海市|重庆市|河北省|山西省|辽宁省|吉林省|黑龙江省|江苏省|浙江省|安徽省|福建省|江西省|山东省|河南省|湖北省|湖南省|广东省|海南省|四川省|贵州省|云南省|陕西省|甘肃省|青海省|台湾省|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区)/;
/** The first administrative unit a name starts with: 青溪县人民政府办公室 → 青溪县. */
const UNIT = /^(?:中共)?([\u4e00-\u9fff]{1,8}?(?:自治县|自治旗|自治州|县|旗|市|区|盟|州))(?![域级])(?=[\u4e00-\u9fff])/;
/** Words no place name holds: a title that starts `关于加快推进…县域` names no place. */
const NOT_A_PLACE = /关于|印发|推进|加快|建设|深化|紧密|全面/;

/**
 * A guess at the place a plan governs from its issuer, else its title: the province when it starts with one, else
 * the first county, banner, city, district, league or prefecture named. Levels only where the suffix tells
 * (县/旗 county, 州/盟 prefecture, province); a 市 or 区 can be either level, so it is left empty.
 */
export function guessPlace(issuerZh: string | null, titleZh: string | null): PlaceGuess | null {
  for (const [name, from] of [
    [issuerZh, 'issuer'],
    [titleZh, 'title'],
  ] as const) {
    if (!name) continue;
    const province = PROVINCES.exec(name)?.[0];
    const rest = province ? name.slice(province.length) : name;
    const unit = UNIT.exec(rest)?.[1];
    if (unit && !NOT_A_PLACE.test(unit)) {
      const level = /(?:县|旗)$/.test(unit) ? 'county' : /(?:州|盟)$/.test(unit) ? 'prefecture' : '';
      return { placeZh: unit, level, provinceZh: province ?? '', from: `${from} ${name}` };
    }
    if (province) return { placeZh: province, level: 'province', provinceZh: province, from: `${from} ${name}` };
  }
  return null;
}

/** The entry, and the fields a person still has to fill in. */
export function manifestStub(facts: StubFacts): { entry: Record<string, unknown>; toFill: string[] } {
  const guess = guessPlace(facts.issuerZh, facts.titleZh);
  const origins: Record<string, string> = {};
  const entry: Record<string, unknown> = {
    doc_id: facts.docId,
    file: `${facts.docId}.txt`,
    place_zh: guess?.placeZh ?? '',
    place_en: '',
    level: guess?.level ?? '',
    province_zh: guess?.provinceZh ?? '',
    province_en: '',
    latitude: null,
    longitude: null,
  };
  if (guess) {
    origins['place_zh'] = `GUESS by npm run add from the ${guess.from}: check it`;
    if (guess.level) origins['level'] = `GUESS by npm run add from the name's suffix (${guess.placeZh}): check it`;
    if (guess.provinceZh) origins['province_zh'] = `GUESS by npm run add from the ${guess.from}: check it`;
  }
  if (facts.titleZh) {
    entry['title_zh'] = facts.titleZh;
    origins['title_zh'] =
      `${facts.titleOrigin} of ${facts.sourceName} (npm run add); the pipeline reads the text first`;
  }
  if (facts.issuerZh) {
    entry['issuer_zh'] = facts.issuerZh;
    origins['issuer_zh'] =
      `${facts.issuerOrigin} of ${facts.sourceName} (npm run add); the pipeline reads the text first`;
  }
  if (facts.issueYear !== null) {
    entry['issue_year'] = facts.issueYear;
    origins['issue_year'] = `${facts.yearOrigin} of ${facts.sourceName} (npm run add)`;
  }
  entry['origins'] = origins;
  const toFill = ['place_zh', 'place_en', 'level', 'province_zh', 'province_en', 'latitude', 'longitude'].filter(
    (k) => entry[k] === '' || entry[k] === null || origins[k]?.startsWith('GUESS'),
  );
  return { entry, toFill };
}

/** An entry written as data/manifest.json writes them: related facts on one line, origins one per line. */
export function formatEntry(entry: Record<string, unknown>): string {
  const j = (k: string) => `${JSON.stringify(k)}: ${JSON.stringify(entry[k])}`;
  const groups = [
    ['doc_id', 'file'],
    ['place_zh', 'place_en', 'level'],
    ['province_zh', 'province_en'],
    ['latitude', 'longitude'],
    ['title_zh'],
    ['issuer_zh'],
    ['issue_year'],
  ]
    .map((g) => g.filter((k) => k in entry))
    .filter((g) => g.length > 0)
    .map((g) => `      ${g.map(j).join(', ')},`);
  const origins = Object.entries(entry['origins'] as Record<string, string>).map(
    ([k, v]) => `        ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  return `    {\n${groups.join('\n')}\n      "origins": {\n${origins.join(',\n')}\n      }\n    }`;
}

/**
 * The manifest text with the entry appended to its `documents` array, everything else byte for byte. Throws when
 * the result would not parse or the id is already there.
 */
export function appendEntry(manifestText: string, entry: Record<string, unknown>): string {
  const before = JSON.parse(manifestText) as { documents: { doc_id: string }[] };
  if (before.documents.some((d) => d.doc_id === entry['doc_id'])) {
    throw new Error(`data/manifest.json already has doc_id ${String(entry['doc_id'])}`);
  }
  const close = /\}\s*\]\s*\}\s*$/.exec(manifestText);
  if (!close) throw new Error('data/manifest.json does not end with the documents array');
  const at = close.index + 1;
  const out = `${manifestText.slice(0, at)},\n${formatEntry(entry)}${manifestText.slice(at)}`;
  const after = JSON.parse(out) as { documents: unknown[] };
  if (after.documents.length !== before.documents.length + 1) throw new Error('manifest append went wrong');
  return out;
}
