// Lead → member edges of medical communities, alliances, groups and specialist networks.
import type { AllianceRow } from '../../src/lib/schema/alliances.ts';
import type { Extractor, ReportEntry, Vocabularies } from './extractor-types.ts';
import { piecesEndingWith } from './clauses.ts';
import { rawSpanOf } from './locate.ts';
import { splitPlace } from './organisation-analysis.ts';
import { scanOrganisations } from './organisation-names.ts';
import { readOrganisationVocab } from './organisation-vocab.ts';
import type { AllianceKind, OrganisationVocab } from './organisation-vocab.ts';
import type { ParsedDocument, Paragraph } from './types.ts';

export interface AllianceMember {
  /** Member as written (`容县`). */
  written: string;
  /** Member with the list's shared suffix restored (`容县人民医院`). */
  name: string;
  start: number;
  end: number;
}

export interface Alliance {
  kindId: string;
  kindZh: string;
  lead: string;
  leadStart: number;
  leadEnd: number;
  members: AllianceMember[];
  paragraph: Paragraph;
  /** Clean offsets (within the paragraph the statement starts in) of the whole statement; members may lie in later paragraphs. */
  start: number;
  end: number;
}

const BARE_PLACE_ITEM = /^[\u4e00-\u9fff]{1,5}(?:县|市|区|旗)$/;

function findKind(text: string, kinds: AllianceKind[]): { kind: AllianceKind; term: string; at: number } | null {
  let best: { kind: AllianceKind; term: string; at: number } | null = null;
  for (const kind of kinds) {
    for (const term of kind.terms) {
      const at = text.indexOf(term);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && term.length > best.term.length)) best = { kind, term, at };
    }
  }
  return best;
}

/** The single named organisation a lead phrase consists of, or why not. */
function leadOf(
  text: string,
  offset: number,
  v: OrganisationVocab,
): { name: string; start: number; end: number } | string {
  if (/[、和及]/.test(text.replace(/\([^)]*\)/g, ''))) return 'several leads in one phrase';
  const c = scanOrganisations(text, v).filter((x) => x.end === text.length);
  const last = c[c.length - 1];
  if (!last) return 'no organisation in the lead phrase';
  if (!last.analysis.named) return `lead is a category, not a named body (${last.analysis.written})`;
  return { name: last.analysis.written, start: offset + last.start, end: offset + last.end };
}

/** Split a member list (`容县、博白县、陆川县人民医院`); bare places take the last member's institution (→ 容县人民医院). */
function membersOf(text: string, offset: number, v: OrganisationVocab): AllianceMember[] {
  const out: AllianceMember[] = [];
  let pos = 0;
  for (const piece of text.split('、')) {
    const lead = /^(与|和|及|以及)/.exec(piece);
    const skip = lead ? lead[0].length : 0;
    let item = piece.slice(skip).replace(/(等|等为.*|为.*|组建.*|形成.*)$/, '');
    item = item.trim();
    if (item.length > 0)
      out.push({ written: item, name: item, start: offset + pos + skip, end: offset + pos + skip + item.length });
    pos += piece.length + 1;
  }
  const last = out[out.length - 1];
  if (last) {
    const { prefix } = splitPlace(last.name, v);
    const institution = prefix ? last.name.slice(prefix.length) : '';
    for (const m of out)
      if (m !== last && BARE_PLACE_ITEM.test(m.written) && institution) m.name = m.written + institution;
  }
  return out;
}

/** Every alliance statement in a document, with the statements set aside and why. */
export function findAlliances(
  doc: ParsedDocument,
  v: OrganisationVocab,
): { alliances: Alliance[]; report: ReportEntry[] } {
  const alliances: Alliance[] = [];
  const report: ReportEntry[] = [];
  const skip = (p: Paragraph, s: number, e: number, message: string): void => {
    report.push({
      doc_id: doc.docId,
      dataset: 'alliances',
      kind: 'alliance-skipped',
      message,
      ...rawSpanOf(doc.clean, p.cleanStart + s, p.cleanStart + e),
    });
  };
  for (const p of doc.paragraphs) {
    const t = p.text;
    const paragraphKind = findKind(t, v.allianceKinds);
    // 由X牵头的医共体,成员包括: followed by a numbered list, one member a paragraph
    const intro = /由([^,。;:由]{2,30}?)牵头的([^,。;]{0,12}?)[,]?成员(?:单位)?(?:包括|为|有|如下)?[:]$/.exec(t);
    if (intro) {
      const at = intro.index;
      const lead = leadOf(intro[1] ?? '', at + 1, v);
      const kind = findKind(intro[2] ?? '', v.allianceKinds) ?? paragraphKind;
      const members: AllianceMember[] = [];
      for (const q of doc.paragraphs.slice(p.index + 1)) {
        const item = /^(?:[(]\d{1,2}[)]|\d{1,2}[.、)])\s*([^;。,]+)[;。,]?$/.exec(q.text);
        if (!item || !item[1]) break;
        const local = q.text.indexOf(item[1]);
        const offset = q.cleanStart - p.cleanStart + local;
        members.push({ written: item[1], name: item[1], start: offset, end: offset + item[1].length });
      }
      if (typeof lead === 'string' || !kind || members.length === 0)
        skip(
          p,
          at,
          t.length,
          typeof lead === 'string' ? lead : !kind ? 'no alliance kind named' : 'no numbered member list follows',
        );
      else
        alliances.push({
          kindId: kind.kind.kindId,
          kindZh: kind.term,
          lead: lead.name,
          leadStart: lead.start,
          leadEnd: lead.end,
          members,
          paragraph: p,
          start: lead.start,
          end: (members[members.length - 1] as AllianceMember).end,
        });
    }
    // 由X牵头的医共体,成员包括A、B、C
    for (const m of t.matchAll(
      /由([^,。;:由]{2,30}?)牵头的([^,。;]{0,12}?)[,]?成员(?:单位)?(?:包括|为|有|如下)[:]?([\u4e00-\u9fff][^。;]*)/g,
    )) {
      const at = m.index;
      const leadText = m[1] ?? '';
      const lead = leadOf(leadText, at + 1, v);
      const kind = findKind(m[2] ?? '', v.allianceKinds) ?? paragraphKind;
      const listStart = at + m[0].length - (m[3] ?? '').length;
      if (typeof lead === 'string' || !kind) {
        skip(p, at, at + m[0].length, typeof lead === 'string' ? lead : 'no alliance kind named');
        continue;
      }
      alliances.push({
        kindId: kind.kind.kindId,
        kindZh: kind.term,
        lead: lead.name,
        leadStart: lead.start,
        leadEnd: lead.end,
        members: membersOf(m[3] ?? '', listStart, v),
        paragraph: p,
        start: lead.start,
        end: at + m[0].length,
      });
    }
    // 以X为牵头医院,A、B为成员组建Y / 以X为龙头、A为骨干组建Y / 以X为牵头医院,与A形成Y
    for (const m of t.matchAll(
      /以([^,。;以]{2,30}?)为(?:牵头医院|牵头单位|龙头|牵头)[,、]?([^。;]*?)(?:为(?:成员单位|成员|骨干))?[,]?(?:组建|形成)([^,。;]{0,16})/g,
    )) {
      const at = m.index;
      const lead = leadOf(m[1] ?? '', at + 1, v);
      const kind = findKind(m[3] ?? '', v.allianceKinds) ?? paragraphKind;
      const membersText = m[2] ?? '';
      const membersStart = at + 1 + (m[1] ?? '').length + m[0].slice(1 + (m[1] ?? '').length).indexOf(membersText);
      if (typeof lead === 'string' || !kind) {
        skip(p, at, at + m[0].length, typeof lead === 'string' ? lead : 'no alliance kind named');
        continue;
      }
      const members = membersOf(membersText, membersStart, v);
      if (members.length === 0) {
        skip(p, at, at + m[0].length, 'no members listed');
        continue;
      }
      alliances.push({
        kindId: kind.kind.kindId,
        kindZh: kind.term,
        lead: lead.name,
        leadStart: lead.start,
        leadEnd: lead.end,
        members,
        paragraph: p,
        start: lead.start,
        end: at + m[0].length,
      });
    }
    // X联合A、B、C (one clause per pairing, clauses split by ;)
    let clauseStart = 0;
    for (const clause of piecesEndingWith(t, ';。')) {
      const j = clause.search(/联合(?!体|执法|议价|组建)/);
      const rightHasOrg = j > 0 && scanOrganisations(clause.slice(j + 2), v).length > 0;
      if (j > 0 && paragraphKind && rightHasOrg) {
        const left = clause.slice(0, j);
        const cut = Math.max(left.lastIndexOf(','), left.lastIndexOf('、'));
        const leadText = left.slice(cut + 1);
        const scan = scanOrganisations(leadText, v).filter((x) => x.end === leadText.length);
        const leadC = scan[scan.length - 1];
        const rightRaw = clause.slice(j + 2).replace(/[;。]$/, '');
        const right = rightRaw.split(/[,]/)[0] ?? '';
        const at = clauseStart + cut + 1;
        if (!leadC || !leadC.analysis.named) {
          skip(
            p,
            at,
            clauseStart + j + 2 + right.length,
            `lead before 联合 is ${leadC ? `a category (${leadC.analysis.written})` : 'not an organisation'}`,
          );
        } else {
          const members = membersOf(right, clauseStart + j + 2, v).filter((x) =>
            scanOrganisations(x.name, v).some((c) => c.end === x.name.length),
          );
          if (members.length > 0) {
            const kind = paragraphKind;
            const lastM = members[members.length - 1] as AllianceMember;
            alliances.push({
              kindId: kind.kind.kindId,
              kindZh: kind.term,
              lead: leadC.analysis.written,
              leadStart: at + leadC.start,
              leadEnd: at + leadC.end,
              members,
              paragraph: p,
              start: at + leadC.start,
              end: lastM.end,
            });
          }
        }
      }
      clauseStart += clause.length;
    }
  }
  // Never silently drop: a paragraph that names an alliance kind and a 牵头 lead but gave no edge and no
  // skip note is reported, so a layout the patterns do not know shows up in the build report.
  const touched = new Set([
    ...alliances.map((a) => a.paragraph.index),
    ...report.map((r) => doc.paragraphs.findIndex((q) => q.start <= (r.start ?? -1) && (r.start ?? -1) < q.end)),
  ]);
  for (const p of doc.paragraphs) {
    if (touched.has(p.index) || p.kind === 'heading' || !/牵头/.test(p.text)) continue;
    const kind = findKind(p.text, v.allianceKinds);
    if (!kind) continue;
    const at = p.text.indexOf('牵头');
    skip(
      p,
      Math.max(0, at - 20),
      Math.min(p.text.length, at + 20),
      `mentions a ${kind.term} led by someone (牵头) but no lead → member list was recognised`,
    );
  }
  alliances.sort((a, b) => a.paragraph.cleanStart + a.start - (b.paragraph.cleanStart + b.start));
  return { alliances, report };
}

export const extractAlliances: Extractor = (doc: ParsedDocument, vocab: Vocabularies) => {
  const v = readOrganisationVocab(vocab);
  const { alliances, report } = findAlliances(doc, v);
  const rows: AllianceRow[] = [];
  alliances.forEach((a, i) => {
    const allianceId = `${doc.docId}-a${String(i + 1).padStart(2, '0')}`;
    const base = a.paragraph.cleanStart;
    const lead = rawSpanOf(doc.clean, base + a.leadStart, base + a.leadEnd);
    a.members.forEach((m, j) => {
      const span = rawSpanOf(doc.clean, base + a.start, base + Math.max(m.end, a.leadEnd));
      const member = rawSpanOf(doc.clean, base + m.start, base + m.end);
      rows.push({
        edge_id: `${allianceId}-e${String(j + 1).padStart(2, '0')}`,
        alliance_id: allianceId,
        doc_id: doc.docId,
        section_id: a.paragraph.sectionId,
        kind: a.kindId,
        kind_zh: a.kindZh,
        lead_zh: lead.quote,
        member_zh: m.name === m.written ? member.quote : m.name,
        member_written_zh: member.quote,
        lead_start: lead.start,
        lead_end: lead.end,
        member_start: member.start,
        member_end: member.end,
        quote: span.quote,
        start: span.start,
        end: span.end,
      });
    });
  });
  return { datasets: { alliances: rows }, report };
};
