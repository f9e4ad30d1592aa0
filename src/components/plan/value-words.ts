// Values of the datasets in plain words, in either language: "at least 65% by 2021" rather than `ge 65 percent`.
// Pure: the plan page's row views and notes use these; codes never reach a reader.
import type { Lang } from '../../i18n/ui.ts';

type Words = Record<string, { en: string; zh: string }>;

const UNITS: Words = {
  percent: { en: '%', zh: '%' },
  percentage_points: { en: ' percentage points', zh: ' 个百分点' },
  count: { en: '', zh: ' 个' },
  persons: { en: ' people', zh: ' 人' },
  person_times: { en: ' visits', zh: ' 人次' },
  per_mille: { en: '‰', zh: '‰' },
  per_myriad: { en: '‱', zh: '‱' },
  per_100000: { en: ' per 100,000', zh: '/10万' },
  per_1000: { en: ' per 1,000 people', zh: '（每千人口）' },
  per_10000: { en: ' per 10,000 people', zh: '（每万人口）' },
  age_years: { en: ' years of age', zh: ' 岁' },
  times: { en: ' times', zh: ' 次' },
  beds: { en: ' beds', zh: ' 张床位' },
  months: { en: ' months', zh: ' 个月' },
  weeks: { en: ' weeks', zh: ' 周' },
  years: { en: ' years', zh: ' 年' },
  days: { en: ' days', zh: ' 天' },
  hours: { en: ' hours', zh: ' 小时' },
  minutes: { en: ' minutes', zh: ' 分钟' },
  km: { en: ' km', zh: ' 公里' },
  yuan: { en: ' yuan', zh: ' 元' },
  yuan_10k: { en: ' × 10,000 yuan', zh: ' 万元' },
  yuan_100m: { en: ' × 100 million yuan', zh: ' 亿元' },
};

/** A measure word the lexicon does not know is published as written (`艘`): shown as written. */
const unitWords = (unit: string, lang: Lang): string =>
  UNITS[unit]?.[lang] ?? (/^[\u3400-\u9fff]+$/.test(unit) ? ` ${unit}` : '');

const FREQUENCY: Words = {
  per_year: { en: ' a year', zh: '（每年）' },
  per_month: { en: ' a month', zh: '（每月）' },
  per_quarter: { en: ' a quarter', zh: '（每季度）' },
  per_week: { en: ' a week', zh: '（每周）' },
};

export interface TargetValue {
  comparator: string;
  value: number;
  value_max: number | null;
  unit: string;
  frequency: string;
  target_year: number | null;
  base_year: number | null;
}

const num = (v: number, lang: Lang) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');

/** The amount with its unit: '65%', '2–3', '5 percentage points', '1:1.6' (a ratio's value is X of 1:X). */
function amount(t: Pick<TargetValue, 'value' | 'value_max' | 'unit'>, lang: Lang): string {
  const v = t.value_max !== null ? `${num(t.value, lang)}–${num(t.value_max, lang)}` : num(t.value, lang);
  if (t.unit === 'ratio') return `1:${v}`;
  return `${v}${unitWords(t.unit, lang)}`.trim();
}

/** A target in words: 'at least 65% by 2021', '不低于 65%（到 2021 年）'. */
export function targetWords(t: TargetValue, lang: Lang): string {
  const a = amount(t, lang);
  const freq = FREQUENCY[t.frequency]?.[lang] ?? '';
  if (lang === 'zh') {
    const base = t.base_year !== null ? `较 ${t.base_year} 年` : '';
    const core =
      {
        ge: `不低于 ${a}`,
        le: `不高于 ${a}`,
        eq: a,
        approx: `${a} 左右`,
        range: a,
        increase: `${base}增加 ${a}`,
        decrease: `${base}减少 ${a}`,
      }[t.comparator] ?? a;
    return `${core}${freq}${t.target_year !== null ? `（到 ${t.target_year} 年）` : ''}`;
  }
  const base = t.base_year !== null ? ` on ${t.base_year}` : '';
  const core =
    {
      ge: `at least ${a}`,
      le: `at most ${a}`,
      eq: a,
      approx: `about ${a}`,
      range: a,
      increase: `up by ${a}${base}`,
      decrease: `down by ${a}${base}`,
    }[t.comparator] ?? a;
  return `${core}${freq}${t.target_year !== null ? ` by ${t.target_year}` : ''}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2021-03' → 'Mar 2021' / '2021 年 3 月'; anything else unchanged. */
export function monthWords(ym: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m) return ym;
  return lang === 'zh' ? `${m[1]} 年 ${Number(m[2])} 月` : `${MONTHS_EN[Number(m[2]) - 1]!} ${m[1]!}`;
}

/** Words for the values of enum columns, by column name; a value without words is shown as it is. */
export const ENUM_WORDS: Record<string, Words> = {
  role: {
    lead: { en: 'leads', zh: '牵头' },
    partner: { en: 'supports', zh: '配合' },
    responsible: { en: 'responsible', zh: '负责' },
  },
  binding: {
    binding: { en: 'binding', zh: '约束性' },
    indicative: { en: 'indicative', zh: '预期性' },
  },
  stance: {
    adopt: { en: 'adopted', zh: '采用' },
    pilot: { en: 'as a pilot', zh: '试点' },
    explore: { en: 'to be explored', zh: '探索' },
  },
  context: {
    prose: { en: 'in the text', zh: '正文' },
    heading: { en: 'in a heading', zh: '标题' },
    table: { en: 'in a table', zh: '表格' },
    'committee-list': { en: 'in a committee list', zh: '委员会名单' },
  },
  source_kind: {
    text: { en: 'in the text', zh: '正文' },
    table: { en: 'in a table', zh: '表格' },
    note: { en: 'a responsibility note', zh: '责任单位注释' },
  },
  kind: {
    phase: { en: 'phase', zh: '阶段' },
    milestone: { en: 'deadline', zh: '时间节点' },
  },
  present: {
    true: { en: 'in the text', zh: '正文附有' },
    false: { en: 'missing from the source', zh: '原文缺失' },
  },
};

/** An enum value in words (the value itself when the column or value has none). */
export function enumWords(column: string, value: string, lang: Lang): string {
  return ENUM_WORDS[column]?.[value]?.[lang] ?? value;
}

/** Kinds of organisation (organisations.type_id) in Chinese; English comes with the data (type_en). */
export const ORGANISATION_TYPES_ZH: Record<string, string> = {
  cdc: '疾病预防控制中心',
  committee: '委员会、领导小组或联席会议',
  committee_office: '委员会或领导小组办公室',
  community_health_centre: '社区卫生服务中心',
  general_hospital: '综合医院',
  government: '人民政府或其办公室',
  government_department: '政府或政府部门',
  health_group: '医疗集团或医疗健康总院',
  maternal_child_health: '妇幼保健机构',
  party_organ: '党的组织',
  public_institution: '其他事业单位',
  specialist_hospital: '专科医院',
  tcm_hospital: '中医、蒙医或中西医结合医院',
  township_government: '乡镇（苏木）人民政府',
  township_health_centre: '乡镇卫生院',
};
