// Targets: the corpus against hand-checked facts (must find: fixtures/expected-targets.json; must not find:
// fixtures/must-not-find.json), unseen layouts, bad input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_IDS, ROOT, corpusDoc, fixturePath, planFromText, rawOf, vocab } from '../test-support/corpus.ts';
import { forbidden, mustNotFindOf } from '../test-support/fixture-match.ts';
import { parseDocument } from './parse-document.ts';
import type { TargetMentionRow } from '../../src/lib/schema/targets.ts';
import { extractTargets, targetsExtractor, type TargetExtraction } from './extract-targets.ts';

const indicators = vocab;

interface Expected {
  doc_id: string;
  quote_contains: string;
  indicator_id: string;
  comparator: string;
  value: number;
  value_max: number | null;
  unit: string;
  base_year: number | null;
  target_year: number | null;
  aspirational: boolean;
  condition: string;
  source_kind: string;
  /** The value is implied by wording (全覆盖); absent = false. */
  implied?: boolean;
  target_key: string;
  note: string;
}

const expected = JSON.parse(
  readFileSync(join(ROOT, 'scripts/pipeline/fixtures/expected-targets.json'), 'utf8'),
) as Expected[];
const results = new Map<string, TargetExtraction>(
  CORPUS_IDS.map((id) => [id, extractTargets(corpusDoc(id), indicators)]),
);

/** The extracted mention an expected entry describes: overlapping span, same indicator, same year. */
function locate(e: Expected): TargetMentionRow[] {
  const raw = rawOf(e.doc_id);
  const at = raw.indexOf(e.quote_contains);
  const end = at + e.quote_contains.length;
  return (results.get(e.doc_id) as TargetExtraction).mentions.filter(
    (m) =>
      m.start < end &&
      at < m.end &&
      m.indicator_id === e.indicator_id &&
      m.target_year === e.target_year &&
      m.source_kind === e.source_kind,
  );
}

describe('corpus: every target read by hand is found, with the right comparator, value and year; nothing that is not one', () => {
  it('each quote_contains is a unique raw substring', () => {
    for (const e of expected) {
      const raw = rawOf(e.doc_id);
      expect(raw.indexOf(e.quote_contains), e.quote_contains).toBeGreaterThanOrEqual(0);
      expect(raw.indexOf(e.quote_contains), e.quote_contains).toBe(raw.lastIndexOf(e.quote_contains));
    }
  });

  it.each(
    expected.map(
      (e, i) =>
        [
          `${e.doc_id} #${i + 1} ${e.quote_contains.replace(/\t/g, ' ')} → ${e.indicator_id} ${e.target_year}`,
          e,
        ] as const,
    ),
  )('%s', (_name, e) => {
    const found = locate(e);
    expect(found, 'exactly one extracted mention').toHaveLength(1);
    const m = found[0] as TargetMentionRow;
    expect({
      comparator: m.comparator,
      value: m.value,
      value_max: m.value_max,
      unit: m.unit,
      base_year: m.base_year,
      aspirational: m.aspirational,
      condition: m.condition,
      implied: m.implied,
    }).toEqual({
      comparator: e.comparator,
      value: e.value,
      value_max: e.value_max,
      unit: e.unit,
      base_year: e.base_year,
      aspirational: e.aspirational,
      condition: e.condition,
      implied: e.implied ?? false,
    });
  });

  it.each(mustNotFindOf('targets'))('%s: not a target: %s', (id, _what, e) => {
    const r = results.get(id) as TargetExtraction;
    expect(
      forbidden(rawOf(id), e, r.mentions).map((m) => `${m.mention_id} ${m.value} ${m.quote}`),
      e.why,
    ).toEqual([]);
  });

  it.each(CORPUS_IDS)('%s: mentions group into targets as read by hand', (id) => {
    const r = results.get(id) as TargetExtraction;
    const byKey = new Map<string, Set<string>>();
    for (const e of expected.filter((x) => x.doc_id === id)) {
      const set = byKey.get(e.target_key) ?? new Set<string>();
      for (const m of locate(e)) set.add(m.target_id);
      byKey.set(e.target_key, set);
    }
    for (const [key, ids] of byKey) expect(ids.size, key).toBe(1);
    const all = [...byKey.values()].map((s) => [...s][0]);
    expect(new Set(all).size, 'distinct keys are distinct targets').toBe(byKey.size);
    for (const id of all) expect(r.targets.some((t) => t.target_id === id)).toBe(true);
  });

  it('jieshou: text 减少到30%以内 and annex ≥30% are one target, both mentions kept, conflict stated', () => {
    const r = results.get('jieshou') as TargetExtraction;
    const fund = r.targets.filter((t) => t.indicator_id === 'out_of_area_fund_share');
    expect(fund.map((t) => t.target_year)).toEqual([2023, 2025]);
    for (const t of fund) {
      expect(t.mention_count).toBe(2);
      expect(t.conflict).toMatch(/text jieshou-m\d+ says le \d+ percent.*table jieshou-m\d+ says ge \d+ percent/);
    }
  });

  it('hangjin: the year-less restatements of 2个医共体 join the 2023 target', () => {
    const t = (results.get('hangjin') as TargetExtraction).targets.find(
      (x) => x.indicator_id === 'medical_community_count',
    );
    expect(t?.target_year).toBe(2023);
    expect(t?.mention_count).toBe(3);
  });

  it.each(CORPUS_IDS)('%s: every target and mention quote equals the raw text between start and end', (id) => {
    const raw = rawOf(id);
    const r = results.get(id) as TargetExtraction;
    for (const row of [...r.targets, ...r.mentions]) expect(raw.slice(row.start, row.end)).toBe(row.quote);
  });

  it.each(CORPUS_IDS)('%s: ids are stable and unique', (id) => {
    const r = results.get(id) as TargetExtraction;
    expect(new Set(r.targets.map((t) => t.target_id)).size).toBe(r.targets.length);
    expect(new Set(r.mentions.map((m) => m.mention_id)).size).toBe(r.mentions.length);
    expect(extractTargets(corpusDoc(id), indicators)).toEqual(r);
  });

  it('every mention with an unknown indicator is listed; the present-describing counts are reported as skipped', () => {
    for (const id of CORPUS_IDS) {
      const r = results.get(id) as TargetExtraction;
      expect(r.unknownIndicators.map((u) => u.mention_id)).toEqual(
        r.mentions.filter((m) => m.indicator_id === '').map((m) => m.mention_id),
      );
    }
    const yulin = (results.get('yulin') as TargetExtraction).skipped.map((s) => s.quote);
    expect(yulin).toContain('6家'); // 全市6家三级公立医院继续发挥引领作用
    const jieshou = (results.get('jieshou') as TargetExtraction).skipped;
    expect(jieshou.filter((s) => s.reason.startsWith('not a quantified target')).map((s) => s.quote)).toContain(
      '建设完成',
    );
  });
});

/** Unseen plans: hand-written in layouts the corpus does not use (see the rows below for what each tests). */
function plan(name: string): TargetExtraction {
  const path = fixturePath(name);
  return extractTargets(
    parseDocument({ docId: name.replace('.txt', ''), fileName: name, bytes: readFileSync(path) }),
    indicators,
  );
}
type Row = [string, string, string, number, number | null, string, number | null];
const brief = (r: TargetExtraction): Row[] =>
  r.mentions.map((m) => [
    m.source_kind,
    m.indicator_id || m.indicator_zh,
    m.comparator,
    m.value,
    m.value_max,
    m.unit,
    m.target_year,
  ]);

describe('unseen plans', () => {
  it('targets-year-columns.txt: a table with three year columns, —— and non-numeric cells, per-1000 rates', () => {
    const r = plan('targets-year-columns.txt');
    expect(brief(r)).toEqual([
      ['table', 'county_visit_rate', 'ge', 88, null, 'percent', 2024],
      ['table', 'county_visit_rate', 'ge', 90, null, 'percent', 2025],
      ['table', 'county_visit_rate', 'ge', 92, null, 'percent', 2026],
      ['table', 'primary_care_visit_share', 'approx', 60, null, 'percent', 2024],
      ['table', 'primary_care_visit_share', 'approx', 65, null, 'percent', 2026],
      ['table', 'physicians_per_1000', 'eq', 2.6, null, 'per_1000', 2024],
      ['table', 'physicians_per_1000', 'eq', 2.8, null, 'per_1000', 2025],
      ['table', 'physicians_per_1000', 'eq', 3, null, 'per_1000', 2026],
      ['table', 'in_county_fund_spending_rate', 'ge', 55, null, 'percent', 2024],
      ['table', 'in_county_fund_spending_rate', 'ge', 60, null, 'percent', 2025],
      ['table', 'in_county_fund_spending_rate', 'ge', 65, null, 'percent', 2026],
    ]);
    // 三年 is in the title (三年行动方案): reported as a quantity with no target wording.
    expect(r.skipped.map((s) => s.quote)).toEqual(['三年', '4家', '15个', '——', '建成', '——', '巩固']);
  });

  it('targets-respectively.txt: 分别 pairs years and indicators with values; changes with a base year', () => {
    const r = plan('targets-respectively.txt');
    expect(brief(r)).toEqual([
      ['text', 'county_visit_rate', 'ge', 85, null, 'percent', 2024],
      ['text', 'county_visit_rate', 'ge', 90, null, 'percent', 2025],
      ['text', 'primary_care_visit_share', 'ge', 65, null, 'percent', null],
      ['text', 'in_county_fund_spending_rate', 'ge', 70, null, 'percent', null],
      ['text', '县级医院门诊次均费用较2022年增长', 'le', 5, null, 'percent', null],
      ['text', '住院人次', 'increase', 20, null, 'percent', null],
      ['text', 'inpatient_share_in_county', 'increase', 5, null, 'percentage_points', null],
    ]);
    expect(r.mentions.map((m) => m.base_year)).toEqual([null, null, null, null, 2022, 2022, null]);
    expect(r.mentions[6]?.frequency).toBe('per_year');
    expect(r.unknownIndicators.map((u) => u.indicator_zh)).toEqual(['县级医院门诊次均费用较2022年增长', '住院人次']);
  });

  it('targets-chinese-numerals.txt: 百分之六十五, full-width ９０％, 两家, 三至五个, 十二名, 一年, ２５％～３０％, 二〇二五年', () => {
    const r = plan('targets-chinese-numerals.txt');
    expect(brief(r)).toEqual([
      ['text', 'primary_care_visit_share', 'ge', 65, null, 'percent', 2025],
      ['text', 'county_visit_rate', 'ge', 90, null, 'percent', 2025],
      ['text', 'medical_community_count', 'eq', 2, null, 'count', null],
      ['text', '专科联盟', 'range', 3, 5, 'count', null],
      ['text', '医师到乡镇卫生院工作', 'ge', 12, null, 'persons', null],
      ['text', '工作', 'ge', 1, null, 'years', null],
      ['text', 'drug_revenue_share', 'range', 25, 30, 'percent', null],
    ]);
    expect(r.skipped.map((s) => s.quote)).toEqual(['三家']);
  });

  it('targets-year-once.txt: a year heading and a `到2030年，…：` lead-in govern the paragraphs under them', () => {
    const r = plan('targets-year-once.txt');
    expect(brief(r)).toEqual([
      ['text', 'county_visit_rate', 'ge', 90, null, 'percent', 2025],
      ['text', 'beds_per_1000', 'ge', 6.5, null, 'per_1000', 2025],
      ['text', 'primary_care_visit_share', 'approx', 70, null, 'percent', 2030],
      ['text', 'in_county_fund_spending_rate', 'ge', 70, null, 'percent', 2030],
      ['text', 'fiscal_subsidy_share', 'ge', 25, null, 'percent', null],
    ]);
  });

  it('targets-annual-genre.txt: an annual plan read the way issue 14 §3–§8 asks', () => {
    const r = plan('targets-annual-genre.txt');
    expect(brief(r)).toEqual([
      ['text', 'county_visit_rate', 'ge', 90, null, 'percent', 2025],
      ['text', 'primary_care_visit_share', 'ge', 63, null, 'percent', 2025],
      ['text', 'family_doctor_signing_rate', 'increase', 2, null, 'percentage_points', 2025],
      ['text', '实现县乡村医疗机构检查检验结果互认全覆盖', 'eq', 100, null, 'percent', 2025],
      ['text', '医共体牵头医院全部达到县级医院医疗服务能力推荐标准', 'eq', 100, null, 'percent', 2025],
      ['text', 'infant_mortality', 'le', 4.8, null, 'per_mille', 2025],
      ['text', 'under5_mortality', 'le', 6.5, null, 'per_mille', 2025],
      ['text', 'maternal_mortality', 'le', 12, null, 'per_100000', 2025],
      ['text', 'elderly_health_management_rate', 'ge', 63, null, 'percent', 2025],
      ['text', '医学生', 'eq', 30, null, 'persons', 2025],
      ['text', '乡村医生', 'eq', 400, null, 'person_times', 2025],
      ['text', '全科医生', 'ge', 3, null, 'persons', 2025],
      ['text', 'doctor_nurse_ratio', 'ge', 1.2, null, 'ratio', 2025],
      ['text', '县财政每年安排医共体建设专项资金', 'ge', 1500, null, 'yuan_10k', null],
      ['text', '农村居民到达最近的乡镇卫生院车程', 'le', 20, null, 'minutes', 2025],
      ['text', '院前急救平均反应时间', 'le', 15, null, 'minutes', 2025],
    ]);
    const by = (zh: string) => r.mentions.find((m) => m.indicator_zh.includes(zh));
    expect(by('签约率')).toMatchObject({ base_year: 2024, population: '重点人群' });
    expect(by('互认全覆盖')).toMatchObject({ implied: true });
    expect(by('全科医生')).toMatchObject({ scope: '每个乡镇卫生院', indicator_id: '' });
    expect(by('专项资金')).toMatchObject({ start_year: 2025, frequency: 'per_year' });
    expect(r.skipped.map((s) => [s.quote, s.reason.split(' (')[0]])).toEqual(
      expect.arrayContaining([
        ['88.6%', 'a past statistic'],
        ['2个', 'a past statistic'],
        ['326人次', 'a past statistic'],
        ['65岁及以上', 'an age that defines a population'],
        ['0831-6620381', 'phone number'],
        ['2025年2月10日', 'date'],
      ]),
    );
  });

  it.each([
    'targets-year-columns.txt',
    'targets-respectively.txt',
    'targets-chinese-numerals.txt',
    'targets-year-once.txt',
    'targets-annual-genre.txt',
  ])('%s: quotes sit at their offsets', (name) => {
    const raw = readFileSync(fixturePath(name), 'utf8');
    const r = plan(name);
    for (const row of [...r.targets, ...r.mentions]) expect(raw.slice(row.start, row.end)).toBe(row.quote);
  });
});

describe('edge and bad input', () => {
  it('a plan with no targets yields none', () => {
    const r = extractTargets(
      planFromText('某县方案\n\n一、总体要求\n\n坚持政府主导，推进医共体建设。\n\n二、工作要求\n\n加强组织领导。\n'),
      indicators,
    );
    expect(r).toEqual({ targets: [], mentions: [], unknownIndicators: [], skipped: [] });
  });

  it('dates, document numbers, section numbers, titles and labels are not targets', () => {
    const text =
      '某县方案\n\n一、总体要求\n\n根据《某某行动计划（2016—2020年）》（某政发〔2020〕12号），2020年12月14日起实行“五统一、七不变”和“两个允许”，建立县乡村三级网络，第3项工作于2021年6月底前完成。\n';
    const r = extractTargets(planFromText(text), indicators);
    expect(r.mentions).toEqual([]);
  });

  it('weird numbers: a bare number with a comparator but no unit is reported, not published', () => {
    const r = extractTargets(
      planFromText('某县方案\n\n一、目标\n\n到2025年，床位使用率不低于0.85，门诊量达到12万人次。\n'),
      indicators,
    );
    expect(r.mentions.map((m) => [m.value, m.unit])).toEqual([[120000, 'person_times']]);
    expect(r.skipped.map((s) => s.reason)).toContain('a number with no unit');
  });

  it('an unknown unit is kept as written and reported, never dropped', () => {
    const doc = planFromText('某县方案\n\n一、目标\n\n到2025年，全县配备流动医疗车不少于5艘。\n');
    const r = targetsExtractor(doc, vocab);
    expect(r.datasets['targets']?.map((t) => [t['value'], t['unit']])).toEqual([[5, '艘']]);
    expect(r.report?.filter((e) => e.kind === 'unknown-unit').map((e) => e.message)).toEqual([
      'test-m001: unit 艘 is not in data/vocab/target-lexicon.json; kept as written',
    ]);
  });

  it('an unknown indicator keeps an empty id and is listed, never dropped', () => {
    const r = extractTargets(
      planFromText('某县方案\n\n一、目标\n\n到2025年，学生体质健康达标优良率达到95%以上。\n'),
      indicators,
    );
    expect(r.mentions).toHaveLength(1);
    expect(r.mentions[0]?.indicator_id).toBe('');
    expect(r.unknownIndicators.map((u) => u.indicator_zh)).toEqual(['学生体质健康达标优良率']);
  });
});
