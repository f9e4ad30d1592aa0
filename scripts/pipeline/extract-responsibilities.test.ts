// Responsibilities: the corpus against hand-checked fixtures, quotes at their offsets, unseen layouts, bad input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_IDS, corpusDoc, fixturePath, planFromText, rawOf, ROOT, vocab } from '../test-support/corpus.ts';
import { anchoredAt, forbidden, mustNotFindOf } from '../test-support/fixture-match.ts';
import type { ResponsibilityRow } from '../../src/lib/schema/responsibilities.ts';
import { extractResponsibilities } from './extract-responsibilities.ts';
import { parseNoteBody, splitAgencies } from './responsibility-notes.ts';
import { parseDocument } from './parse-document.ts';

type Expected = Omit<ResponsibilityRow, 'responsibility_id' | 'task_id' | 'quote' | 'start' | 'end'> & {
  quote_contains: string;
};
const expected = JSON.parse(
  readFileSync(join(ROOT, 'scripts/pipeline/fixtures/expected-responsibilities.json'), 'utf8'),
) as Expected[];
const rowsOf = (id: string): ResponsibilityRow[] =>
  extractResponsibilities(corpusDoc(id as (typeof CORPUS_IDS)[number]), vocab).rows;
const FIELDS = [
  'section_id',
  'task_zh',
  'agency_zh',
  'agency_norm_zh',
  'role',
  'deadline_zh',
  'deadline',
  'source_kind',
  'note',
] as const;

describe('responsibilities on the corpus', () => {
  it.each(expected.map((e) => [e.doc_id, e.agency_zh, e.task_zh.slice(0, 12), e] as const))(
    '%s: %s for %s…',
    (docId, _a, _t, e) => {
      const hit = rowsOf(docId).find(
        (r) =>
          r.agency_zh === e.agency_zh &&
          r.task_zh === e.task_zh &&
          r.role === e.role &&
          anchoredAt(rawOf(docId), e.quote_contains, r),
      );
      expect(hit, JSON.stringify(e)).toBeDefined();
      for (const f of FIELDS) expect(hit?.[f], f).toEqual(e[f]);
    },
  );

  it.each(mustNotFindOf('responsibilities'))('%s: not a responsibility: %s', (id, _what, e) => {
    expect(
      forbidden(rawOf(id), e, rowsOf(id)).map((r) => `${r.agency_zh} ${r.task_zh}`),
      e.why,
    ).toEqual([]);
  });

  it.each(CORPUS_IDS.map((id) => [id]))(
    '%s: every quote sits at its offsets; agencies of a task keep their written order',
    (id) => {
      const raw = rawOf(id);
      const rows = rowsOf(id);
      for (const r of rows) expect(raw.slice(r.start, r.end)).toBe(r.quote);
      // The hand-read order of agencies within each task is kept (a task's rows are numbered a1, a2, … in that order).
      for (const task of new Set(expected.filter((e) => e.doc_id === id).map((e) => e.task_zh))) {
        const want = expected
          .filter((e) => e.doc_id === id && e.task_zh === task)
          .map((e) => `${e.agency_zh}|${e.role}`);
        const got = rows.filter((r) => r.task_zh === task).map((r) => `${r.agency_zh}|${r.role}`);
        expect(
          got.filter((g) => want.includes(g)),
          task,
        ).toEqual(want.filter((w) => got.includes(w)));
      }
    },
  );

  it('ids are stable and unique', () => {
    const ids = rowsOf('yulin').map((r) => r.responsibility_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('yulin-t01-a1');
    expect(extractResponsibilities(corpusDoc('yulin'), vocab).rows.map((r) => r.responsibility_id)).toEqual(ids);
  });
});

describe('splitAgencies', () => {
  it.each([
    ['市医改办、卫生计生委', ['市医改办=市医改办', '卫生计生委=市卫生计生委']], // yulin s3.1
    [
      '各县(市、区)人民政府,市医改办、财政局',
      ['各县(市、区)人民政府=各县(市、区)人民政府', '市医改办=市医改办', '财政局=市财政局'],
    ], // yulin s3.3
    ['县(区)党委、政府', ['县(区)党委=县(区)党委', '政府=县(区)政府']], // guyuan annex
    ['市卫健委 (市人民医院)', ['市卫健委=市卫健委', '市人民医院=市人民医院']], // guyuan annex
    [
      '市卫生健康委、医共体牵头医院、公共卫生机构',
      ['市卫生健康委=市卫生健康委', '医共体牵头医院=医共体牵头医院', '公共卫生机构=公共卫生机构'],
    ], // jieshou
    ['', []],
  ])('%s', (list, want) => {
    expect(
      splitAgencies(list).map(
        (a) =>
          `${a.text}=${a.prefix ? list.slice(a.prefix.offset, a.prefix.offset + a.prefix.length) + a.text : a.text}`,
      ),
    ).toEqual(want);
  });

  it('a bracketed remark is a note, not an agency (yulin s3.5)', () => {
    expect(
      splitAgencies('市人力资源社会保障局、物价局(排在第一位的部门负责统筹协调)').map((a) => [a.text, a.note]),
    ).toEqual([
      ['市人力资源社会保障局', ''],
      ['物价局', '排在第一位的部门负责统筹协调'],
    ]);
  });
});

describe('parseNoteBody', () => {
  it.each([
    ['牵头单位:市卫生计生委;配合单位:市医改办、人力资源社会保障局', ['lead', 'partner'], null],
    ['责任单位:市卫生健康委、医共体牵头医院', ['responsible'], null],
    ['牵头单位:县卫健局;责任单位:县财政局;完成时限:2021年底前', ['lead', 'partner'], '2021年底前'],
    ['备注:无', [], null],
  ])('%s', (body, roles, deadline) => {
    const r = parseNoteBody(body);
    expect(r.assignments.map((a) => a.role)).toEqual(roles);
    expect(r.deadlineZh).toBe(deadline);
  });
});

const PLANS: [string, string[]][] = [
  [
    'misc-county-a.txt',
    [
      '改革医保支付方式|县医保局|县医保局|lead|2022-06',
      '改革医保支付方式|县财政局|县财政局|partner|2022-06',
      '改革医保支付方式|卫健局|县卫健局|partner|2022-06',
      '加强人才队伍建设|县卫健局|县卫健局|responsible|',
      '加强人才队伍建设|县人社局|县人社局|responsible|',
    ],
  ],
  [
    'misc-markdown-b.txt',
    [
      '制定医疗集团章程|市卫健委|市卫健委|lead|2022-12',
      '制定医疗集团章程|市医保局|市医保局|partner|2022-12',
      '制定医疗集团章程|财政局|市财政局|partner|2022-12',
      '建立远程会诊中心|市人民医院|市人民医院|lead|',
    ],
  ],
  [
    'misc-prefecture-c.txt',
    [
      '推进一体化管理|市卫生健康委|市卫生健康委|lead|',
      '推进一体化管理|市财政局|市财政局|partner|',
      '推进一体化管理|市医保局|市医保局|partner|',
    ],
  ],
];

describe('responsibilities on unseen layouts (scripts/pipeline/fixtures/plans)', () => {
  it.each(PLANS)('%s', (file, want) => {
    const doc = parseDocument({ docId: 'misc', fileName: file, bytes: readFileSync(fixturePath(file)) });
    const { rows } = extractResponsibilities(doc, vocab);
    expect(rows.map((r) => [r.task_zh, r.agency_zh, r.agency_norm_zh, r.role, r.deadline ?? ''].join('|'))).toEqual(
      want,
    );
    for (const r of rows) expect(doc.clean.raw.slice(r.start, r.end)).toBe(r.quote);
  });

  it('an unparsed deadline (长期坚持) is kept as written and reported', () => {
    const doc = parseDocument({
      docId: 'misc',
      fileName: 'misc-markdown-b.txt',
      bytes: readFileSync(fixturePath('misc-markdown-b.txt')),
    });
    const { rows, report } = extractResponsibilities(doc, vocab);
    expect(rows.find((r) => r.deadline_zh === '长期坚持')?.deadline).toBeNull();
    expect(report.map((e) => e.kind)).toEqual(['unparsed-deadline']);
  });
});

describe('responsibilities: bad input', () => {
  it('an unclosed note is reported, not guessed', () => {
    const doc = planFromText('某县方案\n\n一、任务\n\n（一）建设医共体。组建医共体。（责任单位：县卫健局、县医保局\n');
    const { rows, report } = extractResponsibilities(doc, vocab);
    expect(rows).toEqual([]);
    expect(report.map((e) => e.kind)).toEqual(['unclosed-note']);
  });

  it('a note naming no agency is reported', () => {
    const doc = planFromText('某县方案\n\n一、任务\n\n（一）建设医共体。组建医共体。（责任单位：）\n');
    const { rows, report } = extractResponsibilities(doc, vocab);
    expect(rows).toEqual([]);
    expect(report.map((e) => e.kind)).toEqual(['empty-note']);
  });

  it('a prose mention of 单位 is not a note', () => {
    const doc = planFromText('某县方案\n\n一、任务\n\n（一）建设医共体。各成员单位要配合牵头单位工作。\n');
    expect(extractResponsibilities(doc, vocab)).toEqual({ rows: [], report: [] });
  });
});

describe('responsibilities in sentences (issue 14 §9)', () => {
  const rowsIn = (body: string, heading = '一、保障措施') =>
    extractResponsibilities(planFromText(`某县实施方案\n\n${heading}\n\n${body}\n`), vocab).rows;
  const brief = (body: string, heading?: string) =>
    rowsIn(body, heading).map((r) => [r.role, r.agency_zh, r.agency_norm_zh, r.source_kind]);
  // [rule, text, rows as [role, agency as written, agency with its level, source]]
  it.each([
    [
      '由X牵头，Y、Z和W配合，做好…',
      '由县医保局牵头，县财政局、县卫健局和县税务局配合，做好参保扩面工作。',
      [
        ['lead', '县医保局', '县医保局', 'prose'],
        ['partner', '县财政局', '县财政局', 'prose'],
        ['partner', '县卫健局', '县卫健局', 'prose'],
        ['partner', '县税务局', '县税务局', 'prose'],
      ],
    ],
    [
      'X牵头，Y、Z按职责分工负责',
      '县卫生健康局牵头，县财政局、县人社局按职责分工负责，确保各项任务落实。',
      [
        ['lead', '县卫生健康局', '县卫生健康局', 'prose'],
        ['partner', '县财政局', '县财政局', 'prose'],
        ['partner', '县人社局', '县人社局', 'prose'],
      ],
    ],
    [
      'X负责…，Y协助',
      '县卫生健康局负责制定医共体考核办法，县医保局协助。',
      [
        ['lead', '县卫生健康局', '县卫生健康局', 'prose'],
        ['partner', '县医保局', '县医保局', 'prose'],
      ],
    ],
    [
      'a governing body that leads alone: X牵头建立…',
      '省人民政府办公厅牵头建立医改工作联席会议制度。',
      [['lead', '省人民政府办公厅', '省人民政府办公厅', 'prose']],
    ],
    [
      'a department with its second nameplate is one agency',
      '评价工作由市卫生健康委员会（市中医药管理局）牵头，市医保局配合。',
      [
        ['lead', '市卫生健康委员会（市中医药管理局）', '市卫生健康委员会（市中医药管理局）', 'prose'],
        ['partner', '市医保局', '市医保局', 'prose'],
      ],
    ],
    [
      'a bare department takes the level of the name before it',
      '由市医改办牵头，财政局、卫生计生委配合，完善投入政策。',
      [
        ['lead', '市医改办', '市医改办', 'prose'],
        ['partner', '财政局', '市财政局', 'prose'],
        ['partner', '卫生计生委', '市卫生计生委', 'prose'],
      ],
    ],
    [
      'partners that are no named body leave the lead alone',
      '由县卫健局牵头，各有关部门配合，抓好落实。',
      [['lead', '县卫健局', '县卫健局', 'prose']],
    ],
    [
      'a 各-category of governments leads',
      '各乡镇人民政府负责组织动员，县医保局配合。',
      [
        ['lead', '各乡镇人民政府', '各乡镇人民政府', 'prose'],
        ['partner', '县医保局', '县医保局', 'prose'],
      ],
    ],
    [
      'X会同Y、Z制定…',
      '由县卫健局会同县财政局、县医保局制定医共体绩效考核办法。',
      [
        ['lead', '县卫健局', '县卫健局', 'prose'],
        ['partner', '县财政局', '县财政局', 'prose'],
        ['partner', '县医保局', '县医保局', 'prose'],
      ],
    ],
    [
      'a modal word before the verb: X要会同Y…',
      '县医保局要会同县卫健局完善总额付费办法。',
      [
        ['lead', '县医保局', '县医保局', 'prose'],
        ['partner', '县卫健局', '县卫健局', 'prose'],
      ],
    ],
    [
      'in brackets after the task: …（X牵头，Y配合）',
      '推进医保支付方式改革（县医保局牵头，县财政局、县卫健局配合）。',
      [
        ['lead', '县医保局', '县医保局', 'prose'],
        ['partner', '县财政局', '县财政局', 'prose'],
        ['partner', '县卫健局', '县卫健局', 'prose'],
      ],
    ],
    [
      'X牵头，会同Y、Z…',
      '由市卫健委牵头，会同市财政局、市医保局制定实施细则。',
      [
        ['lead', '市卫健委', '市卫健委', 'prose'],
        ['partner', '市财政局', '市财政局', 'prose'],
        ['partner', '市医保局', '市医保局', 'prose'],
      ],
    ],
    [
      'a list label before the lead: (1)X牵头，Y配合',
      '(1)县卫健局牵头，县医保局配合，做好家庭医生签约服务。',
      [
        ['lead', '县卫健局', '县卫健局', 'prose'],
        ['partner', '县医保局', '县医保局', 'prose'],
      ],
    ],
    [
      'a gloss in brackets inside the partner list',
      '由县卫健局牵头，县医保局、县人民医院（医共体总院）配合，推进医防融合。',
      [
        ['lead', '县卫健局', '县卫健局', 'prose'],
        ['partner', '县医保局', '县医保局', 'prose'],
        ['partner', '县人民医院（医共体总院）', '县人民医院（医共体总院）', 'prose'],
      ],
    ],
    [
      'X为牵头单位，Y为配合单位',
      '县卫健局为牵头单位，县财政局为配合单位，抓好落实。',
      [
        ['lead', '县卫健局', '县卫健局', 'prose'],
        ['partner', '县财政局', '县财政局', 'prose'],
      ],
    ],
  ])('%s', (_rule, text, rows) => {
    expect(brief(text)).toEqual(rows);
  });

  it('the task of a bracketed statement is the words before the bracket', () => {
    expect(rowsIn('推进医保支付方式改革（县医保局牵头，县财政局配合）。').map((r) => r.task_zh)).toEqual([
      '推进医保支付方式改革',
      '推进医保支付方式改革',
    ]);
  });

  it.each([
    ['a relative clause describes a body', '成立由县委和县政府牵头，相关部门参与的医共体管理委员会。'],
    ['the lead is not the subject of its clause', '卫生健康部门要加强指导，会同医改办牵头制定技术文件。'],
    ['an alliance, not a task', '由县人民医院牵头，成员单位为东坪镇卫生院、西坪乡卫生院，组建医共体。'],
    ['负责 with nobody helping', '本办法由县卫生健康局负责解释。'],
    ['a hospital that leads alone', '县人民医院牵头组建胸痛中心。'],
  ])('no row: %s', (_why, text) => {
    expect(rowsIn(text)).toEqual([]);
  });

  it('keeps the task (run-in heading, else the words after the agencies), the deadline and the sentence as quote', () => {
    const doc = planFromText(
      '某县实施方案\n\n一、保障措施\n\n（二）完善医保支付。由市医保局牵头，市卫健委配合，2024年底前制定总额付费办法。\n\n由县医保局牵头，县财政局配合，做好参保扩面工作。\n',
    );
    const rows = extractResponsibilities(doc, vocab).rows;
    expect(rows.map((r) => [r.task_id, r.task_zh, r.agency_zh, r.deadline_zh, r.deadline])).toEqual([
      ['test-t01', '完善医保支付', '市医保局', '2024年底前', '2024-12'],
      ['test-t01', '完善医保支付', '市卫健委', '2024年底前', '2024-12'],
      ['test-t02', '做好参保扩面工作', '县医保局', null, null],
      ['test-t02', '做好参保扩面工作', '县财政局', null, null],
    ]);
    for (const r of rows) expect(doc.clean.raw.slice(r.start, r.end)).toBe(r.quote);
    expect(rows[0]?.quote).toBe('由市医保局牵头，市卫健委配合，2024年底前制定总额付费办法');
  });

  it('a bracketed note is read once, as a note', () => {
    const rows = rowsIn('推进医保支付改革。（牵头单位：县医保局；配合单位：县财政局）');
    expect(rows.map((r) => [r.role, r.agency_zh, r.source_kind])).toEqual([
      ['lead', '县医保局', 'note'],
      ['partner', '县财政局', 'note'],
    ]);
  });
});
