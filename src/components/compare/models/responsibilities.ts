// The responsibilities chart: which agencies each plan makes lead, or responsible for, or partner in each task.
import type { Lang } from '../../../i18n/ui.ts';
import { agencyBars, type AgencyTask } from '../../charts/agency-bars.ts';
import { paramCondition } from '../query/params.ts';
import { STR } from '../strings.ts';
import { moreNote, noneNote, summaryOver, summaryTotal } from './summary.ts';
import {
  countIn,
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

const SQL = `-- Every task assignment of every plan: the agency (its English name from vocab_glossary, names compared
-- with full-width brackets folded; NULL when the glossary lacks it), its role (lead, responsible, partner) and
-- the task. Filter: SET VARIABLE place = ['guyuan'] (unset = all).
SELECT r.responsibility_id, r.task_id, r.doc_id, d.place_en, d.place_zh,
       r.agency_norm_zh, g.name_en AS agency_en, r.role, r.task_zh, r.deadline, r.deadline_zh, r.quote
FROM responsibilities AS r
JOIN documents AS d USING (doc_id)
LEFT JOIN vocab_glossary AS g ON translate(g.term_zh, '（）', '()') = translate(r.agency_norm_zh, '（）', '()')
WHERE ${paramCondition('place', 'r.doc_id')}
ORDER BY r.doc_id, r.responsibility_id`;

const SUMMARY_SQL = `-- Every plan at once, by agency (the 15 named by most plans): how many plans give it a task and how many make it
-- lead; how many plans assign any task, how many agencies in all, how many plans there are. No variables.
SELECT r.agency_norm_zh, any_value(g.name_en) AS agency_en,
       count(DISTINCT r.doc_id) AS plans,
       count(DISTINCT r.doc_id) FILTER (WHERE r.role = 'lead') AS plans_leading,
       count(*) AS tasks,
       (SELECT count(DISTINCT doc_id) FROM responsibilities) AS plans_assigning,
       (SELECT count(DISTINCT agency_norm_zh) FROM responsibilities) AS agencies_total,
       (SELECT count(*) FROM documents) AS plans_total
FROM responsibilities AS r
LEFT JOIN vocab_glossary AS g ON translate(g.term_zh, '（）', '()') = translate(r.agency_norm_zh, '（）', '()')
GROUP BY r.agency_norm_zh
ORDER BY plans DESC, tasks DESC, r.agency_norm_zh
LIMIT 15`;

const ROLE_LABELS: Record<Lang, Record<AgencyTask['role'], string>> = {
  en: { lead: 'leads', responsible: 'responsible (no lead named)', partner: 'works with the lead' },
  zh: { lead: '牵头', responsible: '责任单位（未分牵头）', partner: '配合' },
};

const role = (r: DataRow): AgencyTask['role'] =>
  r['role'] === 'lead' || r['role'] === 'partner' ? r['role'] : 'responsible';
const agency = (r: DataRow, lang: Lang) => (lang === 'en' ? str(r['agency_en']) : '') || str(r['agency_norm_zh']);

export const responsibilitiesSpec: ChartSpec = {
  id: 'responsibilities',
  page: '/compare/organisations/',
  sql: SQL,
  summarySql: SUMMARY_SQL,
  summaryTable: (lang) => [
    { column: 'agency_norm_zh', label: lang === 'en' ? 'Agency' : '部门' },
    { column: 'plans', label: lang === 'en' ? 'Plans giving it tasks' : '分配任务的方案数', numeric: true },
    { column: 'plans_leading', label: lang === 'en' ? 'Of which make it lead' : '其中为牵头的', numeric: true },
    { column: 'tasks', label: lang === 'en' ? 'Tasks' : '任务数', numeric: true },
  ],
  columns: [
    ...PLACE_COLUMNS,
    { name: 'agency_norm_zh', kind: 'text', use: { en: 'one bar per agency', zh: '每个部门一条' } },
    {
      name: 'role',
      kind: 'text',
      use: { en: "'lead', 'responsible' or 'partner': colour", zh: "'lead'、'responsible'、'partner'：颜色" },
    },
    { name: 'task_zh', kind: 'text', use: { en: 'tooltip', zh: '提示文字' } },
    { name: 'responsibility_id', kind: 'text', optional: true, use: { en: 'link to the quote', zh: '原文链接' } },
    { name: 'deadline_zh', kind: 'text', nullable: true, optional: true, use: { en: 'tooltip', zh: '提示文字' } },
    {
      name: 'agency_en',
      kind: 'text',
      optional: true,
      nullable: true,
      use: { en: 'agency in English', zh: '部门英文名' },
    },
  ],
  params: [placeParam],
  describe(rows, ctx) {
    const { lang } = ctx;
    const en = lang === 'en';
    const places = docIdsOf(rows);
    const top = places.flatMap((p) => {
      const counts = new Map<string, number>();
      for (const r of rows.filter((x) => x['doc_id'] === p && x['role'] !== 'partner'))
        counts.set(agency(r, lang), (counts.get(agency(r, lang)) ?? 0) + 1);
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      const place = placeOf(
        rows.find((r) => r['doc_id'] === p)!,
        lang,
      );
      return best ? [en ? `${place}: ${best[0]} (${best[1]})` : `${place}：${best[0]}（${best[1]}项）`] : [];
    });
    const translated = rows.some((r) => str(r['agency_en']) !== '');
    return {
      title: en ? 'Which agencies carry which tasks' : '各部门承担的任务',
      subtitle: en
        ? `For each place, every agency the plan names as responsible for a task, one block per task, by role.${translated ? '' : ' Agency names are in Chinese, as written in the plans.'}`
        : '各地方案为每项任务指定的责任部门，每格一项任务，按角色着色。部门名称照录原文。',
      notes: [
        {
          text: en
            ? 'A short name after a full one in the same list takes the full one’s level (卫生计生委 after 市医改办 becomes 市卫生计生委, the city’s health commission).'
            : '同一列表中简称沿用前一名称的层级前缀（如市医改办之后的“卫生计生委”记为“市卫生计生委”）。',
        },
        ...withoutNote(rows, ctx, (list) =>
          en ? `No responsibility notes or task tables in: ${list}.` : `以下方案没有责任分工：${list}。`,
        ),
        {
          text: en
            ? 'Summary bars: the dark part is the plans that make the agency lead some task.'
            : '汇总横条：深色部分为让该部门牵头某项任务的方案。',
        },
        ...noneNote(ctx, summaryTotal(ctx, 'plans_assigning'), {
          en: (n, total) => `${n} of ${total} plans assign no task to an agency.`,
          zh: (n, total) => `${total} 份方案中有 ${n} 份没有责任分工。`,
        }),
        ...moreNote(ctx, ctx.summary.length, summaryTotal(ctx, 'agencies_total'), {
          en: (n) => `The summary shows the agencies most plans name; ${n} more are named by fewer plans.`,
          zh: (n) => `汇总只列出涉及方案最多的部门，另有 ${n} 个部门涉及的方案较少。`,
        }),
      ],
      summary: en
        ? `Of all ${ctx.total} plans: ${ctx.summary
            .slice(0, 5)
            .map(
              (r) => `${agency(r, lang)} has tasks in ${countIn(r, 'plans')} (leads in ${countIn(r, 'plans_leading')})`,
            )
            .join(
              '; ',
            )}. Selected places: ${rows.length} task assignments in ${places.length} plans. Agency leading or responsible for the most tasks: ${top.join('; ')}.`
        : `全部 ${ctx.total} 份方案中：${ctx.summary
            .slice(0, 5)
            .map((r) => `${agency(r, lang)} ${countIn(r, 'plans')} 份（牵头 ${countIn(r, 'plans_leading')} 份）`)
            .join(
              '；',
            )}。所选地区：${places.length} 份方案共 ${rows.length} 条任务分工。牵头或负责任务最多的部门：${top.join('；')}。`,
    };
  },
  draw(rows, ctx, layout) {
    const { lang } = ctx;
    const tasks: AgencyTask[] = rows.map((r) => {
      const doc = str(r['doc_id']);
      const deadline = str(r['deadline_zh']);
      const name = agency(r, lang);
      // English pages: the agency in English, then as the plan writes it.
      const written = name === str(r['agency_norm_zh']) ? name : `${name} (${str(r['agency_norm_zh'])})`;
      return {
        id: str(r['responsibility_id']),
        place: doc,
        placeLabel: placeOf(r, lang),
        agency: name,
        role: role(r),
        title: `${written} · ${ROLE_LABELS[lang][role(r)]}: ${str(r['task_zh'])}${deadline ? ` (${deadline})` : ''}`,
        href: quoteHref(lang, 'responsibilities', doc, str(r['responsibility_id'])),
      };
    });
    const narrow = layout.width <= NARROW;
    // English names run longer than Chinese ones: on a phone they take more of the width, in fewer lines.
    const labelWidth = narrow ? (lang === 'en' ? 160 : 120) : 200;
    const detail = tasks.length
      ? agencyBars(tasks, {
          document: layout.document,
          width: layout.width,
          labelWidth,
          roleLabels: ROLE_LABELS[lang],
          countLabel: lang === 'en' ? 'tasks' : '项任务',
        })
      : null;
    return summaryOver(
      rows,
      ctx,
      layout,
      {
        key: 'agency_norm_zh',
        label: (r) => agency(r, lang),
        count: 'plans',
        part: 'plans_leading',
        href: (r) => quoteHref(lang, 'responsibilities', str(r['doc_id']), str(r['responsibility_id'])),
        what: { en: 'Plans giving each agency tasks', zh: '为各部门分配任务的方案数' },
        labelWidth,
      },
      detail,
    );
  },
  table: (lang) => {
    const en = lang === 'en';
    return [
      { column: en ? 'place_en' : 'place_zh', label: STR[lang].place },
      { column: 'agency_norm_zh', label: en ? 'Agency' : '部门' },
      { column: 'role', label: en ? 'Role' : '角色' },
      { column: 'task_zh', label: en ? 'Task' : '任务' },
      { column: 'quote', label: STR[lang].inText },
    ];
  },
  rowHref: (r, lang) => quoteHref(lang, 'responsibilities', str(r['doc_id']), str(r['responsibility_id'])),
  cell(r, column, lang) {
    if (column === 'role') return ROLE_LABELS[lang][role(r)];
    if (column === 'agency_norm_zh') return agency(r, lang);
    return r[column] === null || r[column] === undefined ? '—' : String(r[column]);
  },
};
