// The targets chart: every quantified target by indicator, place and year, levels apart from changes, against the
// national goals. A query (below) and a drawing of its rows.
import type { Lang } from '../../../i18n/ui.ts';
import { NATIONAL_DOCUMENTS } from '../../about/national-documents.ts';
import { stackSvgs } from '../../charts/svg-build.ts';
import { formatTarget, targetsDot, type TargetMark, type TargetStatement } from '../../charts/targets-dot.ts';
import { targetsSpread, type SpreadRow } from '../../charts/targets-spread.ts';
import { paramCondition } from '../query/params.ts';
import { FREQUENCY_LABELS, GROUP_LABELS, STR, unitLabel, WHERE_LABELS } from '../strings.ts';
import { moreNote, noneNote } from './summary.ts';
import {
  countIn,
  distinct,
  docIdsOf,
  NARROW,
  num,
  PLACE_COLUMNS,
  placeOf,
  placeParam,
  plansWord,
  quoteHref,
  str,
  summaryHeading,
  type ChartContext,
  type ChartSpec,
  type DataRow,
} from './shared.ts';

const SQL = `-- Every quantified target, one row per target: its place, its indicator (with the national goal, if any),
-- and whether it is a level (at least 90%) or a change (down 5% per year).
-- Filters are variables, unset = all: SET VARIABLE place = ['jieshou']; also "group" and indicator.
WITH group_order AS (
  -- Groups in the order of the vocabulary (fixed: a filter must not reorder what stays).
  SELECT "group", min(ordinal) AS group_ordinal FROM vocab_indicators GROUP BY ALL
),
other AS (
  -- A target whose statements disagree: the first statement that says something else.
  SELECT t.target_id,
         arg_min(m.comparator, m.mention_id) AS other_comparator,
         arg_min(m.value, m.mention_id) AS other_value,
         arg_min(m.value_max, m.mention_id) AS other_value_max,
         arg_min(m.source_kind, m.mention_id) AS other_source_kind,
         min(m.mention_id) AS other_mention_id
  FROM targets AS t
  JOIN target_mentions AS m USING (target_id)
  WHERE t.conflict <> ''
    AND (m.comparator <> t.comparator OR m.value <> t.value OR m.value_max IS DISTINCT FROM t.value_max)
  GROUP BY t.target_id
)
SELECT t.target_id, t.doc_id, d.place_en, d.place_zh,
       t.indicator_id,
       coalesce(v.name_en, t.indicator_en) AS indicator_en,
       coalesce(v.name_zh, t.indicator_zh) AS indicator_zh,
       coalesce(v."group", '') AS indicator_group,
       CASE WHEN t.comparator IN ('increase', 'decrease') THEN 'change' ELSE 'level' END AS measure,
       t.comparator, t.value, t.value_max, t.unit, t.frequency, t.target_year,
       v.national_goal_value AS goal_value, v.national_goal_year AS goal_year,
       v.national_goal_source AS goal_source,
       o.other_comparator, o.other_value, o.other_value_max, o.other_source_kind, o.other_mention_id,
       t.source_kind, t.quote
FROM targets AS t
JOIN documents AS d USING (doc_id)
LEFT JOIN vocab_indicators AS v USING (indicator_id)
LEFT JOIN other AS o USING (target_id)
LEFT JOIN group_order AS g ON g."group" = v."group"
WHERE ${paramCondition('place', 't.doc_id')}
  AND ${paramCondition('group', `coalesce(v."group", '')`)}
  AND ${paramCondition('indicator', 't.indicator_id')}
-- Indicators in the vocabulary's order (its groups first), wordings not in it last; then place and year.
ORDER BY g.group_ordinal NULLS LAST, v.ordinal NULLS LAST, indicator_zh,
         t.doc_id, t.target_year NULLS LAST, t.target_id`;

const SUMMARY_SQL = `-- Every plan at once, per indicator and unit, for levels (at least, at most, about, a range; not changes): the
-- 24 indicators most plans set a level for, in the vocabulary's order; for each, how many plans, the spread of the
-- values (least, quartiles, median, greatest) and of the years, and the national goal. Also how many plans set any
-- target, how many indicators there are and how many plans. No variables: the same rows whatever is selected.
WITH group_order AS (
  SELECT "group", min(ordinal) AS group_ordinal FROM vocab_indicators GROUP BY ALL
),
levels AS (
  SELECT t.doc_id, t.indicator_id, coalesce(v.name_en, t.indicator_en) AS indicator_en,
         coalesce(v.name_zh, t.indicator_zh) AS indicator_zh, coalesce(v."group", '') AS indicator_group,
         t.unit, t.value, coalesce(t.value_max, t.value) AS top, t.target_year,
         v.national_goal_value, v.national_goal_year, v.national_goal_source, v.ordinal, g.group_ordinal
  FROM targets AS t
  LEFT JOIN vocab_indicators AS v USING (indicator_id)
  LEFT JOIN group_order AS g ON g."group" = v."group"
  WHERE t.comparator NOT IN ('increase', 'decrease')
),
spread AS (
  SELECT indicator_id, indicator_zh, unit, max(indicator_en) AS indicator_en, max(indicator_group) AS indicator_group,
         count(DISTINCT doc_id) AS plans, count(*) AS targets,
         min(value) AS value_min, quantile_cont(value, 0.25) AS value_q1, median(value) AS value_median,
         quantile_cont(value, 0.75) AS value_q3, max(top) AS value_max,
         min(target_year) AS year_min, max(target_year) AS year_max,
         any_value(national_goal_value) AS goal_value, any_value(national_goal_year) AS goal_year,
         any_value(national_goal_source) AS goal_source,
         min(group_ordinal) AS group_ordinal, min(ordinal) AS ordinal
  FROM levels
  GROUP BY indicator_id, indicator_zh, unit
  ORDER BY plans DESC, group_ordinal NULLS LAST, ordinal NULLS LAST, indicator_zh, unit
  LIMIT 24
)
SELECT indicator_id, indicator_en, indicator_zh, indicator_group, unit, plans, targets,
       value_min, value_q1, value_median, value_q3, value_max, year_min, year_max, goal_value, goal_year, goal_source,
       (SELECT count(DISTINCT doc_id) FROM targets) AS plans_setting,
       (SELECT count(DISTINCT coalesce(nullif(indicator_id, ''), indicator_zh)) FROM targets) AS indicators_total,
       (SELECT count(*) FROM documents) AS plans_total,
       count(*) OVER () AS rows_shown
FROM spread
ORDER BY group_ordinal NULLS LAST, ordinal NULLS LAST, indicator_zh, unit`;

/** An indicator and its unit: what one row of the summary spreads (the chart's rows match it by the same key). */
const spreadKey = (r: DataRow): string => `${str(r['indicator_id']) || str(r['indicator_zh'])}|${str(r['unit'])}`;

const statement = (r: DataRow, prefix = ''): TargetStatement => ({
  comparator: str(r[`${prefix}comparator`]),
  value: num(r[`${prefix}value`]) ?? 0,
  valueMax: num(r[`${prefix}value_max`]),
});

/** '≥90%', '−5% per year', '每年≥4' (units other than % are named in the section heading). */
function formatFor(lang: Lang) {
  return (t: TargetStatement & { unit: string; frequency: string }): string => {
    const f = FREQUENCY_LABELS[t.frequency]?.[lang];
    const v = formatTarget(t, POINTS[lang]);
    if (!f) return v;
    return lang === 'en' ? `${v} ${f}` : `${f}${v}`;
  };
}

/** Percentage points after a number: '≥10 pt' / '≥10个百分点'. */
const POINTS: Record<Lang, string> = { en: ' pt', zh: '个百分点' };

const indicatorLabel = (r: DataRow, lang: Lang) =>
  (lang === 'en' ? str(r['indicator_en']) : '') || str(r['indicator_zh']);
const yearWord = (y: number | null, lang: Lang) => (y === null ? STR[lang].noYear : String(y));

const BINDS: Record<string, Record<Lang, string>> = {
  ge: { en: 'at least ', zh: '不低于' },
  le: { en: 'at most ', zh: '不高于' },
  approx: { en: 'about ', zh: '约' },
  increase: { en: 'up ', zh: '增加' },
  decrease: { en: 'down ', zh: '减少' },
};

/** 'at least 30%', '不高于30%', 'up 10% per year' (notes in plain words). */
function inWords(t: TargetStatement & { unit: string; frequency: string }, lang: Lang): string {
  const v = formatTarget({ ...t, comparator: 'eq' }, POINTS[lang]);
  const f = FREQUENCY_LABELS[t.frequency]?.[lang];
  const unit = t.unit === 'percent' || t.unit === 'percentage_points' ? '' : ` ${unitLabel(t.unit, lang)}`;
  const said = `${BINDS[t.comparator]?.[lang] ?? ''}${v}${unit}`;
  return f ? (lang === 'en' ? `${said} ${f}` : `${f}${said}`) : said;
}

function goalText(value: number, unit: string, lang: Lang): string {
  const v = unit === 'percent' ? `${value}%` : `${value} ${unitLabel(unit, lang)}`;
  return lang === 'en' ? `national goal ${v}` : `全国目标 ${v}`;
}

/** The documents that set the goals drawn: '国卫基层函〔2019〕121号, National Health Commission …'. */
function goalSources(rows: DataRow[], lang: Lang): string {
  const numbers = distinct(rows.map((r) => str(r['goal_source'])).filter(Boolean));
  if (numbers.length === 0) return '';
  const list = numbers.map((n) => {
    const doc = NATIONAL_DOCUMENTS.find((d) => d.number === n);
    const issuer = doc ? (lang === 'en' ? (doc.issuerEn ?? doc.issuer) : doc.issuer) : '';
    return [n, issuer].filter(Boolean).join(lang === 'en' ? ', ' : '，');
  });
  return lang === 'en' ? `National goals: ${list.join('; ')}.` : `全国目标：${list.join('；')}。`;
}

function marksOf(rows: DataRow[], lang: Lang): TargetMark[] {
  return rows.map((r) => {
    const doc = str(r['doc_id']);
    const otherId = str(r['other_mention_id']);
    return {
      ...statement(r),
      id: str(r['target_id']),
      place: doc,
      placeLabel: placeOf(r, lang),
      indicator: str(r['indicator_id']) || str(r['indicator_zh']),
      indicatorLabel: indicatorLabel(r, lang),
      group: str(r['indicator_group']),
      measure: r['measure'] === 'change' ? 'change' : 'level',
      unit: str(r['unit']),
      frequency: str(r['frequency']),
      year: num(r['target_year']),
      href: quoteHref(lang, 'targets', doc, str(r['target_id'])),
      where: WHERE_LABELS[str(r['source_kind'])]?.[lang] ?? '',
      other:
        r['other_value'] === null || r['other_value'] === undefined
          ? null
          : {
              ...statement(r, 'other_'),
              where: WHERE_LABELS[str(r['other_source_kind'])]?.[lang] ?? '',
              href: quoteHref(lang, otherId ? 'target_mentions' : 'targets', doc, otherId || str(r['target_id'])),
            },
    };
  });
}

/** The summary's rows as spreads, each with the selected places' level targets on the same indicator and unit. */
function spreadRows(rows: DataRow[], ctx: ChartContext): SpreadRow[] {
  const { lang } = ctx;
  const en = lang === 'en';
  const fmt = formatFor(lang);
  const byKey = new Map<string, DataRow[]>();
  for (const r of rows) if (r['measure'] !== 'change') byKey.set(spreadKey(r), [...(byKey.get(spreadKey(r)) ?? []), r]);
  return ctx.summary.map((s) => {
    const unit = str(s['unit']);
    const n = countIn(s, 'plans');
    const [y0, y1] = [str(s['year_min']), str(s['year_max'])];
    const years = y0 === y1 ? y0 : `${y0}–${y1}`;
    const unitWord = unit === 'percent' ? '' : ` (${unitLabel(unit, lang)})`;
    const v = (c: string) => num(s[c]) ?? 0;
    return {
      key: spreadKey(s),
      label: `${indicatorLabel(s, lang)}${unitWord}`,
      unit,
      sublabel: `${en ? plansWord(n, 'en') : `${n} 份`}${years ? ` · ${years}` : ''}`,
      min: v('value_min'),
      q1: v('value_q1'),
      median: v('value_median'),
      q3: v('value_q3'),
      max: v('value_max'),
      goal: num(s['goal_value']),
      title: en
        ? `${indicatorLabel(s, lang)}: ${plansWord(n, 'en')}, lowest ${v('value_min')}, median ${v('value_median')}, highest ${v('value_max')}${num(s['goal_value']) !== null ? `; national goal ${v('goal_value')}` : ''}`
        : `${indicatorLabel(s, lang)}：${n} 份方案，最低 ${v('value_min')}，中位数 ${v('value_median')}，最高 ${v('value_max')}${num(s['goal_value']) !== null ? `；全国目标 ${v('goal_value')}` : ''}`,
      selected: (byKey.get(spreadKey(s)) ?? []).map((r) => {
        const text = fmt({ ...statement(r), unit, frequency: str(r['frequency']) });
        const year = num(r['target_year']);
        return {
          id: str(r['doc_id']),
          label: placeOf(r, lang),
          value: num(r['value']) ?? 0,
          text: year === null ? text : `${text} ${year}`,
          href: quoteHref(lang, 'targets', str(r['doc_id']), str(r['target_id'])),
          title: `${placeOf(r, lang)} · ${indicatorLabel(r, lang)}: ${text}${year === null ? '' : en ? ` by ${year}` : `（${year}年）`}`,
        };
      }),
    };
  });
}

function describe(rows: DataRow[], ctx: ChartContext) {
  const { lang } = ctx;
  const en = lang === 'en';
  const fmt = formatFor(lang);
  const goalYears = distinct(rows.map((r) => num(r['goal_year'])).filter((y) => y !== null)).join(en ? ', ' : '、');
  const changes = rows.filter((r) => r['measure'] === 'change').length;
  const conflicts = rows.filter((r) => r['other_value'] !== null && r['other_value'] !== undefined);
  const conflictWords = conflicts.map((r) => {
    const s = { ...statement(r), unit: str(r['unit']), frequency: str(r['frequency']) };
    const o = { ...statement(r, 'other_'), unit: s.unit, frequency: s.frequency };
    const where = (k: string) => (en ? (k === 'table' ? 'a table' : 'the text') : k === 'table' ? '表格' : '正文');
    return en
      ? `${placeOf(r, lang)}, ${indicatorLabel(r, lang)}, ${yearWord(num(r['target_year']), lang)}: ${where(str(r['source_kind']))} says ${inWords(s, lang)}, ${where(str(r['other_source_kind']))} says ${inWords(o, lang)}`
      : `${placeOf(r, lang)}，${indicatorLabel(r, lang)}，${yearWord(num(r['target_year']), lang)}年：${where(str(r['source_kind']))}为${inWords(s, lang)}，${where(str(r['other_source_kind']))}为${inWords(o, lang)}`;
  });
  const places = docIdsOf(rows);
  const indicators = distinct(rows.map((r) => str(r['indicator_id']) || str(r['indicator_zh'])));
  const headlines = distinct(rows.filter((r) => num(r['goal_value']) !== null).map((r) => str(r['indicator_id']))).map(
    (id) => {
      const own = rows.filter((r) => r['indicator_id'] === id && r['measure'] !== 'change');
      const list = own.map(
        (r) =>
          `${placeOf(r, lang)} ${fmt({ ...statement(r), unit: str(r['unit']), frequency: str(r['frequency']) })}${num(r['target_year']) !== null ? (en ? ` by ${str(r['target_year'])}` : `（${str(r['target_year'])}年）`) : ''}`,
      );
      const goal = goalText(num(own[0]?.['goal_value'] ?? null) ?? 0, str(own[0]?.['unit']), lang);
      return en
        ? `${indicatorLabel(own[0] ?? rows[0]!, lang)}: ${list.join(', ')} (${goal}).`
        : `${indicatorLabel(own[0] ?? rows[0]!, lang)}：${list.join('，')}（${goal}）。`;
    },
  );
  return {
    title: en ? 'Targets by indicator, place and year' : '各地目标：按指标、地区和年份',
    subtitle: en
      ? `Each dot is a target level, labelled with how it binds (≥ at least, ≤ at most, ≈ about; a bar is a range) and the year it is due. Arrows are changes (up or down by the amount shown), drawn apart from levels.${goalYears ? ` Dashed: the national goals of ${goalYears}.` : ''}`
      : `每个圆点是一项目标水平值，标签注明比较方式（≥ 不低于、≤ 不高于、≈ 左右，横条为区间）和目标年份。箭头表示增减幅度，与水平值分开绘制。${goalYears ? `虚线为${goalYears}年全国目标。` : ''}`,
    notes: [
      {
        text: en
          ? 'Top, every plan: grey line lowest to highest, box the middle half, dark tick the median, dashed the national goal; coloured dots, the selected places (in full below).'
          : '上图为全部方案：灰线从最低到最高，方框为中间一半，深色短线为中位数，虚线为全国目标；彩色圆点为所选地区（详见下图）。',
      },
      ...noneNote(ctx, countIn(ctx.summary[0], 'plans_setting'), {
        en: (n, total) => `${n} of ${total} plans set no quantified target.`,
        zh: (n, total) => `${total} 份方案中有 ${n} 份未设定量化目标。`,
      }),
      // Not while a filter keeps only part of the summary: the note is about the whole list.
      ...(ctx.summary.length === countIn(ctx.summary[0], 'rows_shown')
        ? moreNote(ctx, ctx.summary.length, countIn(ctx.summary[0], 'indicators_total'), {
            en: (n) =>
              `The summary shows the ${String(ctx.summary.length)} indicators most plans set a level for; ${String(n)} more are set by fewer plans (the selected places’ are below).`,
            zh: (n) =>
              `汇总只列出设定水平值目标的方案最多的 ${String(ctx.summary.length)} 项指标，另有 ${String(n)} 项涉及的方案较少（所选地区的见下图）。`,
          })
        : []),
      {
        text: en
          ? 'Each indicator has its own scale; percentages run from 0 to 100. Plans of different years and levels are not strictly comparable.'
          : '每项指标单独标尺，百分比为0–100。不同年份、不同层级的方案不宜直接比较。',
      },
      ...(changes
        ? [
            {
              text: en
                ? 'Changes sit on their own axis around zero, never on the axis of levels; “per year” means every year.'
                : '增减幅度单独以零为中心绘制，不与水平值共用坐标轴；“每年”指逐年。',
              rows: { column: 'measure', values: ['change'] },
            },
          ]
        : []),
      ...(conflicts.length
        ? [
            {
              text: en
                ? `Stated two ways in the same plan (pink, ⚠; the open ring is the other statement): ${conflictWords.join('; ')}. Both are drawn; neither is picked.`
                : `同一方案中表述不一致（粉色、⚠，空心圈为另一处表述）：${conflictWords.join('；')}。两者均绘出，本站不作取舍。`,
              rows: { column: 'target_id', values: conflicts.map((r) => str(r['target_id'])) },
            },
          ]
        : []),
    ],
    summary: en
      ? `Of all ${ctx.total} plans, ${countIn(ctx.summary[0], 'plans_setting')} set targets. ${ctx.summary
          .slice(0, 6)
          .map(
            (r) =>
              `${indicatorLabel(r, lang)}: ${countIn(r, 'plans')} plans, median ${str(r['value_median'])}${str(r['unit']) === 'percent' ? '%' : ''} (${str(r['value_min'])} to ${str(r['value_max'])})`,
          )
          .join(
            '; ',
          )}. Selected places: ${rows.length} targets from ${places.length} plans on ${indicators.length} indicators. ${headlines.join(' ')}`
      : `全部 ${ctx.total} 份方案中有 ${countIn(ctx.summary[0], 'plans_setting')} 份设定了目标。${ctx.summary
          .slice(0, 6)
          .map(
            (r) =>
              `${indicatorLabel(r, lang)}：${countIn(r, 'plans')} 份方案，中位数 ${str(r['value_median'])}${str(r['unit']) === 'percent' ? '%' : ''}（${str(r['value_min'])}至${str(r['value_max'])}）`,
          )
          .join(
            '；',
          )}。所选地区：${places.length} 份方案共 ${rows.length} 项目标，涉及 ${indicators.length} 项指标。${headlines.join('')}`,
    sourceExtra: {
      text: goalSources(rows, lang),
      rows: {
        column: 'indicator_id',
        values: distinct(rows.filter((r) => num(r['goal_value']) !== null).map((r) => str(r['indicator_id']))),
      },
    },
  };
}

export const targetsSpec: ChartSpec = {
  id: 'targets',
  page: '/compare/targets/',
  sql: SQL,
  summarySql: SUMMARY_SQL,
  summaryTable: (lang) => {
    const en = lang === 'en';
    return [
      { column: en ? 'indicator_en' : 'indicator_zh', label: en ? 'Indicator' : '指标' },
      { column: 'plans', label: en ? 'Plans' : '方案数', numeric: true },
      { column: '_spread', label: en ? 'Least – median – greatest' : '最低—中位—最高', numeric: true },
      { column: '_years', label: en ? 'Years' : '年份', numeric: true },
      { column: 'goal_value', label: en ? 'National goal' : '全国目标', numeric: true },
    ];
  },
  columns: [
    ...PLACE_COLUMNS,
    { name: 'indicator_id', kind: 'text', use: { en: 'one section per indicator', zh: '每项指标一节' } },
    { name: 'indicator_en', kind: 'text', use: { en: 'section heading (English)', zh: '小节标题（英文页）' } },
    { name: 'indicator_zh', kind: 'text', use: { en: 'section heading (Chinese)', zh: '小节标题（中文页）' } },
    {
      name: 'measure',
      kind: 'text',
      use: { en: "'level' (dot) or 'change' (arrow)", zh: "'level'（圆点）或 'change'（箭头）" },
    },
    {
      name: 'comparator',
      kind: 'text',
      use: {
        en: "'ge', 'le', 'eq', 'approx', 'range', 'increase' or 'decrease'",
        zh: "'ge'、'le'、'eq'、'approx'、'range'、'increase' 或 'decrease'",
      },
    },
    { name: 'value', kind: 'number', use: { en: 'position on the axis', zh: '坐标位置' } },
    {
      name: 'unit',
      kind: 'text',
      use: { en: "'percent', 'count', 'persons'…", zh: "'percent'、'count'、'persons' 等" },
    },
    { name: 'target_year', kind: 'integer', nullable: true, use: { en: 'label', zh: '标签' } },
    {
      name: 'value_max',
      kind: 'number',
      nullable: true,
      optional: true,
      use: { en: 'end of a range', zh: '区间上限' },
    },
    {
      name: 'frequency',
      kind: 'text',
      optional: true,
      use: { en: "'per_year'… in the label", zh: "标签中的“每年”等（'per_year'…）" },
    },
    { name: 'indicator_group', kind: 'text', optional: true, use: { en: 'group filter', zh: '类别筛选' } },
    { name: 'target_id', kind: 'text', optional: true, use: { en: 'link to the quote', zh: '原文链接' } },
    {
      name: 'goal_value',
      kind: 'number',
      nullable: true,
      optional: true,
      use: { en: 'dashed national goal', zh: '全国目标虚线' },
    },
    {
      name: 'other_value',
      kind: 'number',
      nullable: true,
      optional: true,
      use: { en: 'ring: a disagreeing statement', zh: '空心圈：不一致的表述' },
    },
  ],
  params: [
    {
      key: 'group',
      column: 'indicator_group',
      label: { en: STR.en.group, zh: STR.zh.group },
      optionLabel: (r, lang) => GROUP_LABELS[str(r['indicator_group'])]?.[lang] ?? str(r['indicator_group']),
      order: 'rows',
      control: 'checkboxes',
    },
    placeParam,
    {
      key: 'indicator',
      column: 'indicator_id',
      label: { en: 'Indicator', zh: '指标' },
      optionLabel: indicatorLabel,
      order: 'rows',
      control: 'select',
    },
  ],
  describe,
  draw(rows, ctx, layout) {
    const { lang } = ctx;
    const en = lang === 'en';
    const narrow = layout.width <= NARROW;
    const benchmarks: Record<string, { value: number; label: string }> = {};
    for (const r of rows) {
      const v = num(r['goal_value']);
      if (v !== null && r['measure'] !== 'change')
        benchmarks[str(r['indicator_id'])] = {
          value: v,
          label: `${goalText(v, str(r['unit']), lang)}${en ? ' (dashed)' : '（虚线）'}`,
        };
    }
    const labelWidth = narrow ? (en ? 100 : 64) : en ? 118 : 84;
    const summary = targetsSpread(
      spreadRows(rows, ctx),
      {
        document: layout.document,
        width: layout.width,
        labelWidth: labelWidth + (narrow ? 20 : 60),
        heading: summaryHeading(ctx, { en: 'Level targets by indicator', zh: '各指标的水平值目标' }),
      },
      ctx.selected,
    );
    const detail = rows.length
      ? targetsDot(marksOf(rows, lang), {
          document: layout.document,
          width: layout.width,
          labelWidth,
          benchmarks,
          unitLabel: (u) => unitLabel(u, lang),
          yearLabel: (y) => yearWord(y, lang),
          format: formatFor(lang),
          changeHeading: en ? 'Changes, not levels (arrows from zero)' : '增减幅度（非水平值，箭头自零起）',
        })
      : null;
    return stackSvgs(layout.document, [summary, detail], layout.width, 24);
  },
  table: (lang) => {
    const en = lang === 'en';
    return [
      { column: en ? 'place_en' : 'place_zh', label: STR[lang].place },
      { column: en ? 'indicator_en' : 'indicator_zh', label: en ? 'Indicator' : '指标' },
      { column: '_target', label: en ? 'Target' : '目标', numeric: true },
      { column: 'target_year', label: en ? 'Year' : '年份', numeric: true },
      { column: 'quote', label: STR[lang].inText },
    ];
  },
  rowHref: (r, lang) => quoteHref(lang, 'targets', str(r['doc_id']), str(r['target_id'])),
  cell(r, column, lang) {
    if (column === 'indicator_en') return indicatorLabel(r, lang);
    if (column === '_spread') {
      const u = str(r['unit']) === 'percent' ? '%' : ` ${unitLabel(str(r['unit']), lang)}`;
      return `${str(r['value_min'])} – ${str(r['value_median'])} – ${str(r['value_max'])}${u}`;
    }
    if (column === '_years') {
      const [a, b] = [str(r['year_min']), str(r['year_max'])];
      return a === b ? a || '—' : `${a}–${b}`;
    }
    if (column !== '_target') return r[column] === null || r[column] === undefined ? '—' : String(r[column]);
    const unit = str(r['unit']);
    const v = formatFor(lang)({ ...statement(r), unit, frequency: str(r['frequency']) });
    return unit === 'percent' || unit === 'percentage_points' || unit === '' ? v : `${v} ${unitLabel(unit, lang)}`;
  },
};
