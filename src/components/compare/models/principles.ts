// The principles chart: a matrix of the principles (坚持…) each plan states, with their rank in the plan's list.
import { matrixChart, type MatrixCell } from '../../charts/matrix.ts';
import { paramCondition } from '../query/params.ts';
import { STR } from '../strings.ts';
import { moreNote, noneNote, summaryOver, summaryTotal } from './summary.ts';
import {
  countIn,
  distinct,
  docIdsOf,
  NARROW,
  PLACE_COLUMNS,
  placeOf,
  placeParam,
  withoutNote,
  quoteHref,
  str,
  type ChartSpec,
  type DataRow,
} from './shared.ts';

const SQL = `-- The principles (坚持…) each plan states, one row per statement, with its rank in the plan's own list.
-- Principles shared by more plans come first. Filter: SET VARIABLE place = ['guyuan', 'jieshou'] (unset = all).
WITH shared AS (
  SELECT coalesce(nullif(principle_id, ''), principle_zh) AS principle_key, count(DISTINCT doc_id) AS plans
  FROM principles GROUP BY ALL
)
SELECT p.principle_row_id, p.doc_id, d.place_en, d.place_zh,
       s.principle_key, p.name_en, p.principle_zh, p.ordinal, s.plans, p.quote
FROM principles AS p
JOIN documents AS d USING (doc_id)
JOIN shared AS s ON s.principle_key = coalesce(nullif(p.principle_id, ''), p.principle_zh)
LEFT JOIN vocab_principles AS v USING (principle_id)
WHERE ${paramCondition('place', 'p.doc_id')}
ORDER BY s.plans DESC, v.ordinal NULLS LAST, s.principle_key, p.doc_id, p.principle_row_id`;

const SUMMARY_SQL = `-- Every plan at once: how many plans state each principle (the 20 most shared), how many plans state any,
-- how many plans there are and how many principles in all. A principle of the vocabulary is named as the vocabulary
-- names it (plans word one principle in different ways), any other by its wording. No variables: the same rows
-- whatever is selected.
WITH keyed AS (
  SELECT doc_id, principle_id, name_en, principle_zh,
         coalesce(nullif(principle_id, ''), principle_zh) AS principle_key
  FROM principles
)
SELECT k.principle_key, max(k.name_en) AS name_en, coalesce(min(v.name_zh), min(k.principle_zh)) AS principle_zh,
       count(DISTINCT k.doc_id) AS plans,
       (SELECT count(DISTINCT doc_id) FROM principles) AS plans_stating,
       (SELECT count(DISTINCT principle_key) FROM keyed) AS principles_total,
       (SELECT count(*) FROM documents) AS plans_total
FROM keyed AS k
LEFT JOIN vocab_principles AS v USING (principle_id)
GROUP BY k.principle_key
ORDER BY plans DESC, min(v.ordinal) NULLS LAST, k.principle_key
LIMIT 20`;

const label = (r: DataRow, en: boolean) => (en ? str(r['name_en']) : '') || str(r['principle_zh']);

export const principlesSpec: ChartSpec = {
  id: 'principles',
  page: '/compare/principles/',
  sql: SQL,
  summarySql: SUMMARY_SQL,
  summaryTable: (lang) => [
    { column: lang === 'en' ? 'name_en' : 'principle_zh', label: lang === 'en' ? 'Principle' : '原则' },
    { column: 'plans', label: lang === 'en' ? 'Plans stating it' : '写明该原则的方案数', numeric: true },
  ],
  columns: [
    ...PLACE_COLUMNS,
    { name: 'principle_key', kind: 'text', use: { en: 'one row per principle', zh: '每条原则一行' } },
    { name: 'name_en', kind: 'text', use: { en: 'row label (English)', zh: '行标签（英文页）' } },
    { name: 'principle_zh', kind: 'text', use: { en: 'row label (Chinese)', zh: '行标签（中文页）' } },
    {
      name: 'ordinal',
      kind: 'integer',
      nullable: true,
      optional: true,
      use: { en: 'number in the dot', zh: '圆点中的数字' },
    },
    { name: 'principle_row_id', kind: 'text', optional: true, use: { en: 'link to the quote', zh: '原文链接' } },
    { name: 'quote', kind: 'text', optional: true, use: { en: 'tooltip', zh: '提示文字' } },
  ],
  params: [placeParam],
  describe(rows, ctx) {
    const en = ctx.lang === 'en';
    const keys = distinct(rows.map((r) => str(r['principle_key'])));
    const shared = keys.filter(
      (k) => new Set(rows.filter((r) => r['principle_key'] === k).map((r) => r['doc_id'])).size > 1,
    );
    const labelOf = (k: string) =>
      label(
        rows.find((r) => r['principle_key'] === k)!,
        en,
      );
    const places = docIdsOf(rows);
    return {
      title: en ? 'Principles each plan commits to' : '各方案坚持的原则',
      subtitle: en
        ? 'A dot where a plan states the principle (坚持…); the number is its rank in the plan’s own list.'
        : '圆点表示方案写明了该原则（坚持……），数字为它在方案中的排序。',
      notes: [
        { text: en ? 'Rows are sorted by how many plans share the principle.' : '按采用该原则的方案数排序。' },
        ...noneNote(ctx, summaryTotal(ctx, 'plans_stating'), {
          en: (n, total) => `${n} of ${total} plans state no principle in the form 坚持….`,
          zh: (n, total) => `${total} 份方案中有 ${n} 份未见“坚持……”式原则。`,
        }),
        ...moreNote(ctx, ctx.summary.length, summaryTotal(ctx, 'principles_total'), {
          en: (n) => `The summary shows the principles most plans share; ${n} more are stated by fewer plans.`,
          zh: (n) => `汇总只列出采用方案最多的原则，另有 ${n} 条原则采用的方案较少。`,
        }),
        ...withoutNote(rows, ctx, (list) =>
          en ? `No principles written as 坚持… were found in: ${list}.` : `以下方案未见“坚持……”式原则：${list}。`,
        ),
      ],
      summary: en
        ? `Of all ${ctx.total} plans, ${summaryTotal(ctx, 'plans_stating')} state principles; most shared: ${ctx.summary
            .slice(0, 5)
            .map((r) => `${label(r, true)} (${countIn(r, 'plans')})`)
            .join(
              ', ',
            )}. Selected places: ${rows.length} principle statements in ${places.length} plans, ${keys.length} distinct principles. Shared by more than one plan: ${shared.map(labelOf).join(', ') || 'none'}.`
        : `全部 ${ctx.total} 份方案中有 ${summaryTotal(ctx, 'plans_stating')} 份写明原则，最常见的：${ctx.summary
            .slice(0, 5)
            .map((r) => `${label(r, false)}（${countIn(r, 'plans')}）`)
            .join(
              '、',
            )}。所选地区：${places.length} 份方案共写明 ${rows.length} 条原则，合计 ${keys.length} 种。多份方案共有的：${shared.map(labelOf).join('、') || '无'}。`,
    };
  },
  draw(rows, ctx, layout) {
    const { lang } = ctx;
    const en = lang === 'en';
    const narrow = layout.width <= NARROW;
    const cells: MatrixCell[] = rows.map((r) => {
      const doc = str(r['doc_id']);
      const rank = r['ordinal'] === null || r['ordinal'] === undefined ? '' : str(r['ordinal']);
      return {
        item: str(r['principle_key']),
        itemLabel: label(r, en),
        place: doc,
        style: 'solid',
        text: rank,
        title: `${placeOf(r, lang)} · ${str(r['principle_zh'])}${rank ? ` (${en ? 'No. ' : '第'}${rank}${en ? '' : '条'})` : ''}${r['quote'] ? `: ${str(r['quote'])}` : ''}`,
        href: quoteHref(lang, 'principles', doc, str(r['principle_row_id'])),
      };
    });
    const places = docIdsOf(rows).map((id) => ({
      id,
      label: placeOf(
        rows.find((r) => r['doc_id'] === id)!,
        lang,
      ),
    }));
    const labelWidth = narrow ? (en ? 170 : 120) : en ? 250 : 160;
    const detail = cells.length
      ? matrixChart(cells, { document: layout.document, places, width: layout.width, labelWidth })
      : null;
    return summaryOver(
      rows,
      ctx,
      layout,
      {
        key: 'principle_key',
        label: (r) => label(r, en),
        count: 'plans',
        href: (r) => quoteHref(lang, 'principles', str(r['doc_id']), str(r['principle_row_id'])),
        what: { en: 'Plans stating each principle', zh: '写明各原则的方案数' },
        labelWidth,
      },
      detail,
    );
  },
  table: (lang) => {
    const en = lang === 'en';
    return [
      { column: en ? 'place_en' : 'place_zh', label: STR[lang].place },
      { column: en ? 'name_en' : 'principle_zh', label: en ? 'Principle' : '原则' },
      { column: 'ordinal', label: en ? 'Rank' : '排序', numeric: true },
      { column: 'quote', label: STR[lang].inText },
    ];
  },
  rowHref: (r, lang) => quoteHref(lang, 'principles', str(r['doc_id']), str(r['principle_row_id'])),
  cell: (r, column, lang) =>
    column === 'name_en'
      ? label(r, lang === 'en')
      : r[column] === null || r[column] === undefined
        ? '—'
        : String(r[column]),
};
