// The targets chart in words: title, subtitle, notes (what is drawn, conflicts, changes), the text alternative
// and the national goals' documents for the source line.
import { countIn, distinct, docIdsOf, num, placeOf, str, type ChartContext, type DataRow } from './shared.ts';
import { moreNote, noneNote } from './summary.ts';
import { formatFor, goalSources, goalText, indicatorLabel, inWords, statement, yearWord } from './targets-words.ts';

export function describeTargets(rows: DataRow[], ctx: ChartContext) {
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
