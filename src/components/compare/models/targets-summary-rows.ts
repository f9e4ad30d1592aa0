// The targets chart's summary drawing: every plan's level targets on an indicator as a spread, with the selected
// places' targets on the same indicator and unit as dots over it.
import type { SpreadRow } from '../../charts/targets-spread.ts';
import { unitLabel } from '../strings.ts';
import { countIn, num, placeOf, plansWord, quoteHref, str, type ChartContext, type DataRow } from './shared.ts';
import { formatFor, indicatorLabel, statement } from './targets-words.ts';

/** An indicator and its unit: what one row of the summary spreads (the chart's rows match it by the same key). */
const spreadKey = (r: DataRow): string => `${str(r['indicator_id']) || str(r['indicator_zh'])}|${str(r['unit'])}`;

/** The summary's rows as spreads, each with the selected places' level targets on the same indicator and unit. */
export function spreadRows(rows: DataRow[], ctx: ChartContext): SpreadRow[] {
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
