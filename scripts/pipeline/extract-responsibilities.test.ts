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

describe('responsibilities: 责任单位 lines when the plan says the first listed leads', () => {
  const rolesOf = (text: string) =>
    extractResponsibilities(planFromText(text), vocab).rows.map((r) => [r.agency_zh, r.role, r.task_zh]);

  it('列第一位的为牵头单位: the first of each 责任单位 list leads, the others are partners', () => {
    const text =
      '某县方案\n\n二、重点任务\n\n（各项任务的责任单位中，列第一位的为牵头单位）\n\n' +
      '（一）推进医保支付方式改革。全面推行按病组付费。\n责任单位：县医疗保障局、县卫生健康局、县财政局\n\n' +
      '（二）深化人事薪酬制度改革。合理确定薪酬水平。\n责任单位：县人力资源和社会保障局\n';
    expect(rolesOf(text)).toEqual([
      ['县医疗保障局', 'lead', '推进医保支付方式改革'],
      ['县卫生健康局', 'partner', '推进医保支付方式改革'],
      ['县财政局', 'partner', '推进医保支付方式改革'],
      ['县人力资源和社会保障局', 'lead', '深化人事薪酬制度改革'],
    ]);
  });

  it('without that sentence every 责任单位 stays responsible', () => {
    const text =
      '某县方案\n\n二、重点任务\n\n（一）推进医保支付方式改革。全面推行按病组付费。\n责任单位：县医疗保障局、县卫生健康局\n';
    expect(rolesOf(text).map((r) => r[1])).toEqual(['responsible', 'responsible']);
  });

  it('a note that names its lead keeps it (牵头单位 beside 责任单位)', () => {
    const text =
      '某县方案\n\n（列第一位的为牵头单位）\n\n一、任务\n\n（一）建设医共体。（牵头单位：县卫健局；责任单位：县财政局、县医保局）\n';
    expect(rolesOf(text).map((r) => [r[0], r[1]])).toEqual([
      ['县卫健局', 'lead'],
      ['县财政局', 'partner'],
      ['县医保局', 'partner'],
    ]);
  });
});
