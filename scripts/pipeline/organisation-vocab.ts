// The organisation vocabularies (data/vocab/organisation-*.json, alliance-kinds.json) as the scanner and the alliance
// and responsibility readers use them.
import type { OrganisationRelationsFile } from '../../src/lib/schema/vocab.ts';
import type { Vocabularies } from './extractor-types.ts';

/** The words of alliance statements (data/vocab/organisation-relations.json → alliances). */
export type AllianceWords = OrganisationRelationsFile['alliances'];
/** The words of responsibility statements in prose (organisation-relations.json → responsibilities). */
export type ResponsibilityWords = OrganisationRelationsFile['responsibilities'];

export interface OrganisationType {
  typeId: string;
  nameEn: string;
  suffixes: string[];
  placeOnlySuffixes: string[];
  /** Suffixes that name one body on their own (卫生健康委员会), so need no qualifier to count as named. */
  standaloneSuffixes: string[];
  requiresPlace: boolean;
  listOnly: boolean;
}

export interface CommitteeRole {
  roleZh: string;
  roleEn: string;
}

export interface AllianceKind {
  kindId: string;
  nameEn: string;
  terms: string[];
}

export interface OrganisationVocab {
  types: OrganisationType[];
  aliases: { short: string; long: string }[];
  stopWords: string[];
  /** Units of item labels (第三条): a name starts after such a label. */
  labelUnits: string[];
  joiningWords: string[];
  genericModifiers: string[];
  notPlaces: string[];
  barePlaceBlockers: string[];
  /** Words containing a stop word that still belong inside a name (经济 in 经济和信息化局). */
  protectedWords: string[];
  /** Words that end like a name but are not one (格局 ends in 局). */
  falseSuffixWords: string[];
  /** Stop characters that also occur in transliterated names (阿门其日格); not cut inside a 、-list item. */
  nameChars: string[];
  /** Kinds of body whose bracketed second name (加挂牌子) is the same body: 市卫生健康委员会（市中医药管理局）. */
  secondNameplateTypes: string[];
  /** Place abbreviations written alone before a name (市, 县, 旗, 县(区)); longest first. */
  barePlaces: string[];
  titles: string[];
  roles: CommitteeRole[];
  allianceKinds: AllianceKind[];
  allianceWords: AllianceWords;
  responsibilityWords: ResponsibilityWords;
}

/** The five vocabularies (checked against their schemas when read) in the shape the name scanner uses. */
export function readOrganisationVocab(vocab: Vocabularies): OrganisationVocab {
  const b = vocab['organisation-boundaries'];
  return {
    types: vocab['organisation-types'].map((t) => ({
      typeId: t.type_id,
      nameEn: t.name_en,
      suffixes: t.suffixes_zh,
      placeOnlySuffixes: t.place_only_suffixes_zh,
      standaloneSuffixes: t.standalone_suffixes_zh,
      requiresPlace: t.requires_place,
      listOnly: t.list_only,
    })),
    aliases: vocab['organisation-aliases'].aliases.map((a) => ({ short: a.short_zh, long: a.long_zh })),
    stopWords: b.stop_words_zh,
    joiningWords: b.joining_words_zh,
    genericModifiers: b.generic_modifiers_zh,
    notPlaces: b.not_places_zh,
    barePlaceBlockers: b.bare_place_blockers_zh,
    protectedWords: b.protected_words_zh,
    nameChars: b.name_chars_zh,
    labelUnits: b.label_units_zh,
    secondNameplateTypes: b.second_nameplate_types,
    falseSuffixWords: b.false_suffix_words_zh,
    barePlaces: [...b.bare_places_zh].sort((x, y) => y.length - x.length),
    titles: b.titles_zh,
    roles: b.committee_roles.map((r) => ({ roleZh: r.role_zh, roleEn: r.role_en })),
    allianceKinds: vocab['alliance-kinds'].map((k) => ({ kindId: k.kind_id, nameEn: k.name_en, terms: k.terms_zh })),
    allianceWords: withKindInRoles(
      vocab['organisation-relations'].alliances,
      vocab['alliance-kinds'].flatMap((k) => k.terms_zh),
    ),
    responsibilityWords: vocab['organisation-relations'].responsibilities,
  };
}

/**
 * Roles may name the alliance they are roles in: `X作为医共体牵头医院`, `A、B为医共体成员单位`, `为集团的分院`. Each
 * role of two characters or more also stands with a kind term (and 的) inside it, after its 为/作为 for member roles.
 */
function withKindInRoles(w: AllianceWords, terms: string[]): AllianceWords {
  const inner = terms.flatMap((t) => [t, `${t}的`]);
  const leadRoles = w.lead_roles_zh.filter((r) => r.length >= 2 && !w.lead_supports_zh.includes(r) && r !== '牵头');
  const memberRoles = w.member_roles_zh.flatMap((r) => {
    const m = /^(作?为)(.+)$/.exec(r);
    return m ? inner.map((t) => `${m[1] ?? ''}${t}${m[2] ?? ''}`) : [];
  });
  return {
    ...w,
    lead_roles_zh: [...w.lead_roles_zh, ...leadRoles.flatMap((r) => inner.map((t) => `${t}${r}`))],
    member_roles_zh: [...w.member_roles_zh, ...memberRoles],
  };
}
