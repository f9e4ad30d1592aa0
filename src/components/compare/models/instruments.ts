// The instruments chart: a matrix of the reform instruments each plan adopts (filled) or only pilots or explores (open).
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
  quoteHref,
  str,
  type ChartSpec,
  type DataRow,
} from './shared.ts';

const SQL = `-- The reform instruments each plan names, one row per plan and instrument, with its stance: adopt, or only
-- pilot or explore. Instruments used by more plans come first. Filter: SET VARIABLE place = ['yulin'] (unset = all).
WITH used AS (SELECT instrument_id, count(DISTINCT doc_id) AS plans FROM instruments GROUP BY ALL)
SELECT i.instrument_row_id, i.doc_id, d.place_en, d.place_zh,
       i.instrument_id, i.name_en, i.name_zh, i.stance, i.mentions, u.plans, i.quote
FROM instruments AS i
JOIN documents AS d USING (doc_id)
JOIN used AS u USING (instrument_id)
LEFT JOIN vocab_instruments AS v USING (instrument_id)
WHERE ${paramCondition('place', 'i.doc_id')}
ORDER BY u.plans DESC, v.ordinal NULLS LAST, i.instrument_id, i.doc_id`;

const SUMMARY_SQL = `-- Every plan at once: how many plans name each instrument and how many of them adopt it (not only pilot or
-- explore it), the 20 most used; how many plans name any, and how many plans there are. No variables.
SELECT i.instrument_id, max(i.name_en) AS name_en, min(i.name_zh) AS name_zh,
       count(DISTINCT i.doc_id) AS plans,
       count(DISTINCT i.doc_id) FILTER (WHERE i.stance = 'adopt') AS plans_adopting,
       (SELECT count(DISTINCT doc_id) FROM instruments) AS plans_naming,
       (SELECT count(DISTINCT instrument_id) FROM instruments) AS instruments_total,
       (SELECT count(*) FROM documents) AS plans_total
FROM instruments AS i
LEFT JOIN vocab_instruments AS v USING (instrument_id)
GROUP BY i.instrument_id
ORDER BY plans DESC, min(v.ordinal) NULLS LAST, i.instrument_id
LIMIT 20`;

const STANCE: Record<string, { en: string; zh: string }> = {
  adopt: { en: 'adopted', zh: '推行' },
  pilot: { en: 'piloted', zh: '试点' },
  explore: { en: 'to be explored', zh: '探索' },
};

const label = (r: DataRow, en: boolean) => (en ? str(r['name_en']) : '') || str(r['name_zh']);

export const instrumentsSpec: ChartSpec = {
  id: 'instruments',
  page: '/compare/instruments/',
  sql: SQL,
  summarySql: SUMMARY_SQL,
  summaryTable: (lang) => [
    { column: lang === 'en' ? 'name_en' : 'name_zh', label: lang === 'en' ? 'Instrument' : '改革工具' },
    { column: 'plans', label: lang === 'en' ? 'Plans naming it' : '提及的方案数', numeric: true },
    { column: 'plans_adopting', label: lang === 'en' ? 'Of which adopt it' : '其中推行的', numeric: true },
  ],
  columns: [
    ...PLACE_COLUMNS,
    { name: 'instrument_id', kind: 'text', use: { en: 'one row per instrument', zh: '每项工具一行' } },
    { name: 'name_en', kind: 'text', use: { en: 'row label (English)', zh: '行标签（英文页）' } },
    { name: 'name_zh', kind: 'text', use: { en: 'row label (Chinese)', zh: '行标签（中文页）' } },
    { name: 'stance', kind: 'text', use: { en: "'adopt' filled; else open", zh: "'adopt' 实心，其余空心" } },
    { name: 'instrument_row_id', kind: 'text', optional: true, use: { en: 'link to the quote', zh: '原文链接' } },
    { name: 'quote', kind: 'text', optional: true, use: { en: 'tooltip', zh: '提示文字' } },
  ],
  params: [placeParam],
  describe(rows, ctx) {
    const { lang } = ctx;
    const en = lang === 'en';
    const places = docIdsOf(rows);
    const keys = distinct(rows.map((r) => str(r['instrument_id'])));
    const everywhere = keys.filter(
      (k) => new Set(rows.filter((r) => r['instrument_id'] === k).map((r) => r['doc_id'])).size === places.length,
    );
    const labelOf = (k: string) =>
      label(
        rows.find((r) => r['instrument_id'] === k)!,
        en,
      );
    const weak = rows.filter((r) => r['stance'] !== 'adopt').length;
    return {
      title: en ? 'Reform instruments in each plan' : '各方案采用的改革工具',
      subtitle: en
        ? 'Filled: the plan adopts the instrument; open: it only pilots or explores it. Each mark links to the clause.'
        : '实心：方案明确推行；空心：仅提出试点或探索。每个标记链接到原文条款。',
      notes: [
        {
          text: en
            ? 'Instruments are found by the wordings in the site’s list of instruments (see About); a plan may describe one in other words and not be counted.'
            : '按本站改革工具词表中的措辞识别（见“关于”页）；方案若用其他说法表述，可能未被计入。',
        },
        { text: en ? 'Rows are sorted by how many plans use the instrument.' : '按采用该工具的方案数排序。' },
        {
          text: en
            ? 'Summary bars: the dark part is the plans that adopt the instrument, the light part those that only pilot or explore it.'
            : '汇总横条：深色部分为明确推行的方案，浅色部分为仅试点或探索的方案。',
        },
        ...noneNote(ctx, summaryTotal(ctx, 'plans_naming'), {
          en: (n, total) => `${n} of ${total} plans name none of the instruments.`,
          zh: (n, total) => `${total} 份方案中有 ${n} 份未提及任何改革工具。`,
        }),
        ...moreNote(ctx, ctx.summary.length, summaryTotal(ctx, 'instruments_total'), {
          en: (n) => `The summary shows the instruments most plans name; ${n} more are named by fewer plans.`,
          zh: (n) => `汇总只列出提及方案最多的工具，另有 ${n} 项提及的方案较少。`,
        }),
      ],
      summary: en
        ? `Of all ${ctx.total} plans: ${ctx.summary
            .slice(0, 5)
            .map(
              (r) => `${label(r, true)} named by ${countIn(r, 'plans')} (adopted by ${countIn(r, 'plans_adopting')})`,
            )
            .join(
              '; ',
            )}. Selected places: ${rows.length} instrument mentions in ${places.length} plans, ${keys.length} distinct instruments; ${weak} only explored or piloted. In every plan: ${everywhere.map(labelOf).join(', ') || 'none'}.`
        : `全部 ${ctx.total} 份方案中：${ctx.summary
            .slice(0, 5)
            .map((r) => `${label(r, false)} ${countIn(r, 'plans')} 份提及（${countIn(r, 'plans_adopting')} 份推行）`)
            .join(
              '；',
            )}。所选地区：${places.length} 份方案共涉及 ${rows.length} 项改革工具（${keys.length} 种），其中 ${weak} 项仅为探索或试点。所有方案都采用的：${everywhere.map(labelOf).join('、') || '无'}。`,
    };
  },
  draw(rows, ctx, layout) {
    const { lang } = ctx;
    const en = lang === 'en';
    const narrow = layout.width <= NARROW;
    const cells: MatrixCell[] = rows.map((r) => {
      const doc = str(r['doc_id']);
      const stance = str(r['stance']);
      return {
        item: str(r['instrument_id']),
        itemLabel: label(r, en),
        place: doc,
        style: stance === 'adopt' ? 'solid' : 'open',
        title: `${placeOf(r, lang)} · ${label(r, en)} · ${STANCE[stance]?.[lang] ?? stance}${r['quote'] ? `: ${str(r['quote'])}` : ''}`,
        href: quoteHref(lang, 'instruments', doc, str(r['instrument_row_id'])),
      };
    });
    const places = docIdsOf(rows).map((id) => ({
      id,
      label: placeOf(
        rows.find((r) => r['doc_id'] === id)!,
        lang,
      ),
    }));
    const labelWidth = narrow ? (en ? 170 : 130) : en ? 260 : 200;
    const detail = cells.length
      ? matrixChart(cells, { document: layout.document, places, width: layout.width, labelWidth })
      : null;
    return summaryOver(
      rows,
      ctx,
      layout,
      {
        key: 'instrument_id',
        label: (r) => label(r, en),
        count: 'plans',
        part: 'plans_adopting',
        href: (r) => quoteHref(lang, 'instruments', str(r['doc_id']), str(r['instrument_row_id'])),
        what: { en: 'Plans naming each instrument', zh: '提及各改革工具的方案数' },
        labelWidth,
      },
      detail,
    );
  },
  table: (lang) => {
    const en = lang === 'en';
    return [
      { column: en ? 'place_en' : 'place_zh', label: STR[lang].place },
      { column: en ? 'name_en' : 'name_zh', label: en ? 'Instrument' : '改革工具' },
      { column: 'stance', label: en ? 'Stance' : '力度' },
      { column: 'quote', label: STR[lang].inText },
    ];
  },
  rowHref: (r, lang) => quoteHref(lang, 'instruments', str(r['doc_id']), str(r['instrument_row_id'])),
  cell(r, column, lang) {
    if (column === 'stance') return STANCE[str(r['stance'])]?.[lang] ?? str(r['stance']);
    if (column === 'name_en') return label(r, lang === 'en');
    return r[column] === null || r[column] === undefined ? '—' : String(r[column]);
  },
};
