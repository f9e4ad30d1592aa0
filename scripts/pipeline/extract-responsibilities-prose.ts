// Responsibilities written in sentences: `由X牵头，Y、Z配合，做好…`, `X牵头建立…`, `X负责…，Y协助`,
// `由X牵头，Y、Z按职责分工负责`. One task per statement; the lead and partner agencies are organisation names (a
// chain of names joined by 、和及与), never guessed from other words. Words: organisation-relations.json.
import { foldWidth } from '../../src/lib/text/index.ts';
import { scanOrganisations } from './organisation-names.ts';
import type { OrganisationVocab, ResponsibilityWords } from './organisation-vocab.ts';
import { levelPrefixes, type AgencyPart, type Assignment } from './responsibility-notes.ts';
import type { Task } from './responsibility-tasks.ts';
import type { Paragraph, ParsedDocument } from './types.ts';
import { writtenText } from './written-text.ts';

const alt = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

/** Kinds of body that assign work on their own (X牵头建立…, with no partner named). */
const GOVERNING_TYPES = [
  'government',
  'government_department',
  'office',
  'committee',
  'committee_office',
  'party_organ',
];

interface Agency {
  start: number;
  end: number;
  typeId: string;
}

/**
 * The agencies `text` consists of: organisation names joined by 、，和及与 (a leading 各 kept: 各乡镇人民政府), or null
 * when anything else stands in it. Named bodies only, except a 各-category of governments or departments.
 */
function agencyChain(text: string, v: OrganisationVocab, joiners: string[]): Agency[] | null {
  const t = text.replace(/\s+$/, '');
  const cands = scanOrganisations(t, v);
  const out: Agency[] = [];
  let at = 0;
  for (const c of cands) {
    if (c.end <= at && out.length > 0) continue;
    let start = c.start;
    const each = t.charAt(start - 1) === '各' && GOVERNING_TYPES.includes(c.analysis.typeId);
    if (each) start--;
    const gap = t.slice(at, start);
    if (out.length === 0 ? gap !== '' : !new RegExp(`^(?:[、,]|${alt(joiners)})$`).test(gap)) return null;
    if (!c.analysis.named && !each) return null;
    // A gloss in brackets after a name stays with it: 县人民医院（医共体总院）.
    const close = t.charAt(c.end) === '(' ? t.indexOf(')', c.end) : -1;
    const end = close > c.end ? close + 1 : c.end;
    out.push({ start, end, typeId: c.analysis.typeId });
    at = end;
  }
  return out.length > 0 && at === t.length ? out : null;
}

/**
 * Where the clause holding `at` starts: after the last , ; 。 : before it, or after a bracket still open at `at`
 * (`（X牵头，…）`, not `X（Y）牵头`); a list label that opens it (`(1)`, `2.`) is not part of it.
 */
function clauseStart(sentence: string, at: number): number {
  let from = Math.max(0, ...[',', ';', '。', ':'].map((c) => sentence.lastIndexOf(c, at - 1) + 1));
  const open = sentence.lastIndexOf('(', at - 1);
  const close = sentence.indexOf(')', open);
  if (open >= from && (close < 0 || close > at)) from = open + 1;
  const label = /^\s*(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|[①-⑳])\s*/.exec(
    sentence.slice(from, at),
  );
  return from + (label ? label[0].length : 0);
}

/** Where the names after `X牵头，会同` start, or -1 when the next words are not 会同. */
function afterWith(sentence: string, at: number, withWords: string[]): number {
  const m = new RegExp(`^,?(?:${alt(withWords) || '(?!)'})`).exec(sentence.slice(at));
  return m ? at + m[0].length : -1;
}

/** The agencies that open `sentence` at `at` (会同Y、Z制定…): names joined by 、和及与, up to the first other word. */
function leadingChain(
  sentence: string,
  at: number,
  v: OrganisationVocab,
  w: ResponsibilityWords,
): { agencies: Agency[]; end: number } | null {
  const clause = /^[^,;。:]*/.exec(sentence.slice(at))?.[0] ?? '';
  for (let end = clause.length; end > 0; end--) {
    const chain = agencyChain(clause.slice(0, end), v, w.list_joiners_zh);
    if (chain) return { agencies: chain.map((a) => ({ ...a, start: at + a.start, end: at + a.end })), end: at + end };
  }
  return null;
}

/** The task of a statement: the run-in heading of its paragraph, else the clause after the agencies, else before 由. */
function taskOf(doc: ParsedDocument, p: Paragraph, sentenceAt: number, before: string, after: string): string {
  const section = doc.sections.find((s) => s.sectionId === p.sectionId);
  const heading = section?.headingZh ?? '';
  if (p.kind === 'heading' && heading && heading.length <= 30 && sentenceAt > 0) {
    const h = doc.clean.text.indexOf(foldWidth(heading), p.cleanStart);
    if (h >= 0 && h < p.cleanEnd) return writtenText(doc.clean, h, h + heading.length);
  }
  const rest = after.replace(/^[,)\s]+/, '').replace(/[。;)\s]+$/, '');
  return rest || before.replace(/[,由(\s]+$/, '');
}

/** `由X牵头，Y配合` and its variants in one paragraph, as tasks with lead and partner agencies. */
export function paragraphProseTasks(doc: ParsedDocument, p: Paragraph, v: OrganisationVocab): Task[] {
  const w: ResponsibilityWords = v.responsibilityWords;
  const tasks: Task[] = [];
  const lead = new RegExp(
    `(?:${alt([...w.lead_verbs_zh, ...w.owner_verbs_zh, ...w.with_words_zh])})(?![单部医机院])`,
    'g',
  );
  const modal = new RegExp(`(?:${alt(w.modal_words_zh) || '(?!)'})$`);
  const partner = new RegExp(`(?:${alt(w.partner_verbs_zh)})(?!单位|部门)`, 'g');
  const deadline = /\d{4}年(?:\d{1,2}月)?(?:底|末)?前/;
  let sAt = 0;
  for (const sentence of p.text.split(/(?<=[。!?;])/)) {
    const abs = (i: number) => p.cleanStart + sAt + i;
    for (const m of sentence.matchAll(lead)) {
      const verb = m[0];
      const owner = w.owner_verbs_zh.includes(verb);
      const clauseAt = clauseStart(sentence, m.index);
      const marker = w.lead_markers_zh.find((x) => sentence.lastIndexOf(x, m.index - 1) >= clauseAt);
      const markerAt = marker ? sentence.lastIndexOf(marker, m.index - 1) : -1;
      const bare = (a: number) => sentence.slice(a, m.index).replace(modal, '');
      // Without 由 the lead is the subject: the whole clause before the verb is the names (not 会同医改办牵头).
      let leadAt = markerAt >= 0 ? markerAt + (marker ?? '').length : -1;
      let leads = leadAt >= 0 ? agencyChain(bare(leadAt), v, w.list_joiners_zh) : null;
      if (!leads) {
        leadAt = clauseAt;
        leads = agencyChain(bare(clauseAt), v, w.list_joiners_zh);
      }
      if (!leads) continue;
      // X会同Y、Z制定…, X牵头，会同Y…: the names right after 会同 are the partners.
      const withAt = w.with_words_zh.includes(verb)
        ? m.index + verb.length
        : afterWith(sentence, m.index + verb.length, w.with_words_zh);
      const withPartners = withAt >= 0 ? leadingChain(sentence, withAt, v, w) : null;
      if (w.with_words_zh.includes(verb) && !withPartners) continue;
      // Partners: a later clause of the sentence that is a chain of agencies ending in a partner verb.
      let partners: Agency[] = withPartners?.agencies ?? [];
      let partnerAt = withPartners ? 0 : -1;
      let partnerEnd = withPartners ? withPartners.end : m.index + verb.length;
      for (const q of withPartners ? [] : sentence.slice(m.index + verb.length).matchAll(partner)) {
        const at = m.index + verb.length + q.index;
        const from = clauseStart(sentence, at);
        if (from <= m.index) continue;
        // 由X牵头，Y参与的Z: a relative clause describes Z; it assigns nothing.
        if (sentence.charAt(at + q[0].length) === '的') {
          partners = [];
          partnerAt = -2;
          break;
        }
        const chain = agencyChain(sentence.slice(from, at), v, w.list_joiners_zh);
        if (chain) {
          partners = chain;
          partnerAt = from;
          partnerEnd = at + q[0].length;
        }
        break;
      }
      if (partnerAt === -2) continue;
      // A lead alone counts when it governs (X牵头建立…); a hospital that leads alone is an alliance statement.
      // A partner clause that names no agency (各有关部门配合) leaves the lead.
      if (partners.length === 0 && (owner || !leads.every((l) => GOVERNING_TYPES.includes(l.typeId)))) continue;
      const toParts = (list: Agency[], base: number): AgencyPart[] =>
        list.map((a) => ({
          text: sentence.slice(base + a.start, base + a.end),
          note: '',
          offset: abs(base + a.start),
          length: a.end - a.start,
          prefix: null,
        }));
      // The level of the lead carries to bare partners (由市医改办牵头，财政局配合 → 市财政局).
      const parts = levelPrefixes([...toParts(leads, leadAt), ...toParts(partners, partnerAt)]);
      const assignments: Assignment[] = [{ role: 'lead', agencies: parts.slice(0, leads.length), listOffset: 0 }];
      if (partners.length > 0)
        assignments.push({ role: 'partner', agencies: parts.slice(leads.length), listOffset: 0 });
      const trimmed = sentence.replace(/[。;\s]+$/, '');
      const d = deadline.exec(sentence);
      tasks.push({
        sectionId: p.sectionId,
        taskZh: taskOf(doc, p, sAt, sentence.slice(0, markerAt >= 0 ? markerAt : leadAt), sentence.slice(partnerEnd)),
        deadlineZh: d ? writtenText(doc.clean, abs(d.index), abs(d.index + d[0].length)) : null,
        assignments,
        base: 0,
        cleanStart: abs(sentence.length - sentence.trimStart().length),
        cleanEnd: abs(trimmed.length),
        kind: 'prose',
      });
      break;
    }
    sAt += sentence.length;
  }
  return tasks;
}

/** Every prose responsibility of a document, outside tables and outside spans already read as notes. */
export function proseTasks(doc: ParsedDocument, v: OrganisationVocab, taken: { start: number; end: number }[]): Task[] {
  return doc.paragraphs
    .filter((p) => p.kind !== 'table-row')
    .flatMap((p) => paragraphProseTasks(doc, p, v))
    .filter((t) => !taken.some((x) => x.start < t.cleanEnd && x.end > t.cleanStart));
}
