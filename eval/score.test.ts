// Unit tests of the scoring on hand-made runs: a miss, a false positive, a wrong year, a refused file, and the rest.
import { describe, expect, it } from 'vitest';
import { belowThresholds, evaluate } from './evaluate.ts';
import type { ExtractedOutput, ExtractedTarget, Outcome, PlanRun } from './extracted.ts';
import { Gold, type GoldInput } from './gold-schema.ts';
import { maximumMatching, sameName } from './match.ts';
import { scoreDocument } from './score.ts';
import { summariseSet } from './summarise.ts';

const RAW =
  '青山县方案\n\n一、目标\n\n到2025年，县域内就诊率达到90%以上，基层就诊率达到65%。截至2022年，全县已建成医共体3个。\n';

function gold(extra: Partial<GoldInput> = {}): ReturnType<typeof Gold.parse> {
  return Gold.parse({
    description: 'test',
    genre: 'test',
    refuse: false,
    targets: [
      {
        indicator: '县域内就诊率',
        indicator_id: 'county_visit_rate',
        quote: '县域内就诊率达到90%以上',
        value: 90,
        unit: 'percent',
        comparator: 'ge',
        target_year: 2025,
        core: true,
        phenomena: ['cmp-at-least'],
      },
      {
        indicator: '基层就诊率',
        quote: '基层就诊率达到65%',
        value: 65,
        unit: 'percent',
        comparator: 'ge',
        target_year: 2025,
        core: false,
        phenomena: ['cmp-reach'],
      },
    ],
    not_targets: [{ quote: '已建成医共体3个', reason: 'past-statistic', value: 3 }],
    ...extra,
  });
}

function row(over: Partial<ExtractedTarget> & { quote: string }): ExtractedTarget {
  const start = RAW.indexOf(over.quote);
  return {
    indicator_zh: '县域内就诊率',
    indicator_id: 'county_visit_rate',
    comparator: 'ge',
    value: 90,
    value_max: null,
    unit: 'percent',
    target_year: 2025,
    start,
    end: start + over.quote.length,
    ...over,
  };
}

function run(outcome: Outcome, g = gold(), set: PlanRun['set'] = 'dev'): PlanRun {
  return { set, name: 'p', file: 'p.txt', raw: RAW, gold: g, outcome };
}

function ok(targets: ExtractedTarget[], more: Partial<ExtractedOutput> = {}): Outcome {
  return {
    kind: 'ok',
    output: { document: { title_zh: '青山县方案', doc_number: null, complete: true }, targets, ...more },
  };
}

const hit90 = row({ quote: '县域内就诊率达到90%以上' });
const hit65 = row({ quote: '基层就诊率达到65%', indicator_zh: '基层就诊率', indicator_id: '', value: 65 });

describe('targets', () => {
  it('counts a found target and a missed one (recall 1/2, precision 1/1), and says the miss was absent', () => {
    const s = scoreDocument(run(ok([hit90])));
    expect(s.targets).toEqual({ gold: 2, found: 1, extracted: 1 });
    expect(s.core).toMatchObject({ gold: 1, found: 1 });
    expect(s.misses.map((m) => [m.quote, m.reason])).toEqual([['基层就诊率达到65%', 'absent']]);
    expect(s.phenomena['cmp-reach']).toEqual({ total: 1, found: 0 });
    expect(s.phenomena['cmp-at-least']).toEqual({ total: 1, found: 1 });
  });

  it('counts a row that matches no gold target as a false positive, labelled by the not-target it takes', () => {
    const past = row({ quote: '已建成医共体3个', indicator_zh: '医共体', indicator_id: '', value: 3, unit: 'count' });
    const s = scoreDocument(run(ok([hit90, hit65, past])));
    expect(s.targets).toEqual({ gold: 2, found: 2, extracted: 3 });
    expect(s.falsePositives).toEqual([
      expect.objectContaining({ quote: '已建成医共体3个', value: 3, reason: 'past-statistic' }),
    ]);
    expect(s.notTargets).toEqual([{ reason: 'past-statistic', quote: '已建成医共体3个', taken: true }]);
  });

  it('a not-target with a value is taken only by a row with that value', () => {
    const other = row({ quote: '已建成医共体3个', indicator_zh: '医共体', value: 2022, unit: '' });
    const s = scoreDocument(run(ok([hit90, hit65, other])));
    expect(s.falsePositives[0]?.reason).toBe('');
    expect(s.notTargets[0]?.taken).toBe(false);
  });

  it('a wrong year is a miss (reason "wrong year") and a false positive', () => {
    const wrong = row({ quote: '县域内就诊率达到90%以上', target_year: null });
    const s = scoreDocument(run(ok([wrong, hit65])));
    expect(s.targets).toEqual({ gold: 2, found: 1, extracted: 2 });
    expect(s.misses[0]).toMatchObject({ reason: 'wrong year', quote: '县域内就诊率达到90%以上' });
    expect(s.falsePositives).toHaveLength(1);
  });

  it('matches the indicator by its Chinese substring or by indicator_id, and scores comparator and id apart', () => {
    const byId = row({ quote: '县域内就诊率达到90%以上', indicator_zh: '域内就诊', comparator: 'eq' });
    const byText = row({ quote: '基层就诊率达到65%', indicator_zh: '县域内基层就诊率', indicator_id: 'x', value: 65 });
    const s = scoreDocument(run(ok([byId, byText])));
    expect(s.targets.found).toBe(2);
    expect(s.comparator).toEqual({ right: 1, of: 2 });
    expect(s.indicatorId).toEqual({ right: 1, of: 1 });
  });

  it('values match within 1e-6 and value_max must agree', () => {
    const near = row({ quote: '县域内就诊率达到90%以上', value: 90 + 1e-9 });
    const range = row({ quote: '基层就诊率达到65%', indicator_zh: '基层就诊率', value: 65, value_max: 70 });
    const s = scoreDocument(run(ok([near, range])));
    expect(s.targets.found).toBe(1);
    expect(s.misses[0]?.reason).toBe('wrong value_max');
  });

  it('a second row restating a found target is a duplicate, neither hit nor false', () => {
    const s = scoreDocument(run(ok([hit90, hit65, { ...hit90 }])));
    expect(s.duplicates).toBe(1);
    expect(s.targets).toEqual({ gold: 2, found: 2, extracted: 2 });
  });

  it('scores the implied flag only when the extractor emits one', () => {
    expect(scoreDocument(run(ok([hit90]))).implied.of).toBe(0);
    expect(scoreDocument(run(ok([{ ...hit90, implied: true }]))).implied).toEqual({ right: 0, of: 1 });
  });
});

describe('refusals', () => {
  it('a refused genuine text misses every gold item and is listed as a failure', () => {
    const s = scoreDocument(run({ kind: 'refused', message: 'p.txt:1: no recognisable structure' }));
    expect(s.refused).toBe(true);
    expect(s.targets).toEqual({ gold: 2, found: 0, extracted: 0 });
    const sum = summariseSet('dev', [s]);
    expect(sum.genuineRefused).toEqual(['p']);
    expect(sum.targets.recall).toBe(0);
    expect(sum.targets.precision).toBeNull();
  });

  it('bad input must be refused, with the expected words on stderr', () => {
    const bad = Gold.parse({ description: 'x', genre: 'bad', refuse: true, refusal_contains: 'empty' });
    const refused = scoreDocument(run({ kind: 'refused', message: 'extract: e.txt:1: file is empty' }, bad, 'bad'));
    const wrongWords = scoreDocument(run({ kind: 'refused', message: 'extract: binary' }, bad, 'bad'));
    const accepted = scoreDocument(run(ok([]), bad, 'bad'));
    const sum = summariseSet('bad', [refused, wrongWords, accepted]);
    expect(sum.badRefused).toBe(2);
    expect(sum.badAccepted).toEqual(['p']);
    expect(sum.refusalWordsWrong).toHaveLength(1);
  });
});

describe('alliances, responsibilities, milestones, notes, organisations', () => {
  const g = gold({
    targets: [],
    not_targets: [],
    notes: ['truncated'],
    alliances: [
      { kind: 'specialist_alliance', leads: ['市人民医院', '市中医医院'], members: ['县人民医院'], phenomena: [] },
      { kind: 'county_medical_community', leads: ['县医院'], members: ['甲镇卫生院'], phenomena: ['alliance-table'] },
    ],
    responsibilities: [
      { task: '医保支付', leads: [['市医保局', '市医疗保障局']], partners: ['市财政局'], phenomena: [] },
    ],
    milestones: [{ task: '章程', quote: '章程', due: '2024-06' }],
    organisations: {
      must_find: ['市医疗保障局'],
      must_not_find: ['市医疗'],
      must_merge: [['市医保局', '市医疗保障局']],
    },
  });
  const edge = (lead: string, member: string, kind = 'specialist_alliance') => ({
    kind,
    lead_zh: lead,
    member_zh: member,
    member_written_zh: member,
    quote: '',
    start: 0,
    end: 0,
  });
  const out = ok([], {
    document: { title_zh: 't', doc_number: null, complete: false },
    alliances: [
      edge('市人民医院', '县人民医院'),
      edge('市中医医院', '县人民医院', 'regional_medical_alliance'),
      edge('县医院', '乙'),
    ],
    responsibilities: [
      {
        task_zh: '推进医保支付方式改革',
        agency_zh: '市医疗保障局',
        agency_norm_zh: '市医疗保障局',
        role: 'lead',
        quote: '',
      },
      { task_zh: '推进医保支付方式改革', agency_zh: '市财政局', agency_norm_zh: '市财政局', role: 'lead', quote: '' },
    ],
    phases: [{ kind: 'milestone', name_zh: '制定章程', end_ym: '2024-06', quote: '' }],
    organisations: [
      { name_zh: '市医保局', canonical_zh: '市医疗保障局', name_forms_zh: '市医保局、市医疗保障局' },
      { name_zh: '市医疗', canonical_zh: '市医疗', name_forms_zh: '市医疗' },
    ],
  });
  const s = scoreDocument(run(out, g));

  it('expands two leads into one edge per lead and member; kind is scored apart; table edges are not prose', () => {
    expect(s.alliances).toEqual({ gold: 3, found: 2, extracted: 3 });
    expect(s.proseAlliances).toEqual({ gold: 2, found: 2, extracted: 2 });
    expect(s.allianceKind).toEqual({ right: 1, of: 2 });
    expect(s.allianceMisses).toEqual(['县医院 → 甲镇卫生院 (county_medical_community)']);
    expect(s.allianceFalse).toHaveLength(1);
  });

  it('a flagged category member is a hit when the gold lists it and never a false edge', () => {
    const withCategory = ok([], {
      document: { title_zh: 't', doc_number: null, complete: false },
      alliances: [
        edge('市人民医院', '县人民医院'),
        { ...edge('市人民医院', '全县11个乡镇卫生院'), member_category: true },
        { ...edge('县医院', '甲镇卫生院', 'county_medical_community'), member_category: true },
      ],
    });
    const c = scoreDocument(run(withCategory, g));
    expect(c.alliances).toEqual({ gold: 3, found: 2, extracted: 2 });
    expect(c.allianceFalse).toEqual([]);
    expect(c.allianceCategories).toEqual(['市人民医院 → 全县11个乡镇卫生院 (specialist_alliance) «»']);
  });

  it('matches responsibilities by task, agency (any written form) and role', () => {
    expect(s.responsibilities).toEqual({ gold: 2, found: 1, extracted: 2 });
    expect(s.responsibilityMisses).toEqual(['医保支付: 市财政局 as partner']);
  });

  it('matches milestones by task words and due month; reads truncation from complete=false', () => {
    expect(s.milestones).toEqual({ gold: 1, found: 1, extracted: 1 });
    expect(s.notes.missing).toEqual([]);
  });

  it('checks organisations: must find, must not name fragments, must merge written forms into one', () => {
    expect(s.organisations).toMatchObject({ mustFind: 1, found: 1, fragments: ['市医疗'], merges: 1, merged: 1 });
  });
});

describe('matching and thresholds', () => {
  it('finds the maximum one-to-one matching where a greedy pass would not', () => {
    // gold 0 accepts rows 0 and 1; gold 1 accepts only row 0.
    const m = maximumMatching([0, 1], [0, 1], (g, e) => (g === 0 ? true : e === 0));
    expect(m).toEqual([1, 0]);
  });

  it('compares names after width folding', () => {
    expect(sameName('县卫生健康局（县中医药管理局）', '县卫生健康局(县中医药管理局)')).toBe(true);
    expect(sameName(['市卫健委', '市卫生健康委员会'], '市卫生健康委')).toBe(false);
  });

  it('reports every figure below its threshold, and a missing figure as below', () => {
    const e = evaluate([run(ok([hit90]))]);
    expect(e.headline.dev?.target_recall).toBe(0.5);
    const failures = belowThresholds(e.headline, {
      dev: { target_recall: 0.6, target_precision: 1, alliance_recall: 0 },
    });
    expect(failures.map((f) => f.figure)).toEqual(['target_recall', 'alliance_recall']);
  });
});
