// The responsibilities chart: which agencies each plan makes lead, or responsible for, or partner in each task.
import type { Lang } from '../../../i18n/ui.ts';
import { readDataset } from '../../../lib/site-data/index.ts';
import type { ResponsibilityRow } from '../../../lib/schema/index.ts';
import { chartDocument } from '../../charts/dom.ts';
import { agencyBars, type AgencyTask } from '../../charts/agency-bars.ts';
import { STR } from '../strings.ts';
import {
  docsById,
  NARROW,
  placeFilter,
  placeLabel,
  quoteHref,
  sourceLine,
  WIDTH,
  type ChartModel,
  type DataRow,
} from './shared.ts';

export function responsibilitiesModel(lang: Lang): ChartModel {
  const en = lang === 'en';
  const s = STR[lang];
  const docs = docsById();
  const data = readDataset<ResponsibilityRow>('responsibilities').filter((r) => docs.has(r.doc_id));
  const rows: DataRow[] = data
    .map((r) => ({
      responsibility_id: r.responsibility_id,
      task_id: r.task_id,
      doc_id: r.doc_id,
      place_en: docs.get(r.doc_id)!.place_en,
      place_zh: docs.get(r.doc_id)!.place_zh,
      agency_norm_zh: r.agency_norm_zh,
      role: r.role,
      task_zh: r.task_zh,
      deadline: r.deadline,
      quote: r.quote,
    }))
    .sort((a, b) => a.responsibility_id.localeCompare(b.responsibility_id));
  const roleLabels = en
    ? { lead: 'leads', responsible: 'responsible (no lead named)', partner: 'works with the lead' }
    : { lead: '牵头', responsible: '责任单位（未分牵头）', partner: '配合' };
  const tasks: AgencyTask[] = data
    .map((r) => ({
      id: r.responsibility_id,
      place: r.doc_id,
      placeLabel: placeLabel(docs.get(r.doc_id), lang, r.doc_id),
      agency: r.agency_norm_zh,
      role: r.role,
      title: `${r.agency_norm_zh} · ${roleLabels[r.role]}: ${r.task_zh}${r.deadline_zh ? ` (${r.deadline_zh})` : ''}`,
      href: quoteHref(lang, 'responsibilities', r.doc_id, r.responsibility_id),
    }))
    .sort((a, b) => a.place.localeCompare(b.place) || a.id.localeCompare(b.id));
  const places = [...new Set(tasks.map((t) => t.place))];
  const none = [...docs.keys()].filter((id) => !places.includes(id)).map((id) => placeLabel(docs.get(id), lang, id));
  const top = places
    .map((p) => {
      const c = new Map<string, number>();
      for (const t of tasks.filter((x) => x.place === p && x.role !== 'partner'))
        c.set(t.agency, (c.get(t.agency) ?? 0) + 1);
      const best = [...c.entries()].sort((a, b) => b[1] - a[1])[0];
      return best
        ? en
          ? `${placeLabel(docs.get(p), lang, p)}: ${best[0]} (${best[1]})`
          : `${placeLabel(docs.get(p), lang, p)}：${best[0]}（${best[1]}项）`
        : '';
    })
    .filter(Boolean);
  return {
    id: 'responsibilities',
    page: '/compare/organisations/',
    title: en ? 'Which agencies carry which tasks' : '各部门承担的任务',
    subtitle: en
      ? 'For each place, every agency the plan names as responsible for a task, one block per task, by role. Agency names are as written in the plans.'
      : '各地方案为每项任务指定的责任部门，每格一项任务，按角色着色。部门名称照录原文。',
    source: sourceLine(places, lang),
    notes: [
      en
        ? 'A partial name after a full one in the same list inherits its level (卫生计生委 after 市医改办 → 市卫生计生委).'
        : '同一列表中简称沿用前一名称的层级前缀（如市医改办之后的“卫生计生委”记为“市卫生计生委”）。',
      ...(none.length
        ? [
            en
              ? `No responsibility notes or task tables in: ${none.join(', ')}.`
              : `以下方案没有责任分工：${none.join('、')}。`,
          ]
        : []),
    ],
    summary: en
      ? `${rows.length} task assignments in ${places.length} plans. Agency leading or responsible for the most tasks: ${top.join('; ')}.`
      : `${places.length} 份方案共 ${rows.length} 条任务分工。牵头或负责任务最多的部门：${top.join('；')}。`,
    empty: s.noData,
    svg: agencyBars(tasks, {
      document: chartDocument(),
      width: WIDTH,
      roleLabels,
      countLabel: en ? 'tasks' : '项任务',
    }),
    svgNarrow: agencyBars(tasks, {
      document: chartDocument(),
      width: NARROW,
      labelWidth: 170,
      roleLabels,
      countLabel: en ? 'tasks' : '项任务',
    }),
    columns: Object.keys(rows[0] ?? { responsibility_id: '' }),
    rows,
    table: [
      { column: en ? 'place_en' : 'place_zh', label: s.place },
      { column: 'agency_norm_zh', label: en ? 'Agency' : '部门' },
      { column: 'role', label: en ? 'Role' : '角色' },
      { column: 'task_zh', label: en ? 'Task' : '任务' },
      { column: 'quote', label: s.inText },
    ],
    filters: [placeFilter(places, lang)],
    sql: `SELECT r.responsibility_id, r.task_id, r.doc_id, d.place_en, d.place_zh,
       r.agency_norm_zh, r.role, r.task_zh, r.deadline, r.quote
FROM responsibilities AS r
JOIN documents AS d USING (doc_id)
ORDER BY r.responsibility_id;`,
  };
}
