// The targets chart: every quantified target by indicator, place and year, against the national goals.
import type { Lang } from '../../../i18n/ui.ts';
import { nationalGoals, readDataset, readIndicators, type NationalGoal } from '../../../lib/site-data/index.ts';
import type { z } from 'zod';
import type { TargetMentionRow, TargetRow } from '../../../lib/schema/index.ts';
import { chartDocument } from '../../charts/dom.ts';
import { formatTarget, targetsDot, type TargetMark } from '../../charts/targets-dot.ts';
import { goalLabel, goalSources, goalValue } from '../national-goals.ts';
import { GROUP_LABELS, STR, UNIT_LABELS } from '../strings.ts';
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

type Target = z.infer<typeof TargetRow>;
type Mention = z.infer<typeof TargetMentionRow>;

export function targetsModel(lang: Lang): ChartModel {
  const en = lang === 'en';
  const s = STR[lang];
  const docs = docsById();
  const vocab = readIndicators();
  const goals = nationalGoals();
  const byId = new Map(vocab.map((v) => [v.indicator_id, v]));
  const groupOf = (id: string) => byId.get(id)?.group ?? '';
  const groups = [...new Set(vocab.map((v) => v.group))];
  const targets = readDataset<Target>('targets').filter((t) => docs.has(t.doc_id));
  const mentions = readDataset<Mention>('target_mentions');
  const rows: DataRow[] = targets
    .map((t) => ({
      target_id: t.target_id,
      doc_id: t.doc_id,
      place_en: docs.get(t.doc_id)!.place_en,
      place_zh: docs.get(t.doc_id)!.place_zh,
      indicator_id: t.indicator_id,
      indicator_en: t.indicator_en,
      indicator_zh: t.indicator_zh,
      indicator_group: groupOf(t.indicator_id),
      comparator: t.comparator,
      value: t.value,
      value_max: t.value_max,
      unit: t.unit,
      target_year: t.target_year,
      conflict: t.conflict,
      quote: t.quote,
    }))
    .sort((a, b) => a.target_id.localeCompare(b.target_id));
  // Sections: vocabulary order (grouped as the national monitoring system groups them), then unknown wordings.
  const order = (id: string) =>
    byId.has(id) ? groups.indexOf(groupOf(id)) * 1000 + vocab.findIndex((v) => v.indicator_id === id) : 1e6;
  const marks: TargetMark[] = targets
    .map((t) => {
      const differs = mentions.filter(
        (m) =>
          m.target_id === t.target_id &&
          (m.comparator !== t.comparator || m.value !== t.value || m.value_max !== t.value_max),
      );
      const v = byId.get(t.indicator_id);
      return {
        id: t.target_id,
        place: t.doc_id,
        placeLabel: placeLabel(docs.get(t.doc_id), lang, t.doc_id),
        indicator: t.indicator_id || t.indicator_zh,
        indicatorLabel: v ? (en ? v.name_en : v.name_zh) : t.indicator_zh,
        group: groupOf(t.indicator_id),
        comparator: t.comparator,
        value: t.value,
        valueMax: t.value_max,
        unit: t.unit,
        year: t.target_year,
        href: quoteHref(lang, 'targets', t.doc_id, t.target_id),
        conflicts: t.conflict
          ? differs.map((m) => ({
              comparator: m.comparator,
              value: m.value,
              valueMax: m.value_max,
              href: quoteHref(lang, 'target_mentions', m.doc_id, m.mention_id),
            }))
          : [],
      };
    })
    .sort(
      (a, b) =>
        order(a.indicator) - order(b.indicator) ||
        a.indicator.localeCompare(b.indicator) ||
        a.place.localeCompare(b.place) ||
        (a.year ?? 0) - (b.year ?? 0) ||
        a.id.localeCompare(b.id),
    );
  const benchmarks = Object.fromEntries(
    goals.map((g) => [
      g.indicatorId,
      { value: g.value, label: `${goalLabel(g, lang)}${en ? ' (dashed)' : '（虚线）'}` },
    ]),
  );
  const draw = (width: number, labelWidth: number) =>
    targetsDot(marks, {
      document: chartDocument(),
      width,
      labelWidth,
      benchmarks,
      unitLabel: (u) => UNIT_LABELS[u]?.[lang] ?? u,
      yearLabel: (y) => (y === null ? s.noYear : String(y)),
      conflictLabel: s.conflict,
    });
  const conflicts = targets.filter((t) => t.conflict);
  const usedGroups = groups.filter((g) => rows.some((r) => r.indicator_group === g));
  const places = new Set(rows.map((r) => r.doc_id as string));
  const goalYears = [...new Set(goals.map((g) => g.year).filter((y) => y !== null))].join(en ? ', ' : '、');
  const indicators = new Set(marks.map((m) => m.indicator)).size;
  const headlines = goals.map((g) => headlineSummary(targets, g, lang));
  return {
    id: 'targets',
    page: '/compare/targets/',
    title: en ? 'Targets by indicator, place and year' : '各地目标：按指标、地区和年份',
    subtitle: en
      ? `Each dot is a quantified target; its label gives the comparator (≥ at least, ≤ at most, ≈ about, a bar for a range) and the year it is due. Dashed: the national goals of ${goalYears}.`
      : `每个圆点是一项量化目标，标签注明比较方式（≥ 不低于、≤ 不高于、≈ 左右，横条为区间）和目标年份。虚线为${goalYears}年全国目标。`,
    source: `${sourceLine([...places], lang)} ${en ? `National goals: ${goalSources(goals, 'en')}.` : `全国目标：${goalSources(goals, 'zh')}。`}`,
    notes: [
      en
        ? 'Each indicator has its own scale; percentages run from 0 to 100. Plans of different years and levels are not strictly comparable.'
        : '每项指标单独标尺，百分比为0–100。不同年份、不同层级的方案不宜直接比较。',
      en
        ? 'Changes (+, −) are increases or decreases by the amount shown, not levels.'
        : '标注“+”“−”的是增减幅度，而非水平值。',
      ...(conflicts.length
        ? [
            en
              ? `Ringed (⚠): ${conflicts.length} target(s) stated differently in two places of the same plan; the open ring is the other statement. Neither is picked: ${conflicts.map((c) => c.conflict).join(' ')}`
              : `带圈（⚠）：${conflicts.length} 项目标在同一方案的不同位置表述不一致，空心圈为另一处表述，本站不作取舍。`,
          ]
        : []),
    ],
    summary: en
      ? `${rows.length} targets from ${places.size} plans on ${indicators} indicators. ${headlines.join(' ')}`
      : `${places.size} 份方案共 ${rows.length} 项目标，涉及 ${indicators} 项指标。${headlines.join('')}`,
    empty: s.noData,
    svg: draw(WIDTH, en ? 118 : 80),
    svgNarrow: draw(NARROW, en ? 100 : 56),
    columns: Object.keys(rows[0] ?? { target_id: '' }),
    rows,
    table: [
      { column: en ? 'place_en' : 'place_zh', label: s.place },
      { column: en ? 'indicator_en' : 'indicator_zh', label: en ? 'Indicator' : '指标' },
      { column: '_target', label: en ? 'Target' : '目标', numeric: true },
      { column: 'target_year', label: en ? 'Year' : '年份', numeric: true },
      { column: 'quote', label: s.inText },
    ],
    filters: [
      {
        key: 'group',
        column: 'indicator_group',
        label: s.group,
        options: usedGroups.map((g) => ({ value: g, label: GROUP_LABELS[g]?.[lang] ?? g })),
      },
      placeFilter([...places], lang),
    ],
    sql: `-- Targets with their place and indicator group (groups from the vocab_indicators dataset)
SELECT t.target_id, t.doc_id, d.place_en, d.place_zh,
       t.indicator_id, t.indicator_en, t.indicator_zh,
       coalesce(v."group", '') AS indicator_group,
       t.comparator, t.value, t.value_max, t.unit, t.target_year,
       t.conflict, t.quote
FROM targets AS t
JOIN documents AS d USING (doc_id)
LEFT JOIN vocab_indicators AS v USING (indicator_id)
ORDER BY t.target_id;`,
  };
}

/** One sentence per national goal for the text alternative: each plan's target for that indicator, and the goal. */
function headlineSummary(targets: Target[], goal: NationalGoal, lang: Lang): string {
  const docs = docsById();
  const rows = targets.filter((t) => t.indicator_id === goal.indicatorId);
  if (rows.length === 0) return '';
  const list = rows.map(
    (t) =>
      `${placeLabel(docs.get(t.doc_id), lang, t.doc_id)} ${formatTarget({ ...t, valueMax: t.value_max })}${t.target_year ? (lang === 'en' ? ` by ${t.target_year}` : `（${t.target_year}年）`) : ''}`,
  );
  return lang === 'en'
    ? `${rows[0]!.indicator_en}: ${list.join(', ')} (national goal ${goalValue(goal, lang)}).`
    : `${rows[0]!.indicator_zh}：${list.join('，')}（全国目标 ${goalValue(goal, lang)}）。`;
}
