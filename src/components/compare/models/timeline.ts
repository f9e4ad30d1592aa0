// The timeline chart: when each plan was issued, its phases, deadlines and target years on one time axis.
import { localizedPath, type Lang } from '../../../i18n/ui.ts';
import { readDataset } from '../../../lib/site-data/index.ts';
import type { PhaseRow } from '../../../lib/schema/index.ts';
import type { z } from 'zod';
import type { TargetRow as TargetSchema } from '../../../lib/schema/index.ts';
import { chartDocument } from '../../charts/dom.ts';
import { timelineChart, type TimelineMark } from '../../charts/timeline.ts';
import { STR } from '../strings.ts';
import {
  docsById,
  NARROW,
  placeFilter,
  placeLabel,
  quoteHref,
  sourceLine,
  WIDTH,
  type Cell,
  type ChartModel,
  type DataRow,
} from './shared.ts';

type TargetRow = z.infer<typeof TargetSchema>;

export function timelineModel(lang: Lang): ChartModel {
  const en = lang === 'en';
  const s = STR[lang];
  const docs = docsById();
  const rows: DataRow[] = [];
  for (const d of docs.values()) {
    if (d.issue_date)
      rows.push({
        doc_id: d.doc_id,
        kind: 'issued',
        start_ym: d.issue_date.slice(0, 7),
        end_ym: d.issue_date.slice(0, 7),
        name_zh: d.title_zh ?? '',
        source_id: d.doc_id,
        quote: d.doc_number ?? d.title_zh ?? '',
      });
  }
  for (const p of readDataset<PhaseRow>('phases').filter((r) => docs.has(r.doc_id))) {
    rows.push({
      doc_id: p.doc_id,
      kind: p.kind,
      start_ym: p.start_ym ?? p.end_ym,
      end_ym: p.end_ym,
      name_zh: p.name_zh,
      source_id: p.phase_id,
      quote: p.quote,
    });
  }
  const targets = readDataset<TargetRow>('targets').filter((t) => docs.has(t.doc_id) && t.target_year !== null);
  const byYear = new Map<string, TargetRow[]>();
  for (const t of targets)
    byYear.set(`${t.doc_id} ${t.target_year}`, [...(byYear.get(`${t.doc_id} ${t.target_year}`) ?? []), t]);
  for (const list of byYear.values()) {
    const first = [...list].sort((a, b) => a.target_id.localeCompare(b.target_id))[0]!;
    rows.push({
      doc_id: first.doc_id,
      kind: 'target',
      start_ym: `${first.target_year}-12`,
      end_ym: `${first.target_year}-12`,
      name_zh: `${first.target_year}年目标${list.length}项`,
      source_id: first.target_id,
      quote: first.quote,
    });
  }
  const kindOrder = ['issued', 'phase', 'milestone', 'target'];
  rows.sort(
    (a, b) =>
      String(a.doc_id).localeCompare(String(b.doc_id)) ||
      kindOrder.indexOf(String(a.kind)) - kindOrder.indexOf(String(b.kind)) ||
      String(a.end_ym).localeCompare(String(b.end_ym)) ||
      String(a.source_id).localeCompare(String(b.source_id)),
  );
  for (const r of rows) r['place_en'] = docs.get(String(r.doc_id))!.place_en;
  for (const r of rows) r['place_zh'] = docs.get(String(r.doc_id))!.place_zh;
  const columns = ['doc_id', 'place_en', 'place_zh', 'kind', 'start_ym', 'end_ym', 'name_zh', 'source_id', 'quote'];
  const ordered = rows.map((r) => Object.fromEntries<Cell>(columns.map((c) => [c, r[c] ?? null])));
  const kindLabels = en
    ? { issued: 'plan issued', phase: 'phase', milestone: 'deadline', target: 'target year' }
    : { issued: '印发', phase: '实施阶段', milestone: '完成时限', target: '目标年份' };
  const hrefOf = (r: DataRow) => {
    const doc = String(r.doc_id);
    if (r.kind === 'issued') return localizedPath(`/plans/${doc}/`, lang);
    return quoteHref(lang, r.kind === 'target' ? 'targets' : 'phases', doc, String(r.source_id));
  };
  const marks: TimelineMark[] = ordered.map((r) => ({
    id: String(r.source_id),
    place: String(r.doc_id),
    placeLabel: placeLabel(docs.get(String(r.doc_id)), lang, String(r.doc_id)),
    kind: r.kind as TimelineMark['kind'],
    start: String(r.start_ym),
    end: String(r.end_ym),
    title: `${kindLabels[r.kind as keyof typeof kindLabels]} ${r.start_ym === r.end_ym ? r.end_ym : `${r.start_ym} – ${r.end_ym}`}: ${r.name_zh}`,
    href: hrefOf(r),
  }));
  const years = ordered.flatMap((r) => [Number(String(r.start_ym).slice(0, 4)), Number(String(r.end_ym).slice(0, 4))]);
  const places = [...new Set(ordered.map((r) => String(r.doc_id)))];
  const undated = [...docs.values()].filter((d) => !d.issue_date).map((d) => placeLabel(d, lang, d.doc_id));
  return {
    id: 'timeline',
    page: '/compare/timeline/',
    title: en ? 'Phases, deadlines and target years, 2017–2025' : '实施阶段、完成时限与目标年份（2017–2025）',
    subtitle: en
      ? 'When each plan was issued, its implementation phases, the deadlines it sets for single tasks, and the years its targets fall due.'
      : '各方案的印发时间、实施阶段、单项任务完成时限及目标年份。',
    source: sourceLine(places, lang),
    notes: [
      en
        ? 'Deadlines written as “by the end of a month or year” are drawn in that month; a target year is drawn in its December.'
        : '“某月底前”“某年底前”的时限画在该月；目标年份画在当年12月。',
      ...(undated.length
        ? [en ? `No issue date in the text: ${undated.join(', ')}.` : `原文未载明印发日期：${undated.join('、')}。`]
        : []),
    ],
    summary: en
      ? `${ordered.length} dates in ${places.length} plans: ${ordered.filter((r) => r.kind === 'phase').length} phases, ${ordered.filter((r) => r.kind === 'milestone').length} deadlines, ${ordered.filter((r) => r.kind === 'target').length} target years; from ${Math.min(...years)} to ${Math.max(...years)}.`
      : `${places.length} 份方案共 ${ordered.length} 个时间点：实施阶段 ${ordered.filter((r) => r.kind === 'phase').length} 个，完成时限 ${ordered.filter((r) => r.kind === 'milestone').length} 个，目标年份 ${ordered.filter((r) => r.kind === 'target').length} 个；时间跨度 ${Math.min(...years)}–${Math.max(...years)} 年。`,
    empty: s.noData,
    svg: timelineChart(marks, {
      document: chartDocument(),
      width: WIDTH,
      labelWidth: en ? 118 : 80,
      from: Math.min(2017, ...years),
      to: Math.max(2025, ...years),
      kindLabels,
    }),
    svgNarrow: timelineChart(marks, {
      document: chartDocument(),
      width: NARROW,
      labelWidth: en ? 100 : 56,
      from: Math.min(2017, ...years),
      to: Math.max(2025, ...years),
      kindLabels,
    }),
    columns,
    rows: ordered,
    table: [
      { column: en ? 'place_en' : 'place_zh', label: s.place },
      { column: 'kind', label: en ? 'Kind' : '类型' },
      { column: 'start_ym', label: en ? 'From' : '起', numeric: true },
      { column: 'end_ym', label: en ? 'To / due' : '止／时限', numeric: true },
      { column: 'quote', label: s.inText },
    ],
    filters: [placeFilter(places, lang)],
    sql: `-- Issue dates, phases and milestones, and one row per place and target year
WITH dates AS (
  SELECT doc_id, 'issued' AS kind, substr(issue_date, 1, 7) AS start_ym, substr(issue_date, 1, 7) AS end_ym,
         title_zh AS name_zh, doc_id AS source_id, coalesce(doc_number, title_zh) AS quote
  FROM documents WHERE issue_date IS NOT NULL
  UNION ALL
  SELECT doc_id, kind, coalesce(start_ym, end_ym), end_ym, name_zh, phase_id, quote FROM phases
  UNION ALL
  SELECT doc_id, 'target', target_year || '-12', target_year || '-12',
         target_year || '年目标' || count(*) || '项', min(target_id), arg_min(quote, target_id)
  FROM targets WHERE target_year IS NOT NULL GROUP BY doc_id, target_year
)
SELECT x.doc_id, d.place_en, d.place_zh, x.kind, x.start_ym, x.end_ym, x.name_zh, x.source_id, x.quote
FROM dates AS x JOIN documents AS d USING (doc_id)
ORDER BY x.doc_id, list_position(['issued', 'phase', 'milestone', 'target'], x.kind), x.end_ym, x.source_id;`,
  };
}
