// The targets chart: every quantified target by indicator, place and year, levels apart from changes, against the
// national goals. Its spec: queries (targets-sql.ts), columns, filters, words (targets-describe.ts), the drawing
// (the summary's spreads over the selected places' marks) and the table.
import { stackSvgs } from '../../charts/svg-build.ts';
import { targetsDot } from '../../charts/targets-dot.ts';
import { targetsSpread } from '../../charts/targets-spread.ts';
import { GROUP_LABELS, STR, unitLabel } from '../strings.ts';
import { NARROW, num, PLACE_COLUMNS, placeParam, quoteHref, str, summaryHeading, type ChartSpec } from './shared.ts';
import { describeTargets } from './targets-describe.ts';
import { marksOf } from './targets-marks.ts';
import { TARGETS_SQL, TARGETS_SUMMARY_SQL } from './targets-sql.ts';
import { spreadRows } from './targets-summary-rows.ts';
import { formatFor, goalText, indicatorLabel, statement, yearWord } from './targets-words.ts';

export const targetsSpec: ChartSpec = {
  id: 'targets',
  page: '/compare/targets/',
  sql: TARGETS_SQL,
  summarySql: TARGETS_SUMMARY_SQL,
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
  describe: describeTargets,
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
