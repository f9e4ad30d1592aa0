// Members of committees and leading groups from their lists (`组 长：刘永春 市委副书记、市长`), read from the RAW
// lines: the lists are found in committee-lists.ts, names and posts read in committee-posts.ts.
import type { CommitteeMemberRow } from '../../src/lib/schema/committee-members.ts';
import { findCommitteeLists } from './committee-lists.ts';
import type { Extractor, Vocabularies } from './extractor-types.ts';
import { readOrganisationVocab } from './organisation-vocab.ts';
import type { ParsedDocument } from './types.ts';

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
