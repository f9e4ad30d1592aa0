// Validated views of the organisation vocabularies (data/vocab/organisation-*.json, alliance-kinds.json).
import type { Vocabularies } from './extract-all.ts';

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
  /** Place abbreviations written alone before a name (市, 县, 旗, 县(区)); longest first. */
  barePlaces: string[];
  titles: string[];
  roles: CommitteeRole[];
  allianceKinds: AllianceKind[];
}

function fail(file: string, message: string): never {
  throw new Error(`data/vocab/${file}.json: ${message}`);
}

function stringList(file: string, value: unknown, field: string, required = true): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length === 0)) {
    fail(file, `${field} must be a list of non-empty strings`);
  }
  return value as string[];
}

function record(file: string, value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, `${where} must be an object`);
  return value as Record<string, unknown>;
}

function text(file: string, value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) fail(file, `${field} must be a non-empty string`);
  return value;
}

/** Check and convert the four vocabularies; throws naming the file and field on malformed input. */
export function readOrganisationVocab(vocab: Vocabularies): OrganisationVocab {
  const typesRaw = vocab['organisation-types'];
  if (!Array.isArray(typesRaw) || typesRaw.length === 0) fail('organisation-types', 'expected a non-empty list');
  const types = typesRaw.map((t, i): OrganisationType => {
    const r = record('organisation-types', t, `entry ${i}`);
    return {
      typeId: text('organisation-types', r.type_id, `entry ${i}.type_id`),
      nameEn: text('organisation-types', r.name_en, `entry ${i}.name_en`),
      suffixes: stringList('organisation-types', r.suffixes_zh, `entry ${i}.suffixes_zh`),
      placeOnlySuffixes: stringList(
        'organisation-types',
        r.place_only_suffixes_zh,
        `entry ${i}.place_only_suffixes_zh`,
        false,
      ),
      standaloneSuffixes: stringList(
        'organisation-types',
        r.standalone_suffixes_zh,
        `entry ${i}.standalone_suffixes_zh`,
        false,
      ),
      requiresPlace: r.requires_place === true,
      listOnly: r.list_only === true,
    };
  });
  const aliasesRaw = record('organisation-aliases', vocab['organisation-aliases'], 'the file');
  if (!Array.isArray(aliasesRaw.aliases)) fail('organisation-aliases', 'aliases must be a list');
  const aliases = aliasesRaw.aliases.map((a, i) => {
    const r = record('organisation-aliases', a, `aliases[${i}]`);
    return {
      short: text('organisation-aliases', r.short_zh, `aliases[${i}].short_zh`),
      long: text('organisation-aliases', r.long_zh, `aliases[${i}].long_zh`),
    };
  });
  const b = record('organisation-boundaries', vocab['organisation-boundaries'], 'the file');
  if (!Array.isArray(b.committee_roles)) fail('organisation-boundaries', 'committee_roles must be a list');
  const roles = b.committee_roles.map((x, i) => {
    const r = record('organisation-boundaries', x, `committee_roles[${i}]`);
    return {
      roleZh: text('organisation-boundaries', r.role_zh, `committee_roles[${i}].role_zh`),
      roleEn: text('organisation-boundaries', r.role_en, `committee_roles[${i}].role_en`),
    };
  });
  const kindsRaw = vocab['alliance-kinds'];
  if (!Array.isArray(kindsRaw) || kindsRaw.length === 0) fail('alliance-kinds', 'expected a non-empty list');
  const allianceKinds = kindsRaw.map((k, i) => {
    const r = record('alliance-kinds', k, `entry ${i}`);
    return {
      kindId: text('alliance-kinds', r.kind_id, `entry ${i}.kind_id`),
      nameEn: text('alliance-kinds', r.name_en, `entry ${i}.name_en`),
      terms: stringList('alliance-kinds', r.terms_zh, `entry ${i}.terms_zh`),
    };
  });
  return {
    types,
    aliases,
    stopWords: stringList('organisation-boundaries', b.stop_words_zh, 'stop_words_zh'),
    joiningWords: stringList('organisation-boundaries', b.joining_words_zh, 'joining_words_zh'),
    genericModifiers: stringList('organisation-boundaries', b.generic_modifiers_zh, 'generic_modifiers_zh'),
    notPlaces: stringList('organisation-boundaries', b.not_places_zh, 'not_places_zh'),
    barePlaceBlockers: stringList('organisation-boundaries', b.bare_place_blockers_zh, 'bare_place_blockers_zh'),
    protectedWords: stringList('organisation-boundaries', b.protected_words_zh, 'protected_words_zh', false),
    nameChars: stringList('organisation-boundaries', b.name_chars_zh, 'name_chars_zh', false),
    falseSuffixWords: stringList('organisation-boundaries', b.false_suffix_words_zh, 'false_suffix_words_zh', false),
    barePlaces: [...stringList('organisation-boundaries', b.bare_places_zh, 'bare_places_zh')].sort(
      (x, y) => y.length - x.length,
    ),
    titles: stringList('organisation-boundaries', b.titles_zh, 'titles_zh'),
    roles,
    allianceKinds,
  };
}
