// Organisations named in a plan and every mention of them; short and long forms joined within the document.
import { findCommitteeLists } from './committee-lists.ts';
import type { OrganisationMentionRow, OrganisationRow } from '../../src/lib/schema/organisations.ts';
import type { Extractor, ReportEntry, Vocabularies } from './extractor-types.ts';
import { rawSpanOf } from './locate.ts';
import { analyseName, documentPlace, resolvePlace, type NameAnalysis } from './organisation-analysis.ts';
import { documentAliases, scanOrganisations } from './organisation-names.ts';
import { readOrganisationVocab } from './organisation-vocab.ts';
import type { OrganisationVocab } from './organisation-vocab.ts';
import type { ParsedDocument } from './types.ts';

export interface OrganisationMention {
  start: number;
  end: number;
  quote: string;
  sectionId: string;
  /** What the name is taken to mean (for a document-defined short form, the long form's analysis). */
  analysis: NameAnalysis;
  /** The name as written: the quote without padding or line breaks. */
  written: string;
  context: 'prose' | 'heading' | 'table' | 'committee-list';
}

export interface Organisation {
  id: string;
  canonicalZh: string;
  typeId: string;
  placeZh: string | null;
  placeOrigin: 'prefix' | 'document' | 'unresolved' | 'none';
  mentions: OrganisationMention[];
}

const squeeze = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, '');

function placeKey(a: NameAnalysis, docPlace: string | null): string {
  if (a.placeKind === 'explicit') return a.placePrefix;
  if (a.placeKind === 'bare') return resolvePlace(a, docPlace).placeZh ?? a.placePrefix;
  return '';
}

/** Every named-organisation mention in a document, plus the candidates set aside (with reasons). */
export function findOrganisationMentions(
  doc: ParsedDocument,
  v: OrganisationVocab,
): { mentions: OrganisationMention[]; report: ReportEntry[] } {
  const aliases = documentAliases(doc.clean.text, v);
  const { lists } = findCommitteeLists(doc, v);
  const listParagraphs = new Set(lists.flatMap((l) => l.paragraphs));
  const mentions: OrganisationMention[] = [];
  const skipped = new Map<string, ReportEntry>();
  for (const p of doc.paragraphs) {
    if (listParagraphs.has(p.index)) continue;
    for (const c of scanOrganisations(p.text, v, aliases)) {
      const span = rawSpanOf(doc.clean, p.cleanStart + c.start, p.cleanStart + c.end);
      if (!c.analysis.named) {
        const key = `${c.analysis.written}|${c.analysis.reason}`;
        if (!skipped.has(key))
          skipped.set(key, {
            doc_id: doc.docId,
            dataset: 'organisations',
            kind: `skipped-${c.analysis.reason}`,
            message: `${c.analysis.written}: ${c.analysis.reason === 'generic' ? 'a category of institution, not a named body' : c.analysis.reason === 'needs-place' ? 'this kind of name counts only with a place prefix' : 'too long to be a name'}`,
            ...span,
          });
        continue;
      }
      const target = aliases.get(c.analysis.written);
      const analysis = target ? (analyseName(target, v) ?? c.analysis) : c.analysis;
      const context = p.kind === 'table-row' ? 'table' : p.kind === 'heading' ? 'heading' : 'prose';
      mentions.push({ ...span, sectionId: p.sectionId, analysis, written: squeeze(span.quote), context });
    }
  }
  for (const list of lists) {
    for (const m of list.members) {
      for (const part of m.parts) {
        if (!part.org) continue;
        const quote = doc.clean.raw.slice(part.org.start, part.org.end);
        mentions.push({
          start: part.org.start,
          end: part.org.end,
          quote,
          sectionId: m.sectionId,
          analysis: part.org.analysis,
          written: part.org.written,
          context: 'committee-list',
        });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, report: [...skipped.values()] };
}

const KIND_RANK = { explicit: 0, bare: 1, none: 2 } as const;

/** Group mentions into organisations: same place and same long-form stem; a place-less form joins the one placed body it matches. */
export function groupOrganisations(
  doc: ParsedDocument,
  mentions: OrganisationMention[],
  v: OrganisationVocab,
): Organisation[] {
  const docPlace = documentPlace(doc, v);
  const groups = new Map<string, OrganisationMention[]>();
  for (const m of mentions) {
    const key = `${placeKey(m.analysis, docPlace)}|${m.analysis.expandedStem}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const [key, ms] of [...groups.entries()]) {
    if (!key.startsWith('|')) continue;
    const stem = key.slice(1);
    let placed = [...groups.keys()].filter((k) => !k.startsWith('|') && k.slice(k.indexOf('|') + 1) === stem);
    // Several places share the stem: the document's own place wins (卫生健康委员会 → 旗卫生健康委员会, not the region's).
    if (placed.length > 1 && docPlace) placed = placed.filter((k) => k.startsWith(`${docPlace}|`));
    if (placed.length !== 1) continue;
    const into = placed[0] as string;
    groups.set(into, [...(groups.get(into) ?? []), ...ms]);
    groups.delete(key);
  }
  const orgs = [...groups.values()].map((ms) => {
    ms.sort((a, b) => a.start - b.start);
    const rep = [...ms].sort(
      (a, b) =>
        KIND_RANK[a.analysis.placeKind] - KIND_RANK[b.analysis.placeKind] ||
        (b.analysis.placePrefix + b.analysis.expandedStem).length -
          (a.analysis.placePrefix + a.analysis.expandedStem).length ||
        a.start - b.start,
    )[0] as OrganisationMention;
    const place = resolvePlace(rep.analysis, docPlace);
    return {
      id: '',
      canonicalZh: rep.analysis.placePrefix + rep.analysis.expandedStem,
      typeId: rep.analysis.typeId,
      placeZh: place.placeZh,
      placeOrigin: place.origin,
      mentions: ms,
    };
  });
  orgs.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return orgs.map((o, i) => ({ ...o, id: `${doc.docId}-o-${String(i + 1).padStart(3, '0')}` }));
}

export const extractOrganisations: Extractor = (doc: ParsedDocument, vocab: Vocabularies) => {
  const v = readOrganisationVocab(vocab);
  const { mentions, report } = findOrganisationMentions(doc, v);
  const orgs = groupOrganisations(doc, mentions, v);
  const typeEn = new Map(v.types.map((t) => [t.typeId, t.nameEn]));
  const organisations: OrganisationRow[] = [];
  const mentionRows: OrganisationMentionRow[] = [];
  for (const o of orgs) {
    const first = o.mentions[0] as OrganisationMention;
    const forms = [...new Set(o.mentions.map((m) => m.written))];
    const contexts = new Set(o.mentions.map((m) => m.context));
    organisations.push({
      organisation_id: o.id,
      doc_id: doc.docId,
      name_zh: first.written,
      canonical_zh: o.canonicalZh,
      name_forms_zh: forms.join('、'),
      type_id: o.typeId,
      type_en: typeEn.get(o.typeId) ?? '',
      place_zh: o.placeZh,
      place_origin: o.placeOrigin,
      mention_count: o.mentions.length,
      only_in_committee_list: contexts.size === 1 && contexts.has('committee-list'),
      section_id: first.sectionId,
      quote: first.quote,
      start: first.start,
      end: first.end,
    });
  }
  const all = orgs
    .flatMap((o) => o.mentions.map((m) => ({ o, m })))
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  all.forEach(({ o, m }, i) => {
    mentionRows.push({
      mention_id: `${doc.docId}-om-${String(i + 1).padStart(4, '0')}`,
      organisation_id: o.id,
      doc_id: doc.docId,
      section_id: m.sectionId,
      name_zh: m.written,
      canonical_zh: o.canonicalZh,
      context: m.context,
      quote: m.quote,
      start: m.start,
      end: m.end,
    });
  });
  return { datasets: { organisations, organisation_mentions: mentionRows }, report };
};
