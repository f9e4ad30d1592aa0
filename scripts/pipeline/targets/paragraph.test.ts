// Targets in a paragraph: conditions, the subject carried between clauses, frequency, base year, aspiration, years.
import { describe, expect, it } from 'vitest';
import { planFromText, vocab } from '../../test-support/corpus.ts';
import type { Paragraph } from '../types.ts';
import { createContext } from './context.ts';
import { extractTargets } from '../extract-targets.ts';
import { extractParagraph } from './paragraph.ts';

/** The mentions of the paragraph holding `body` (in a one-section plan), with the paragraph's open year. */
function read(body: string, carry: number | null = null) {
  const doc = planFromText(`某县方案\n\n一、目标\n\n${body}\n`);
  const ctx = createContext(doc, vocab);
  const p = doc.paragraphs.find((x) => x.kind !== 'heading' && x.text.length > 4 && x.sectionId === 's1') as Paragraph;
  const r = extractParagraph(ctx, p, carry);
  for (const d of ctx.drafts) expect(doc.clean.raw.slice(d.start, d.end)).toBe(d.quote);
  return { mentions: ctx.drafts, ...r };
}

const brief = (body: string, carry: number | null = null) =>
  read(body, carry).mentions.map((d) => [d.indicator_id || d.indicator_zh, d.comparator, d.value, d.target_year]);

describe('extractParagraph', () => {
  it.each([
    [
      // guyuan: 力争到2021年底 governs both clauses; both are aspirations
      '力争到2021年底，县（区）域内就诊率达到90%以上，县（区）域内基层就诊率达到65%以上。',
      [
        ['county_visit_rate', 'ge', 90, 2021],
        ['primary_care_visit_share', 'ge', 65, 2021],
      ],
      null,
    ],
    [
      // jieshou: 均 spreads one value over two indicators
      '到2023年，血压、血糖控制率均达到60%以上。',
      [
        ['blood_pressure_control_rate', 'ge', 60, 2023],
        ['blood_glucose_control_rate', 'ge', 60, 2023],
      ],
      null,
    ],
    [
      // hangjin: the subject is carried to the clauses that only give a scope (每人, 全年)
      '免费接收医共体单位人员到本院进修学习。原则上平均全年不少于4人次，每人不少于3个月，全年不少于12人次。',
      [
        ['trainee_intake', 'ge', 4, null],
        ['trainee_duration', 'ge', 3, null],
        ['trainee_intake', 'ge', 12, null],
      ],
      null,
    ],
    [
      // a year carried from a lead-in paragraph
      '县域内就诊率达到90%。',
      [['county_visit_rate', 'ge', 90, 2030]],
      2030,
    ],
  ] as const)('%s', (body, want, carry) => expect(brief(body, carry)).toEqual(want));

  it('yulin: a condition (总体转出率＞20%的) holds to its closing bracket and names the subject', () => {
    const { mentions } = read(
      '近三年疾病转出率明显下降（总体转出率＞20%的，每年要降低5%。总体转出率＞10%的，每年要降低3%），最终实现下级医院县域外转出率达到10%左右。',
    );
    expect(mentions.map((d) => [d.indicator_zh, d.comparator, d.value, d.frequency, d.condition])).toEqual([
      ['总体转出率', 'decrease', 5, 'per_year', '总体转出率＞20%的'],
      ['总体转出率', 'decrease', 3, 'per_year', '总体转出率＞10%的'],
      ['下级医院县域外转出率', 'approx', 10, '', ''],
    ]);
  });

  it('a change keeps its base year and frequency; 力争 marks an aspiration', () => {
    const { mentions } = read('力争住院人次较2022年年增长20%，县级医院门诊次均费用较2022年增长不超过5%。');
    expect(mentions.map((d) => [d.comparator, d.value, d.base_year, d.frequency, d.aspirational])).toEqual([
      ['increase', 20, 2022, 'per_year', true],
      ['le', 5, 2022, '', true],
    ]);
  });

  it('a lead-in gives its year to the paragraphs after it, and finds nothing itself', () => {
    expect(read('到2030年，力争实现以下目标：')).toMatchObject({ found: 0, openYear: 2030, mentions: [] });
  });
});

/** Every mention of a whole plan (title, then one part), as [indicator, comparator, value, unit, year]. */
function plan(title: string, ...parts: string[]) {
  const doc = planFromText([title, '', ...parts.flatMap((p) => [p, ''])].join('\n'));
  const r = extractTargets(doc, vocab);
  for (const m of r.mentions) expect(doc.clean.raw.slice(m.start, m.end)).toBe(m.quote);
  return r;
}
const rows = (r: ReturnType<typeof plan>) =>
  r.mentions.map((m) => [m.indicator_id || m.indicator_zh, m.comparator, m.value, m.unit, m.target_year]);

describe('years from the plan (issue 14 §5)', () => {
  it('an annual plan: the title year governs targets with no year of their own, 年内 and 年底前 included', () => {
    const r = plan(
      '某省2023年卫生健康工作要点',
      '一、重点工作',
      '推进医共体建设。一是年内县域内就诊率稳定在90%以上。二是年底前实现家庭医生签约服务全覆盖。三是重点人群签约服务覆盖率较上年提高3个百分点。',
    );
    expect(rows(r)).toEqual([
      ['county_visit_rate', 'ge', 90, 'percent', 2023],
      ['family_doctor_signing_rate', 'eq', 100, 'percent', 2023],
      ['family_doctor_signing_rate', 'increase', 3, 'percentage_points', 2023],
    ]);
    expect(r.mentions.map((m) => [m.implied, m.base_year, m.population])).toEqual([
      [false, null, ''],
      [true, null, ''],
      [false, 2022, '重点人群'],
    ]);
  });

  it('past figures of an annual plan (a year before it, 已, 累计) are reported, not kept', () => {
    const r = plan(
      '某省2023年卫生健康工作要点',
      '一、基本情况',
      '2022年，全省县域内就诊率达到89.2%，已建成紧密型县域医共体98个，累计培训乡村医生2.3万人次。',
      '二、工作目标',
      '县域内就诊率达到90%。',
    );
    expect(rows(r)).toEqual([['county_visit_rate', 'ge', 90, 'percent', 2023]]);
    expect(r.skipped.map((s) => s.quote)).toEqual(expect.arrayContaining(['89.2%', '98个', '2.3万人次']));
  });

  it('a 十四五 plan: its 发展基础 part is past; “十四五”末 and 展望2035年 are deadlines; 从…起 is a start', () => {
    const r = plan(
      '某区“十四五”卫生健康事业发展规划',
      '一、发展基础',
      '2020年，全区人均预期寿命达到79.6岁，每千常住人口执业（助理）医师数达到2.9人。',
      '二、发展目标',
      '到“十四五”末，每千常住人口执业（助理）医师数达到3.4人。展望2035年，人均预期寿命达到81岁以上。',
      '三、保障措施',
      '从2023年起，每年新增全科医生不少于60名。',
    );
    expect(rows(r)).toEqual([
      ['physicians_per_1000', 'ge', 3.4, 'per_1000', 2025],
      ['life_expectancy', 'ge', 81, 'age_years', 2035],
      ['新增全科医生', 'ge', 60, 'persons', null],
    ]);
    expect(r.mentions[2]).toMatchObject({ start_year: 2023, frequency: 'per_year' });
  });
});

describe('starting values and table years', () => {
  it('由2020年的72%提高到2025年的80%: the starting value is no target and no part of the name', () => {
    const r = plan(
      '某县卫生健康事业发展规划（2021—2025年）',
      '一、目标',
      '县域内住院人次占比由2020年的72%提高到2025年的80%以上，乡镇卫生院门诊量占比由2020年的40%提高到50%。',
    );
    expect(r.mentions.map((m) => [m.indicator_zh, m.comparator, m.value, m.target_year, m.base_year])).toEqual([
      ['县域内住院人次占比', 'ge', 80, 2025, 2020],
      ['乡镇卫生院门诊量占比', 'ge', 50, 2025, 2020],
    ]);
  });

  it('a table with one target column takes the year of the lead-in above it', () => {
    const r = plan(
      '某县方案',
      '一、主要指标',
      '到2026年，主要指标如下：',
      '指标\t单位\t目标值',
      '县域内就诊率\t%\t≥90',
    );
    expect(rows(r)).toEqual([['county_visit_rate', 'ge', 90, 'percent', 2026]]);
  });
});

describe('scope, condition and frequency (issue 14 §7)', () => {
  it('a per-hospital count gets no plan-wide indicator; its scope is kept', () => {
    const r = plan('某县方案', '一、目标', '每个乡镇卫生院至少配备2名全科医生，每万人口全科医生数达到4名。');
    expect(r.mentions.map((m) => [m.indicator_id, m.unit, m.scope])).toEqual([
      ['', 'persons', '每个乡镇卫生院'],
      ['gp_per_10000', 'per_10000', ''],
    ]);
  });

  it('scope and population are quoted as the raw text writes them (full-width brackets and tildes kept)', () => {
    const r = plan(
      '某市方案',
      '一、目标',
      '各县（区）财政补助收入占公立医院总支出的比重不低于25%。',
      '０～６岁儿童健康管理率达到90%以上。',
    );
    expect(r.mentions.map((m) => [m.value, m.scope, m.population])).toEqual([
      [25, '各县（区）', ''],
      [90, '', '０～６岁儿童'],
    ]);
  });

  it('条件成熟的… holds for its sentence; 每年 opening a sentence covers the clauses that open with a verb', () => {
    const r = plan(
      '某州方案',
      '一、目标',
      '条件成熟的县（市）可推进乡村一体化管理，一体化管理率达到90%。',
      '每年为乡镇卫生院定向培养医学生80名，培训在岗全科医生200人次，每人培训时间不少于1个月。',
    );
    expect(r.mentions.map((m) => [m.value, m.condition, m.frequency])).toEqual([
      [90, '条件成熟的县（市）', ''],
      [80, '', 'per_year'],
      [200, '', 'per_year'],
      [1, '', ''],
    ]);
  });
});
