// The timeline chart: when each plan was issued, its phases, deadlines and target years on one time axis.
import type { Lang } from '../../../i18n/ui.ts';
import { localizedPath } from '../../../i18n/ui.ts';
import { spanOf } from '../../charts/extent.ts';
import { timelineChart, type TimelineKind, type TimelineMark } from '../../charts/timeline.ts';
import { paramCondition } from '../query/params.ts';
import { STR } from '../strings.ts';
import { noneNote, summaryOver } from './summary.ts';
import {
  countIn,
  docIdsOf,
  listOrCount,
  NARROW,
  num,
  PLACE_COLUMNS,
  placeOf,
  placeParam,
  plansInScope,
  quoteHref,
  str,
  type ChartSpec,
  type DataRow,
} from './shared.ts';

const SQL = `-- When each plan was issued, its implementation phases and task deadlines (phases), and the years its
-- targets fall due (one row per plan and year). Dates are months 'YYYY-MM' or whole years 'YYYY'.
-- Filter: SET VARIABLE place = ['jieshou'] (unset = all).
WITH dates AS (
  SELECT doc_id, 'issued' AS kind, substr(issue_date, 1, 7) AS date_from, substr(issue_date, 1, 7) AS date_to,
         coalesce(title_zh, '') AS name_zh, CAST(NULL AS BIGINT) AS target_count, doc_id AS source_id,
         coalesce(doc_number, title_zh, '') AS quote
  FROM documents WHERE issue_date IS NOT NULL
  UNION ALL
  SELECT doc_id, kind, coalesce(start_ym, end_ym), end_ym, name_zh, NULL, phase_id, quote FROM phases
  UNION ALL
  SELECT doc_id, 'target', CAST(target_year AS VARCHAR), CAST(target_year AS VARCHAR), '', count(*),
         min(target_id), arg_min(quote, target_id)
  FROM targets WHERE target_year IS NOT NULL GROUP BY doc_id, target_year
)
SELECT x.doc_id, d.place_en, d.place_zh, x.kind, x.date_from, x.date_to, x.name_zh, x.target_count,
       x.source_id, x.quote
FROM dates AS x JOIN documents AS d USING (doc_id)
WHERE ${paramCondition('place', 'x.doc_id')}
ORDER BY x.doc_id, list_position(['issued', 'phase', 'milestone', 'target'], x.kind), x.date_to, x.source_id`;

const SUMMARY_SQL = `-- Every plan at once, by year: how many plans have a date in it (issued, a phase, a deadline, targets due), how
-- many were issued in it and how many have targets due in it; how many plans there are and how many state an issue
-- date. No variables.
WITH dates AS (
  SELECT doc_id, 'issued' AS kind, try_cast(substr(issue_date, 1, 4) AS INTEGER) AS y FROM documents
  UNION ALL
  SELECT doc_id, kind, try_cast(substr(coalesce(start_ym, end_ym), 1, 4) AS INTEGER) FROM phases
  UNION ALL
  SELECT doc_id, kind, try_cast(substr(end_ym, 1, 4) AS INTEGER) FROM phases
  UNION ALL
  SELECT doc_id, 'target', target_year FROM targets
)
SELECT CAST(y AS VARCHAR) AS year,
       count(DISTINCT doc_id) AS plans_dated,
       count(DISTINCT doc_id) FILTER (WHERE kind = 'issued') AS plans_issued,
       count(DISTINCT doc_id) FILTER (WHERE kind = 'target') AS plans_due,
       (SELECT count(*) FROM documents WHERE issue_date IS NOT NULL) AS plans_with_date,
       (SELECT count(*) FROM documents) AS plans_total
FROM dates
WHERE y BETWEEN 1990 AND 2100
GROUP BY y
ORDER BY y
LIMIT 40`;

/** The years a row of the chart covers ('2020-12' to '2022' → 2020, 2021, 2022). */
function yearsOf(r: DataRow): string[] {
  const from = Number(str(r['date_from']).slice(0, 4));
  const to = Number(str(r['date_to']).slice(0, 4));
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > 50) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

const KIND_LABELS: Record<Lang, Record<TimelineKind, string>> = {
  en: { issued: 'plan issued', phase: 'phase', milestone: 'deadline', target: 'year targets fall due' },
  zh: { issued: '印发', phase: '实施阶段', milestone: '完成时限', target: '目标到期年份' },
};

const kindOf = (r: DataRow): TimelineKind => {
  const k = str(r['kind']);
  return k === 'issued' || k === 'phase' || k === 'target' ? k : 'milestone';
};

function hrefOf(r: DataRow, lang: Lang): string {
  const doc = str(r['doc_id']);
  if (r['kind'] === 'issued') return localizedPath(`/plans/${encodeURIComponent(doc)}/`, lang);
  return quoteHref(lang, r['kind'] === 'target' ? 'targets' : 'phases', doc, str(r['source_id']));
}

/** '2021-03', '2020-12 – 2021-11', '2021' / '2021年3月'. */
function when(r: DataRow, lang: Lang): string {
  const one = (d: string) => {
    if (lang === 'en') return d;
    const [y, m] = d.split('-');
    return m ? `${y}年${Number(m)}月` : `${y}年`;
  };
  const from = str(r['date_from']);
  const to = str(r['date_to']);
  return from === to ? one(to) : `${one(from)} – ${one(to)}`;
}

function titleOf(r: DataRow, lang: Lang): string {
  const kind = kindOf(r);
  if (kind === 'target') {
    const n = num(r['target_count']) ?? 0;
    return lang === 'en'
      ? `${n} target${n === 1 ? '' : 's'} due in ${str(r['date_to'])}`
      : `${str(r['date_to'])}年到期目标 ${n} 项`;
  }
  return `${KIND_LABELS[lang][kind]} ${when(r, lang)}: ${str(r['name_zh'])}`;
}

export const timelineSpec: ChartSpec = {
  id: 'timeline',
  page: '/compare/timeline/',
  sql: SQL,
  summarySql: SUMMARY_SQL,
  summaryTable: (lang) => [
    { column: 'year', label: lang === 'en' ? 'Year' : '年份', numeric: true },
    { column: 'plans_dated', label: lang === 'en' ? 'Plans with a date in it' : '涉及该年的方案数', numeric: true },
    { column: 'plans_issued', label: lang === 'en' ? 'Issued' : '印发', numeric: true },
    { column: 'plans_due', label: lang === 'en' ? 'Targets due' : '目标到期', numeric: true },
  ],
  columns: [
    ...PLACE_COLUMNS,
    {
      name: 'kind',
      kind: 'text',
      use: {
        en: "'issued', 'phase', 'milestone' or 'target': lane",
        zh: "'issued'、'phase'、'milestone' 或 'target'：泳道",
      },
    },
    { name: 'date_from', kind: 'text', use: { en: "'YYYY-MM' or 'YYYY'", zh: "'YYYY-MM' 或 'YYYY'" } },
    { name: 'date_to', kind: 'text', use: { en: "'YYYY-MM' or 'YYYY'", zh: "'YYYY-MM' 或 'YYYY'" } },
    { name: 'name_zh', kind: 'text', optional: true, use: { en: 'tooltip', zh: '提示文字' } },
    { name: 'target_count', kind: 'integer', nullable: true, optional: true, use: { en: 'tooltip', zh: '提示文字' } },
    { name: 'source_id', kind: 'text', optional: true, use: { en: 'link to the quote', zh: '原文链接' } },
  ],
  params: [placeParam],
  describe(rows, ctx) {
    const { lang } = ctx;
    const en = lang === 'en';
    const marks = rows.filter((r) => /^\d{4}(-\d{2})?$/.test(str(r['date_to'])));
    const years = marks.flatMap((r) => [
      Number(str(r['date_from']).slice(0, 4)),
      Number(str(r['date_to']).slice(0, 4)),
    ]);
    const [from, to] = spanOf(years);
    const count = (k: string) => rows.filter((r) => r['kind'] === k).length;
    const places = docIdsOf(rows);
    const undated = plansInScope(ctx).filter((p) => !rows.some((r) => r['doc_id'] === p.id && r['kind'] === 'issued'));
    return {
      title: en
        ? `Phases, deadlines and target years${marks.length ? `, ${from}–${to}` : ''}`
        : `实施阶段、完成时限与目标年份${marks.length ? `（${from}–${to}）` : ''}`,
      subtitle: en
        ? 'When each plan was issued, its implementation phases, the deadlines it sets for single tasks, and the years its targets fall due.'
        : '各方案的印发时间、实施阶段、单项任务完成时限及目标到期年份。',
      notes: [
        {
          text: en
            ? 'A deadline written as “by the end of a month” is drawn in that month; a target year is drawn across its whole year, under the year’s label.'
            : '“某月底前”的时限画在该月；目标年份画在整年范围内，正对年份标注。',
        },
        {
          text: en
            ? 'Summary bars: plans with a date in the year (issued, a phase, a deadline or targets due); the dark part, the plans issued that year.'
            : '汇总横条：当年有时间点（印发、实施阶段、完成时限或目标到期）的方案数；深色部分为当年印发的方案。',
        },
        ...noneNote(ctx, countIn(ctx.summary[0], 'plans_with_date'), {
          en: (n, total) => `${n} of ${total} plans state no issue date.`,
          zh: (n, total) => `${total} 份方案中有 ${n} 份未载明印发日期。`,
        }),
        ...(undated.length
          ? [
              {
                text: en
                  ? `No issue date in the text: ${listOrCount(
                      undated.map((p) => p.label),
                      ctx.total,
                      lang,
                    )}.`
                  : `原文未载明印发日期：${listOrCount(
                      undated.map((p) => p.label),
                      ctx.total,
                      lang,
                    )}。`,
                places: undated.map((p) => p.id),
              },
            ]
          : []),
      ],
      summary: en
        ? `Of all ${ctx.total} plans, by year issued: ${ctx.summary
            .filter((r) => countIn(r, 'plans_issued') > 0)
            .map((r) => `${str(r['year'])}: ${countIn(r, 'plans_issued')}`)
            .join(
              ', ',
            )}. Selected places: ${rows.length} dates in ${places.length} plans: ${count('phase')} phases, ${count('milestone')} deadlines, ${count('target')} target years; from ${from} to ${to}.`
        : `全部 ${ctx.total} 份方案按印发年份：${ctx.summary
            .filter((r) => countIn(r, 'plans_issued') > 0)
            .map((r) => `${str(r['year'])}年 ${countIn(r, 'plans_issued')} 份`)
            .join(
              '，',
            )}。所选地区：${places.length} 份方案共 ${rows.length} 个时间点：实施阶段 ${count('phase')} 个，完成时限 ${count('milestone')} 个，目标年份 ${count('target')} 个；时间跨度 ${from}–${to} 年。`,
    };
  },
  draw(rows, ctx, layout) {
    const { lang } = ctx;
    const en = lang === 'en';
    const marks: TimelineMark[] = rows
      .filter((r) => /^\d{4}(-\d{2})?$/.test(str(r['date_from'])) && /^\d{4}(-\d{2})?$/.test(str(r['date_to'])))
      .map((r) => ({
        id: str(r['source_id']),
        place: str(r['doc_id']),
        placeLabel: placeOf(r, lang),
        kind: kindOf(r),
        from: str(r['date_from']),
        to: str(r['date_to']),
        title: titleOf(r, lang),
        href: hrefOf(r, lang),
      }));
    const labelWidth = layout.width <= NARROW ? (en ? 96 : 60) : en ? 118 : 84;
    const detail = marks.length
      ? timelineChart(marks, {
          document: layout.document,
          width: layout.width,
          labelWidth,
          kindLabels: KIND_LABELS[lang],
        })
      : null;
    return summaryOver(
      rows,
      ctx,
      layout,
      {
        key: 'year',
        rowKeys: yearsOf,
        label: (r) => (en ? str(r['year']) : `${str(r['year'])}年`),
        count: 'plans_dated',
        part: 'plans_issued',
        href: hrefOf,
        what: { en: 'Plans with a date in each year', zh: '各年份涉及的方案数' },
        labelWidth,
      },
      detail,
    );
  },
  table: (lang) => {
    const en = lang === 'en';
    return [
      { column: en ? 'place_en' : 'place_zh', label: STR[lang].place },
      { column: 'kind', label: en ? 'Kind' : '类型' },
      { column: 'date_from', label: en ? 'From' : '起', numeric: true },
      { column: 'date_to', label: en ? 'To / due' : '止／时限', numeric: true },
      { column: 'quote', label: STR[lang].inText },
    ];
  },
  rowHref: hrefOf,
  cell(r, column, lang) {
    if (column === 'kind') return KIND_LABELS[lang][kindOf(r)];
    return r[column] === null || r[column] === undefined ? '—' : String(r[column]);
  },
};
