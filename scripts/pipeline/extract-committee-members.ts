// Members of committees and leading groups from their lists (`组 长：刘永春 市委副书记、市长`), read from the RAW lines.
import type { CommitteeMemberRow } from '../../src/lib/schema/committee-members.ts';
import type { Extractor, ReportEntry, Vocabularies } from './extractor-types.ts';
import { analyseName, documentAliases, expandAliases, scanOrganisations } from './organisation-names.ts';
import type { NameAnalysis } from './organisation-names.ts';
import { readOrganisationVocab } from './organisation-vocab.ts';
import type { OrganisationVocab } from './organisation-vocab.ts';
import type { ParsedDocument, Paragraph } from './types.ts';

const SPACE = '[\\s\\u3000\\u00a0]';
const HAN_NAME = /^[\u4e00-\u9fff·]{2,8}$/;

/** A piece of raw text with the raw offset of each of its characters (it may span a wrapped line). */
export interface RawText {
  text: string;
  offsets: number[];
}

export interface PostPart {
  titleZh: string;
  org: { written: string; start: number; end: number; analysis: NameAnalysis } | null;
}

export interface CommitteeMember {
  roleZh: string;
  roleEn: string;
  /** Name as written, padding included (`常  海`). */
  nameWritten: string;
  /** Name with padding removed (`常海`). */
  name: string;
  post: RawText;
  parts: PostPart[];
  wrapped: boolean;
  /** Raw span: from the role label (or the name) to the end of the post. */
  start: number;
  end: number;
  sectionId: string;
}

export interface CommitteeList {
  committeeZh: string;
  committeeOrigin: 'heading' | 'referenced' | 'most-mentioned' | 'none';
  sectionId: string;
  /** Indexes of the paragraphs the list occupies (extractors of prose skip them). */
  paragraphs: number[];
  members: CommitteeMember[];
}

function roleRegex(v: OrganisationVocab): RegExp {
  const roles = [...v.roles].sort((a, b) => b.roleZh.length - a.roleZh.length);
  const alt = roles.map((r) => [...r.roleZh].join(`${SPACE}*`)).join('|');
  return new RegExp(`^(${alt})${SPACE}*[:：]${SPACE}*`);
}

function squeeze(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, '');
}

function rawOf(raw: string, start: number, end: number): RawText {
  const offsets: number[] = [];
  let text = '';
  for (let i = start; i < end; i++) {
    const c = raw[i] ?? '';
    if (/[\s\u3000\u00a0]/.test(c)) continue;
    text += c;
    offsets.push(i);
  }
  return { text, offsets };
}

function concat(a: RawText, b: RawText): RawText {
  return { text: a.text + b.text, offsets: [...a.offsets, ...b.offsets] };
}

function endsWithTitle(post: string, v: OrganisationVocab): boolean {
  const bare = post.replace(/[(（][^)）]*[)）]$/, '');
  return v.titles.some((t) => t !== '长' && bare.endsWith(t));
}

/** Split a post (`旗委常委、组织部部长`) into organisation + title parts. */
export function splitPost(post: RawText, v: OrganisationVocab): PostPart[] {
  const parts: PostPart[] = [];
  const titles = [...v.titles].sort((a, b) => b.length - a.length);
  let from = 0;
  for (const piece of post.text.split('、')) {
    const pieceStart = from;
    from += piece.length + 1;
    const core = piece.replace(/[(（][^)）]*[)）]$/, '');
    let best: PostPart | null = null;
    for (const t of titles) {
      if (!core.endsWith(t)) continue;
      const orgText = core.slice(0, core.length - t.length);
      if (orgText === '') {
        best = best ?? { titleZh: t, org: null };
        continue;
      }
      const analysis = analyseName(orgText, v, { fromList: true });
      if (!analysis) continue;
      const s = post.offsets[pieceStart] ?? 0;
      const e = (post.offsets[pieceStart + orgText.length - 1] ?? s) + 1;
      best = { titleZh: piece.slice(orgText.length), org: { written: orgText, start: s, end: e, analysis } };
      break;
    }
    parts.push(best ?? { titleZh: piece, org: null });
  }
  return parts;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(raw: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = /[^\s\u3000\u00a0]+/g;
  const s = raw.slice(start, end);
  for (let m = re.exec(s); m; m = re.exec(s))
    out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** `常  海     旗委委员、常委` → name 常海 + post; names are 2–8 Han characters, padded pieces are single characters. */
export function splitNameAndPost(
  raw: string,
  start: number,
  end: number,
): { nameStart: number; nameEnd: number; name: string; post: RawText } | null {
  const all = rawOf(raw, start, end);
  // 张三（县长）: the post in brackets after the name.
  const bracket = /^([\u4e00-\u9fff·]{2,8})[(（](.+)[)）]$/.exec(all.text);
  if (bracket && bracket[1] && bracket[2]) {
    const n = bracket[1].length;
    const post: RawText = { text: bracket[2], offsets: all.offsets.slice(n + 1, n + 1 + bracket[2].length) };
    return { nameStart: all.offsets[0] ?? start, nameEnd: (all.offsets[n - 1] ?? start) + 1, name: bracket[1], post };
  }
  const toks = tokens(raw, start, end);
  if (toks.length < 2) return null;
  const first = toks[0] as Token;
  let n = 1;
  let name = first.text;
  while (n < toks.length - 1 && (name.length < 2 || (toks[n] as Token).text.length === 1)) {
    name += (toks[n] as Token).text;
    n++;
  }
  const last = toks[n - 1] as Token;
  if (!HAN_NAME.test(name) || n >= toks.length) return null;
  const post = rawOf(raw, (toks[n] as Token).start, end);
  if (!/[\u4e00-\u9fff]{2}/.test(post.text)) return null;
  return { nameStart: first.start, nameEnd: last.end, name, post };
}

function listHeading(doc: ParsedDocument, firstIndex: number, sectionId: string, v: OrganisationVocab): string | null {
  for (let i = firstIndex - 1; i >= Math.max(0, firstIndex - 3); i--) {
    const p = doc.paragraphs[i] as Paragraph;
    if (p.sectionId !== sectionId && !p.sectionId.startsWith(`${sectionId}.`) && p.kind !== 'heading') break;
    const m = /^(.+?)(?:成员名单|组成人员名单|人员名单|成员组成|组成人员|名单)$/.exec(p.text.trim());
    // `二、成员名单` names no committee: only a heading that contains one counts.
    const named =
      m && m[1] ? scanOrganisations(m[1], v).filter((c) => c.analysis.named && c.end === (m[1] ?? '').length) : [];
    if (m && m[1] && named.length > 0) return m[1];
  }
  return null;
}

/** With no heading: the committee the text refers to the annex for (`(详见附件)`), else the one named most. */
function inferCommittee(
  doc: ParsedDocument,
  before: number,
  v: OrganisationVocab,
): { name: string; origin: CommitteeList['committeeOrigin'] } {
  const aliases = documentAliases(doc.clean.text, v);
  const counts = new Map<string, number>();
  for (const p of doc.paragraphs.slice(0, before)) {
    for (const c of scanOrganisations(p.text, v, aliases)) {
      if (!c.analysis.named || c.analysis.typeId !== 'committee') continue;
      const written = aliases.get(c.analysis.written) ?? c.analysis.written;
      const key = c.analysis.placePrefix + expandAliases(written.slice(c.analysis.placePrefix.length), v);
      if (/^(\(以下简称[^)]*\))?\(?(详见|见)附件/.test(p.text.slice(c.end))) return { name: key, origin: 'referenced' };
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? { name: best[0], origin: 'most-mentioned' } : { name: '', origin: 'none' };
}

/** Every committee list in a document: role-labelled lines and the member lines that follow them. */
export function findCommitteeLists(
  doc: ParsedDocument,
  v: OrganisationVocab,
): { lists: CommitteeList[]; report: ReportEntry[] } {
  const raw = doc.clean.raw;
  const re = roleRegex(v);
  const lists: CommitteeList[] = [];
  const report: ReportEntry[] = [];
  let current: CommitteeList | null = null;
  let role = { roleZh: '', roleEn: '' };
  const close = (): void => {
    if (current) lists.push(current);
    current = null;
  };
  for (const p of doc.paragraphs) {
    if (p.kind === 'table-row') {
      close();
      continue;
    }
    let lineStart = p.start;
    const lead = /^[\s\u3000\u00a0]*(?:[-*•·][\s\u3000\u00a0]+|\d{1,2}[.、．][\s\u3000\u00a0]*)?/.exec(
      raw.slice(p.start, p.end),
    );
    lineStart += lead ? lead[0].length : 0;
    const line = raw.slice(lineStart, p.end);
    const m = re.exec(line);
    let memberStart = lineStart;
    if (m && m[1]) {
      const roleZh = squeeze(m[1]);
      const found = v.roles.find((r) => r.roleZh === roleZh);
      role = { roleZh, roleEn: found ? found.roleEn : '' };
      if (!current) {
        const heading = listHeading(doc, p.index, p.sectionId, v);
        const inferred = heading ? { name: heading, origin: 'heading' as const } : inferCommittee(doc, p.index, v);
        current = {
          committeeZh: inferred.name,
          committeeOrigin: inferred.origin,
          sectionId: p.sectionId,
          paragraphs: [],
          members: [],
        };
        if (inferred.origin !== 'heading') {
          report.push({
            doc_id: doc.docId,
            dataset: 'committee_members',
            kind: 'committee-inferred',
            message:
              inferred.origin === 'none'
                ? 'committee list without a heading and no committee named in the text'
                : `committee list without a heading: taken to be ${inferred.name} (${inferred.origin})`,
            start: p.start,
            end: p.end,
            quote: raw.slice(p.start, p.end),
          });
        }
      }
      memberStart = lineStart + m[0].length;
    } else if (!current) {
      continue;
    }
    const list = current as CommitteeList;
    const prev = list.members[list.members.length - 1];
    const prevOpen = prev !== undefined && !endsWithTitle(prev.post.text, v);
    // `院副院长：郝利霞 …`: a line that starts with the rest of the previous post, then the next member.
    if (!m && prevOpen && prev) {
      const colon = /^([^\s\u3000\u00a0:：]{1,10})[:：]?/.exec(line);
      const wholeLine = colon && colon[0].length === line.trimEnd().length;
      const rest = colon ? line.slice(colon[0].length) : '';
      if (colon && colon[1] && (wholeLine || /^[:：]/.test(line.slice(colon[1].length)))) {
        const piece = rawOf(raw, lineStart, lineStart + colon[1].length);
        prev.post = concat(prev.post, piece);
        prev.parts = splitPost(prev.post, v);
        prev.wrapped = true;
        prev.end = lineStart + colon[1].length;
        list.paragraphs.push(p.index);
        if (wholeLine || rest.trim() === '') continue;
        memberStart = lineStart + colon[0].length;
      }
    }
    const split = splitNameAndPost(raw, memberStart, p.end);
    if (!split) {
      if (m)
        report.push({
          doc_id: doc.docId,
          dataset: 'committee_members',
          kind: 'member-unparsed',
          message: 'role label without a name and post',
          start: p.start,
          end: p.end,
          quote: raw.slice(p.start, p.end),
        });
      close();
      continue;
    }
    list.paragraphs.push(p.index);
    list.members.push({
      roleZh: role.roleZh,
      roleEn: role.roleEn,
      nameWritten: raw.slice(split.nameStart, split.nameEnd),
      name: split.name,
      post: split.post,
      parts: splitPost(split.post, v),
      wrapped: false,
      start: m ? lineStart : split.nameStart,
      end: (split.post.offsets[split.post.offsets.length - 1] ?? split.nameEnd) + 1,
      sectionId: p.sectionId,
    });
  }
  close();
  return { lists: lists.concat(tableLists(doc, v)), report };
}

/** Committee lists laid out as tables (`职务 姓名 工作单位及职务`). */
function tableLists(doc: ParsedDocument, v: OrganisationVocab): CommitteeList[] {
  const out: CommitteeList[] = [];
  const roleOf = (s: string) => v.roles.find((r) => r.roleZh === squeeze(s));
  for (const t of doc.tables) {
    const nameCol = t.header.findIndex((h) => /姓名/.test(h.text));
    if (nameCol < 0) continue;
    const roleCounts = t.header.map((_, c) => t.rows.filter((r) => r[c] && roleOf(r[c].text)).length);
    const roleCol = roleCounts.indexOf(Math.max(...roleCounts));
    const postCol = t.header.findIndex((h, c) => c !== nameCol && c !== roleCol && /单位|职务|职称/.test(h.text));
    if (postCol < 0) continue;
    const firstPara = doc.paragraphs.find((p) => p.start >= t.start);
    const heading = firstPara ? listHeading(doc, firstPara.index, t.sectionId, v) : null;
    const list: CommitteeList = {
      committeeZh: heading ?? '',
      committeeOrigin: heading ? 'heading' : 'none',
      sectionId: t.sectionId,
      paragraphs: doc.paragraphs.filter((p) => p.start >= t.start && p.end <= t.end).map((p) => p.index),
      members: [],
    };
    let role = { roleZh: '', roleEn: '' };
    for (const r of t.rows) {
      const rc = roleCounts[roleCol] ? r[roleCol] : undefined;
      const found = rc ? roleOf(rc.text) : undefined;
      if (found) role = found;
      const nc = r[nameCol];
      const pc = r[postCol];
      if (!nc || !pc || squeeze(nc.text) === '') continue;
      const post = rawOf(doc.clean.raw, pc.start, pc.end);
      list.members.push({
        roleZh: role.roleZh,
        roleEn: role.roleEn,
        nameWritten: doc.clean.raw.slice(nc.start, nc.end),
        name: squeeze(nc.text),
        post,
        parts: splitPost(post, v),
        wrapped: false,
        start: (rc ?? nc).start,
        end: pc.end,
        sectionId: t.sectionId,
      });
    }
    if (list.members.length > 0) out.push(list);
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export const extractCommitteeMembers: Extractor = (doc: ParsedDocument, vocab: Vocabularies) => {
  const v = readOrganisationVocab(vocab);
  const { lists, report } = findCommitteeLists(doc, v);
  const rows: CommitteeMemberRow[] = [];
  lists.forEach((list, li) => {
    const committeeId = `${doc.docId}-c${pad(li + 1)}`;
    list.members.forEach((mb, mi) => {
      const orgs = mb.parts.filter((x) => x.org).map((x) => x.org?.written ?? '');
      const first = mb.parts.find((x) => x.org) ?? mb.parts[0];
      if (!mb.parts.some((x) => x.org))
        report.push({
          doc_id: doc.docId,
          dataset: 'committee_members',
          kind: 'post-without-organisation',
          message: `no organisation recognised in the post ${mb.post.text}`,
          start: mb.start,
          end: mb.end,
          quote: doc.clean.raw.slice(mb.start, mb.end),
        });
      rows.push({
        member_id: `${committeeId}-m${pad(mi + 1)}`,
        committee_id: committeeId,
        doc_id: doc.docId,
        section_id: mb.sectionId,
        committee_zh: list.committeeZh,
        committee_origin: list.committeeOrigin,
        role_zh: mb.roleZh,
        role_en: mb.roleEn,
        name_zh: mb.nameWritten,
        name: mb.name,
        post_zh: mb.post.text,
        title_zh: first ? first.titleZh : '',
        organisation_zh: first?.org ? first.org.written : null,
        organisations_zh: orgs.join('、'),
        wrapped: mb.wrapped,
        quote: doc.clean.raw.slice(mb.start, mb.end),
        start: mb.start,
        end: mb.end,
      });
    });
  });
  return { datasets: { committee_members: rows }, report };
};
