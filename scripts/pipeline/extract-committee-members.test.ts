import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitNameAndPost } from './committee-posts.ts';
import { extractCommitteeMembers } from './extract-committee-members.ts';
import type { CommitteeMemberRow } from '../../src/lib/schema/committee-members.ts';
import { CORPUS_IDS, corpusDoc, planDoc, planFromText, rawOf, vocab, type CorpusId } from '../test-support/corpus.ts';
import { forbidden, mustNotFindOf } from '../test-support/fixture-match.ts';

interface Expected {
  committee_zh: string | null;
  members: [string, string, string][];
}
const expected = JSON.parse(
  readFileSync(new URL('./fixtures/expected-committee-members.json', import.meta.url), 'utf8'),
) as Record<string, Expected>;

const rowsOf = (docId: CorpusId) =>
  (extractCommitteeMembers(corpusDoc(docId), vocab).datasets.committee_members ?? []) as CommitteeMemberRow[];

describe('committee members on the corpus (hand-checked facts)', () => {
  const members = CORPUS_IDS.flatMap((d) => expected[d]!.members.map((m) => [d, `${m[0]} ${m[1]}`, m] as const));
  it.each(members)('%s: %s', (docId, _name, [role, name, post]) => {
    const hit = rowsOf(docId).find((r) => r.name === name);
    expect(hit, name).toBeDefined();
    expect([hit?.role_zh, hit?.post_zh, hit?.committee_zh]).toEqual([role, post, expected[docId]!.committee_zh]);
  });

  it.each(mustNotFindOf('committee_members'))('%s: not a member: %s', (docId, _what, e) => {
    const rows = rowsOf(docId as CorpusId);
    expect(
      forbidden(rawOf(docId), e, rows).map((r) => `${r.name} ${r.post_zh}`),
      e.why,
    ).toEqual([]);
  });

  it.each(CORPUS_IDS)('%s: every quote sits at its raw offsets', (docId) => {
    const raw = rawOf(docId);
    for (const r of rowsOf(docId)) expect(raw.slice(r.start, r.end)).toBe(r.quote);
  });

  it('keeps names as written (hangjin 常  海) and marks rejoined posts', () => {
    const rows = extractCommitteeMembers(corpusDoc('hangjin'), vocab).datasets.committee_members ?? [];
    const chang = rows.find((r) => r.name === '常海');
    expect(chang?.name_zh).toMatch(/^常[\s\u3000\u00a0]{2}海$/); // padding kept as written (the source mixes NBSP and spaces)
    const li = rows.find((r) => r.name === '李和平');
    expect(li?.wrapped).toBe(true);
    expect(li?.organisations_zh).toBe('旗卫生健康委员会、旗人民医院');
    expect(String(li?.quote)).toContain('\n');
    expect(rows.filter((r) => r.wrapped).map((r) => r.name)).toEqual(['李和平', '王刚']);
  });

  it("reports how hangjin's committee was found (no heading: the one the text refers to the annex for)", () => {
    const { datasets, report } = extractCommitteeMembers(corpusDoc('hangjin'), vocab);
    expect(datasets.committee_members?.[0]?.committee_origin).toBe('referenced');
    expect(report?.some((r) => r.kind === 'committee-inferred')).toBe(true);
  });

  it('ids are stable across runs', () => {
    const a = extractCommitteeMembers(corpusDoc('jieshou'), vocab).datasets.committee_members;
    const b = extractCommitteeMembers(corpusDoc('jieshou'), vocab).datasets.committee_members;
    expect(a).toEqual(b);
    expect(a?.[0]?.member_id).toBe('jieshou-c01-m01');
  });
});

describe('splitNameAndPost', () => {
  it.each([
    ['张仲平      旗委副书记、旗人民政府旗长', '张仲平', '旗委副书记、旗人民政府旗长'], // hangjin l.43
    ['常  海     旗委委员、常委、宣传部部长', '常海', '旗委委员、常委、宣传部部长'], // hangjin l.46
    ['卢 萍 市政府副市长', '卢萍', '市政府副市长'], // jieshou l.107
    ['宝音德力格尔  浩绕柴达木卫生院院长', '宝音德力格尔', '浩绕柴达木卫生院院长'], // hangjin l.82
    ['陈志刚（市委副书记、市长）', '陈志刚', '市委副书记、市长'],
    ['刘\u3000洋\u3000市人民政府副市长', '刘洋', '市人民政府副市长'],
  ])('%s', (line, name, post) => {
    const r = splitNameAndPost(line, 0, line.length);
    expect(r?.name).toBe(name);
    expect(r?.post.text).toBe(post);
  });

  it.each(['', '领导小组下设办公室，办公室设在市卫生健康委', '123 456', '张'])('rejects %j', (line) => {
    expect(splitNameAndPost(line, 0, line.length)).toBeNull();
  });
});

describe('unseen layouts (scripts/pipeline/fixtures/plans)', () => {
  it('a committee list as a table, blank role cells inheriting the role above', () => {
    const rows = extractCommitteeMembers(planDoc('orgs-table-committee.txt'), vocab).datasets.committee_members ?? [];
    expect(rows.map((r) => [r.role_zh, r.name, r.post_zh, r.organisation_zh])).toEqual([
      ['组长', '李建国', '县人民政府县长', '县人民政府'],
      ['副组长', '王芳', '县人民政府副县长', '县人民政府'],
      ['成员', '赵强', '县卫生健康局局长', '县卫生健康局'],
      ['成员', '孙丽', '县医疗保障局局长', '县医疗保障局'],
      ['成员', '周伟', '县人民医院院长', '县人民医院'],
    ]);
    expect(rows[0]?.committee_zh).toBe('青山县医共体建设工作领导小组');
  });

  it('posts in brackets after the name; the committee named only in the text', () => {
    const doc = planDoc('orgs-bracket-committee.txt');
    const rows = extractCommitteeMembers(doc, vocab).datasets.committee_members ?? [];
    expect(rows.map((r) => [r.role_zh, r.name, r.post_zh])).toEqual([
      ['组长', '陈志刚', '市委副书记、市长'],
      ['副组长', '刘洋', '市人民政府副市长'],
      ['成员', '黄海燕', '市卫生健康委员会主任'],
      ['成员', '吴磊', '市医疗保障局局长'],
      ['成员', '郑小红', '河口市中医院院长'],
    ]);
    expect(rows[0]?.committee_zh).toBe('河口市医联体建设管理委员会');
    for (const r of rows) expect(doc.clean.raw.slice(r.start as number, r.end as number)).toBe(r.quote);
  });

  it('a role label with nothing after it is reported, not invented', () => {
    const doc = planFromText(
      '某县方案\n\n一、组织领导\n\n成立某县医改领导小组。\n\n组  长：\n\n二、工作要求\n\n抓好落实。\n',
    );
    const { datasets, report } = extractCommitteeMembers(doc, vocab);
    expect(datasets.committee_members).toEqual([]);
    expect(report?.some((r) => r.kind === 'member-unparsed')).toBe(true);
  });
});
