// Committee lists in a document: role-labelled lines (`组 长：刘永春 市委副书记、市长`) and the member lines after
// them, or a table (`职务 姓名 工作单位及职务`); the committee named by the list's heading, else by the text.
import type { ReportEntry } from './extractor-types.ts';
import {
  concat,
  endsWithTitle,
  rawOf,
  SPACE,
  splitNameAndPost,
  splitPost,
  squeeze,
  type PostPart,
  type RawText,
} from './committee-posts.ts';
import { expandAliases } from './organisation-analysis.ts';
import { documentAliases, scanOrganisations } from './organisation-names.ts';
import type { OrganisationVocab } from './organisation-vocab.ts';
import type { ParsedDocument, Paragraph } from './types.ts';

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
    const list = current;
    const prev = list.members[list.members.length - 1];
    const prevOpen = prev !== undefined && !endsWithTitle(prev.post.text, v);
    // `院副院长：郝利霞 …`: a line that starts with the rest of the previous post, then the next member.
    if (!m && prevOpen) {
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
