// The alliances chart: who leads whom in each medical community or alliance the plans set up.
import { allianceFans, type AllianceEdge } from '../../charts/alliance-fans.ts';
import { paramCondition } from '../query/params.ts';
import { STR } from '../strings.ts';
import { noneNote, summaryOver, summaryTotal } from './summary.ts';
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

const SQL = `-- Each alliance a plan sets up, one row per lead–member link, with the kind's English name from
-- vocab_alliance_kinds and the institutions' English names from vocab_glossary (names compared with
-- full-width brackets folded, as the glossary writes them; a name it lacks has no English name: NULL).
-- Filter: SET VARIABLE place = ['yulin'] (unset = all).
SELECT a.edge_id, a.alliance_id, a.doc_id, d.place_en, d.place_zh,
       a.kind, regexp_replace(coalesce(k.name_en, a.kind), '\\s*\\(.*\\)$', '') AS kind_en, a.kind_zh,
       a.lead_zh, gl.name_en AS lead_en, a.member_zh, gm.name_en AS member_en, a.quote
FROM alliances AS a
JOIN documents AS d USING (doc_id)
LEFT JOIN vocab_alliance_kinds AS k ON k.kind_id = a.kind
LEFT JOIN vocab_glossary AS gl ON translate(gl.term_zh, '（）', '()') = translate(a.lead_zh, '（）', '()')
LEFT JOIN vocab_glossary AS gm ON translate(gm.term_zh, '（）', '()') = translate(a.member_zh, '（）', '()')
WHERE ${paramCondition('place', 'a.doc_id')}
ORDER BY a.doc_id, a.alliance_id, a.edge_id`;

const SUMMARY_SQL = `-- Every plan at once, by kind of alliance: how many plans set one up, how many alliances and lead–member links;
-- how many plans list any, and how many plans there are. No variables.
SELECT a.kind, regexp_replace(coalesce(any_value(k.name_en), a.kind), '\\s*\\(.*\\)$', '') AS kind_en,
       min(a.kind_zh) AS kind_zh,
       count(DISTINCT a.doc_id) AS plans, count(DISTINCT a.alliance_id) AS alliances, count(*) AS links,
       (SELECT count(DISTINCT doc_id) FROM alliances) AS plans_listing,
       (SELECT count(*) FROM documents) AS plans_total
FROM alliances AS a
LEFT JOIN vocab_alliance_kinds AS k ON k.kind_id = a.kind
GROUP BY a.kind
ORDER BY plans DESC, a.kind
LIMIT 20`;

/** English names of institutions come from optional columns (lead_en, member_en): the glossary's, when it has them. */
const named = (r: DataRow, column: 'lead' | 'member', en: boolean) =>
  (en ? str(r[`${column}_en`]) : '') || str(r[`${column}_zh`]);

export const alliancesSpec: ChartSpec = {
  id: 'alliances',
  page: '/compare/organisations/',
  sql: SQL,
  summarySql: SUMMARY_SQL,
  summaryTable: (lang) => [
    { column: lang === 'en' ? 'kind_en' : 'kind_zh', label: lang === 'en' ? 'Kind' : '类型' },
    { column: 'plans', label: lang === 'en' ? 'Plans' : '方案数', numeric: true },
    { column: 'alliances', label: lang === 'en' ? 'Alliances' : '联合体数', numeric: true },
    { column: 'links', label: lang === 'en' ? 'Lead–member links' : '牵头—成员关系数', numeric: true },
  ],
  columns: [
    ...PLACE_COLUMNS,
    { name: 'alliance_id', kind: 'text', use: { en: 'one fan per alliance', zh: '每个联合体一个扇形' } },
    { name: 'kind_en', kind: 'text', use: { en: 'fan label (English)', zh: '扇形标签（英文页）' } },
    { name: 'kind_zh', kind: 'text', use: { en: 'fan label (Chinese)', zh: '扇形标签（中文页）' } },
    { name: 'lead_zh', kind: 'text', use: { en: 'lead institution', zh: '牵头单位' } },
    { name: 'member_zh', kind: 'text', use: { en: 'member institution', zh: '成员单位' } },
    { name: 'edge_id', kind: 'text', optional: true, use: { en: 'link to the quote', zh: '原文链接' } },
    {
      name: 'lead_en',
      kind: 'text',
      optional: true,
      nullable: true,
      use: { en: 'lead in English', zh: '牵头单位英文名' },
    },
    {
      name: 'member_en',
      kind: 'text',
      optional: true,
      nullable: true,
      use: { en: 'member in English', zh: '成员单位英文名' },
    },
  ],
  params: [placeParam],
  describe(rows, ctx) {
    const { lang } = ctx;
    const en = lang === 'en';
    const alliances = distinct(rows.map((r) => str(r['alliance_id'])));
    const translated = rows.some((r) => str(r['lead_en']) !== '');
    return {
      title: en ? 'Alliances: who leads whom' : '医共体与医联体：牵头与成员',
      subtitle: en
        ? `Each fan is one alliance the plan sets up: its lead institution (left) and its members (right)${translated ? '' : ', named in Chinese as in the plan'}.`
        : '每个扇形是方案组建的一个医共体或医联体：左为牵头单位，右为成员单位，名称照录原文。',
      notes: [
        {
          text: en
            ? 'Members written with a shared ending (容县、博白县、陆川县人民医院: the people’s hospitals of three counties) are completed to full names; the alliances dataset keeps the wording as written.'
            : '共用后缀的成员名称（如“容县、博白县、陆川县人民医院”）已补全为全称；原写法保留在联合体数据集中。',
        },
        ...withoutNote(rows, ctx, (list) =>
          en ? `No lead–member lists in: ${list}.` : `以下方案未列出牵头与成员单位：${list}。`,
        ),
        ...noneNote(ctx, summaryTotal(ctx, 'plans_listing'), {
          en: (n, total) => `${n} of ${total} plans list no lead and members.`,
          zh: (n, total) => `${total} 份方案中有 ${n} 份未列出牵头与成员单位。`,
        }),
      ],
      summary: en
        ? `Of all ${ctx.total} plans: ${ctx.summary.map((r) => `${str(r['kind_en'])} in ${countIn(r, 'plans')}`).join('; ')}. Selected places: ${alliances.length} alliances with ${rows.length} lead–member links in ${docIdsOf(rows).length} plans.`
        : `全部 ${ctx.total} 份方案中：${ctx.summary.map((r) => `${str(r['kind_zh'])} ${countIn(r, 'plans')} 份`).join('；')}。所选地区：${docIdsOf(rows).length} 份方案共 ${alliances.length} 个联合体、${rows.length} 条牵头—成员关系。`,
    };
  },
  draw(rows, ctx, layout) {
    const { lang } = ctx;
    const en = lang === 'en';
    const edges: AllianceEdge[] = rows.map((r) => {
      const doc = str(r['doc_id']);
      const kind = (en ? str(r['kind_en']) : '') || str(r['kind_zh']);
      const [lead, member] = [named(r, 'lead', en), named(r, 'member', en)];
      const zh = `${str(r['lead_zh'])} → ${str(r['member_zh'])}`;
      // English pages: the names in English, the Chinese as written after them.
      const both = `${lead} → ${member}`;
      return {
        id: str(r['edge_id']),
        alliance: str(r['alliance_id']),
        place: doc,
        placeLabel: placeOf(r, lang),
        kindLabel: kind,
        lead,
        member,
        title: both === zh ? `${kind}: ${zh}` : `${kind}: ${both} (${zh})`,
        href: quoteHref(lang, 'alliances', doc, str(r['edge_id'])),
      };
    });
    const narrow = layout.width <= NARROW;
    const labelWidth = narrow ? (en ? 96 : 72) : en ? 150 : 110;
    const detail = edges.length
      ? allianceFans(edges, { document: layout.document, width: layout.width, labelWidth })
      : null;
    return summaryOver(
      rows,
      ctx,
      layout,
      {
        key: 'kind',
        label: (r) => (en ? str(r['kind_en']) : '') || str(r['kind_zh']),
        count: 'plans',
        href: (r) => quoteHref(lang, 'alliances', str(r['doc_id']), str(r['edge_id'])),
        what: { en: 'Plans setting up each kind of alliance', zh: '组建各类联合体的方案数' },
        labelWidth: narrow ? (en ? 150 : 110) : en ? 220 : 160,
      },
      detail,
    );
  },
  table: (lang) => {
    const en = lang === 'en';
    return [
      { column: en ? 'place_en' : 'place_zh', label: STR[lang].place },
      { column: en ? 'kind_en' : 'kind_zh', label: en ? 'Kind' : '类型' },
      { column: 'lead_zh', label: en ? 'Lead' : '牵头单位' },
      { column: 'member_zh', label: en ? 'Member' : '成员单位' },
      { column: 'quote', label: STR[lang].inText },
    ];
  },
  rowHref: (r, lang) => quoteHref(lang, 'alliances', str(r['doc_id']), str(r['edge_id'])),
  cell(r, column, lang) {
    const en = lang === 'en';
    if (column === 'lead_zh') return named(r, 'lead', en);
    if (column === 'member_zh') return named(r, 'member', en);
    return r[column] === null || r[column] === undefined ? '—' : String(r[column]);
  },
};
