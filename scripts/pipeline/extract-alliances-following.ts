// Member lists that stand outside the lead's statement: the next statement or paragraph (`成员单位：A、B`), or one
// member a paragraph after an intro (`成员单位如下：`); and the statements a paragraph is cut into.
// Rules: data/vocab/EXTRACTION_RULES.md (Alliances).
import type { AllianceWords, OrganisationVocab } from './organisation-vocab.ts';
import { membersOf, type AllianceMember } from './extract-alliances-members.ts';
import { alt, memberList, type Frame, type MemberList } from './extract-alliances-frames.ts';
import type { Paragraph, ParsedDocument } from './types.ts';

/**
 * `牵头医院：县人民医院；成员单位：A、B` or `牵头医院：县人民医院` then, in the next paragraph, `成员单位：A、B`: the list
 * opens the next statement of the paragraph, or the next paragraph, with a member word (成员单位) or, in the next
 * paragraph, as a whole list of institutions before its role (A、B为成员单位).
 */
export function nextList(
  doc: ParsedDocument,
  p: Paragraph,
  statementAt: number,
  statementEnd: number,
  frame: Frame,
  v: OrganisationVocab,
): (MemberList & { paragraph?: Paragraph; outside: true }) | null {
  const w = v.allianceWords;
  const openers = alt([...w.member_openers_zh, ...w.member_list_intros_zh]);
  const opens = new RegExp(`^\\s*(?:${openers})`);
  // 该医共体成员单位为…, 其成员单位包括…: the next statement refers back to the alliance just formed.
  const kindTerms = alt(v.allianceKinds.flatMap((k) => k.terms));
  const refers = new RegExp(`^\\s*(?:${alt(w.reference_words_zh) || '(?!)'})(?:${kindTerms})?的?(?=${openers})`);
  if (statementEnd < p.text.length) {
    const nextStatement = statementsOf(p.text.slice(statementEnd))[0] ?? '';
    const ref = refers.exec(nextStatement)?.[0].length ?? 0;
    if (!ref && !opens.test(nextStatement)) return null;
    const list = memberList(nextStatement, ref, { ...frame, type: 'is' }, w);
    const shift = statementEnd - statementAt;
    return list && !list.intro ? { ...list, at: list.at + shift, end: list.end + shift, outside: true } : null;
  }
  const next = doc.paragraphs[p.index + 1];
  if (!next || next.kind === 'table-row') return null;
  const list = memberList(next.text, 0, { ...frame, type: 'is' }, w);
  if (!list) return null;
  if (!opens.test(next.text) && membersOf(list.text, 0, v, w).dropped.length > 0) return null;
  // Offsets stay relative to the statement, as for a list inside it.
  const shift = next.cleanStart - (p.cleanStart + statementAt);
  return { ...list, at: list.at + shift, end: list.end + shift, paragraph: next, outside: true };
}

/** Members one a paragraph after an intro (`成员单位如下：` then `1.东河镇中心卫生院`), numbered or not. */
export function numberedMembers(
  doc: ParsedDocument,
  p: Paragraph,
  v: OrganisationVocab,
  w: AllianceWords,
): AllianceMember[] {
  const out: AllianceMember[] = [];
  for (const q of doc.paragraphs.slice(p.index + 1)) {
    const item = /^(?:(?:[(]\d{1,2}[)]|\d{1,2}[.、)]|[①-⑳])\s*)?([^;。:]+?)[;。,、]?$/.exec(q.text);
    // A heading that is not a numbered item (（二）西部城市医疗集团) ends the list.
    const otherHeading = q.kind === 'heading' && !/^\s*(?:\(?\d|[①-⑳])/.test(q.text);
    if (q.kind === 'table-row' || otherHeading || !item || !item[1]) break;
    const found = membersOf(item[1], q.cleanStart + q.text.indexOf(item[1]), v, w);
    if (found.members.length === 0 || found.dropped.length > 0) break;
    out.push(...found.members);
  }
  return out;
}

/**
 * Statements of a paragraph: pieces ending after 。!? or after a ; outside brackets (`（牵头医院：X；成员单位：A）`); a
 * table row's cells (apart by tabs) are statements of their own.
 */
export function statementsOf(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '(' || ch === '〔') depth++;
    else if ((ch === ')' || ch === '〕') && depth > 0) depth--;
    if ('。!?\t'.includes(ch) || (ch === ';' && depth === 0)) {
      out.push(text.slice(s, i + 1));
      s = i + 1;
      depth = 0;
    }
  }
  if (s < text.length) out.push(text.slice(s));
  return out;
}
