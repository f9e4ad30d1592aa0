// Phases and milestones: the corpus against hand-checked facts (must find / must not find), unseen layouts, bad input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_IDS, corpusDoc, fixturePath, planFromText, rawOf, ROOT } from '../test-support/corpus.ts';
import { anchoredAt, forbidden, mustNotFindOf } from '../test-support/fixture-match.ts';
import type { PhaseRow } from '../../src/lib/schema/phases.ts';
import { extractPhases } from './extract-phases.ts';
import { parseDocument } from './parse-document.ts';

type Expected = Pick<
  PhaseRow,
  'doc_id' | 'section_id' | 'kind' | 'name_zh' | 'date_zh' | 'start_ym' | 'end_ym' | 'date_rule'
> & { quote_contains: string };
const expected = JSON.parse(
  readFileSync(join(ROOT, 'scripts/pipeline/fixtures/expected-phases.json'), 'utf8'),
) as Expected[];
const rowsOf = (id: string): PhaseRow[] => extractPhases(corpusDoc(id as (typeof CORPUS_IDS)[number])).rows;
const key = (
  r: Pick<PhaseRow, 'kind' | 'name_zh' | 'date_zh' | 'start_ym' | 'end_ym' | 'date_rule' | 'section_id'>,
): string => [r.kind, r.section_id, r.name_zh, r.date_zh, r.start_ym ?? '', r.end_ym, r.date_rule].join('|');

describe('phases on the corpus', () => {
  it.each(expected.map((e) => [e.doc_id, e.kind, e.name_zh.slice(0, 16), e] as const))(
    '%s %s: %s',
    (docId, _k, _n, e) => {
      const hit = rowsOf(docId).find((r) => key(r) === key(e) && anchoredAt(rawOf(docId), e.quote_contains, r));
      expect(hit, JSON.stringify(e)).toBeDefined();
    },
  );

  it.each(mustNotFindOf('phases'))('%s: not a phase or milestone: %s', (id, _what, e) => {
    expect(
      forbidden(rawOf(id), e, rowsOf(id)).map((r) => `${r.kind} ${r.date_zh} ${r.quote}`),
      e.why,
    ).toEqual([]);
  });

  it.each(CORPUS_IDS.map((id) => [id]))('%s: every quote sits at its offsets', (id) => {
    const raw = rawOf(id);
    for (const r of rowsOf(id)) expect(raw.slice(r.start, r.end)).toBe(r.quote);
  });

  it('a phase always has start ≤ end; a milestone only an end', () => {
    for (const id of CORPUS_IDS)
      for (const r of rowsOf(id)) {
        if (r.kind === 'phase') expect((r.start_ym ?? '') <= r.end_ym).toBe(true);
        else expect(r.start_ym).toBeNull();
      }
  });

  it('ids are stable: guyuan-ph01.. and guyuan-m01..', () => {
    const ids = rowsOf('guyuan').map((r) => r.phase_id);
    expect(ids.slice(0, 4)).toEqual(['guyuan-ph01', 'guyuan-ph02', 'guyuan-ph03', 'guyuan-m01']);
    expect(extractPhases(corpusDoc('guyuan')).rows.map((r) => r.phase_id)).toEqual(ids);
  });

  it('dates inside a cited title are not milestones (jieshou 《…（2021—2025年）》)', () => {
    expect(rowsOf('jieshou').some((r) => r.date_zh.includes('2021'))).toBe(false);
  });
});

const PLANS: [string, string[]][] = [
  ['misc-county-a.txt', ['phase|第一阶段|2022-01|2022-03', 'phase|第二阶段|2022-04|2022-12']],
  [
    'misc-markdown-b.txt',
    ['phase|试点阶段|2022-07|2022-12', 'phase|推广阶段|2023-01|2023-12', 'milestone|制定医疗集团章程||2022-12'],
  ],
  [
    'misc-prefecture-c.txt',
    [
      'milestone|2021年9月底前完成医联体组建||2021-09',
      'phase|动员部署阶段|2021-01|2021-06',
      'phase|全面实施阶段|2021-07|2022-12',
    ],
  ],
];

describe('phases on unseen layouts (scripts/pipeline/fixtures/plans)', () => {
  it.each(PLANS)('%s', (file, want) => {
    const doc = parseDocument({ docId: 'misc', fileName: file, bytes: readFileSync(fixturePath(file)) });
    const { rows } = extractPhases(doc);
    expect(rows.map((r) => [r.kind, r.name_zh, r.start_ym ?? '', r.end_ym].join('|'))).toEqual(want);
    for (const r of rows) expect(doc.clean.raw.slice(r.start, r.end)).toBe(r.quote);
  });

  it('a dated target with a percentage is reported, not a milestone (misc-prefecture-c)', () => {
    const doc = parseDocument({
      docId: 'misc',
      fileName: 'misc-prefecture-c.txt',
      bytes: readFileSync(fixturePath('misc-prefecture-c.txt')),
    });
    const { report } = extractPhases(doc);
    expect(report.map((e) => [e.kind, e.quote])).toEqual([
      ['skipped-milestone', '到2022年底前，县域内就诊率达到90%以上'],
    ]);
  });
});

describe('phases: hand-written cases', () => {
  it.each([
    ['（一）准备阶段（2021年13月）。开会。', []], // impossible month
    ['（一）加强领导（2021年3月）。开会。', []], // dated heading outside a steps section, not named 阶段
    ['（一）试点阶段（2021年下半年）。开会。', ['phase|试点阶段|2021-07|2021-12']],
    ['（一）建设。到2023年，分别组建医共体。', []], // a year-led aim with a comma: not a deadline
    ['（一）建设。2022年3月底前出台办法。', ['milestone|2022年3月底前出台办法||2022-03']],
    // a deadline with a day: due in that month
    [
      '（一）参保。各乡镇于2024年3月31日前完成年度参保登记。',
      ['milestone|各乡镇于2024年3月31日前完成年度参保登记||2024-03'],
    ],
    // a year clause of its own, then a completion with no number
    [
      '（一）建设。到2024年底，紧密型县域医共体建设取得明显成效。',
      ['milestone|到2024年底，紧密型县域医共体建设取得明显成效||2024-12'],
    ],
    [
      '（一）管理。到2024年，各医共体实现人员、财务统一管理，县域内就诊率达到88%。',
      ['milestone|到2024年，各医共体实现人员、财务统一管理||2024-12'],
    ],
    // an aim for a whole system is a vision, not a milestone
    ['（一）目标。到2025年，基本建成优质高效的整合型医疗卫生服务体系。', []],
    ['（一）目标。到2020年，形成完善的医联体政策体系。', []],
    // …but a count or an implied 100 percent is a target, not a milestone
    ['（一）建设。到2025年，全市建成2个城市医疗集团。', []],
    ['（一）信息化。到2024年底，实现县乡村信息系统互联互通全覆盖。', []],
    ['（一）建设。到2022年底，各县全部建成医共体。', []],
  ])('%s', (line, want) => {
    const doc = planFromText(`某县方案\n\n一、任务\n\n${line}\n`);
    expect(extractPhases(doc).rows.map((r) => [r.kind, r.name_zh, r.start_ym ?? '', r.end_ym].join('|'))).toEqual(want);
  });
});
