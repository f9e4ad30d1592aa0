// The one adapter between /extract/ and the comparison charts: the new plan's targets beside the corpus's on the
// targets chart of /compare/targets/ (charts/targets-dot.ts), with the national goals published in vocab_indicators.
// Pure and serialisable: the Web Worker builds the marks, the page only draws them (draw-targets.ts). When the chart
// code changes, this file and draw-targets.ts are the only ones to follow it.
import { localizedPath, type Lang } from '../../i18n/ui.ts';
import { highlightId } from '../../lib/anchors.ts';
import type { DocumentRow, TargetMentionRow, TargetRow, VocabIndicatorRow } from '../../lib/schema/index.ts';
import type { NationalGoal } from '../../lib/site-data/index.ts';
// Types only: the drawing module (Plot) must not enter the worker's bundle.
import type { TargetMark } from '../charts/targets-dot.ts';
import { goalLabel, goalSources } from '../compare/national-goals.ts';
import { FREQUENCY_LABELS, STR, UNIT_LABELS } from '../compare/strings.ts';
import { targetText } from './target-text.ts';

/** The published corpus files the chart needs (public/data/<name>.json). */
export const CORPUS_FILES = ['documents', 'targets', 'target_mentions', 'vocab_indicators'] as const;

export interface Corpus {
  documents: DocumentRow[];
  targets: TargetRow[];
  target_mentions: TargetMentionRow[];
  vocab_indicators: VocabIndicatorRow[];
}

export interface NewPlan {
  docId: string;
  /** Row label of the new plan: 'This plan' / '本方案'. */
  label: string;
  targets: TargetRow[];
  mentions: TargetMentionRow[];
}

/** A mark of the targets chart: a level or a change, its frequency, and the one disagreeing statement if any. */
export type ChartMark = TargetMark;

export interface TargetsChartData {
  marks: ChartMark[];
  benchmarks: Record<string, { value: number; label: string }>;
  unitLabels: Record<string, string>;
  noYear: string;
  /** Words after a value: 'per year' / '每年'. */
  frequencyLabels: Record<string, string>;
  /** Heading of the chart's panel of changes. */
  changeHeading: string;
  /** The place key of the new plan's marks (never a doc id: ids have no colon). */
  newPlace: string;
  /** Text alternative: one sentence per indicator. */
  summary: string[];
  /** Source line: the plans compared and the national documents. */
  source: string;
}

/** The national goals of the vocabulary as published (vocab_indicators), in vocabulary order. */
export function goalsOf(indicators: VocabIndicatorRow[]): NationalGoal[] {
  return [...indicators]
    .sort((a, b) => a.ordinal - b.ordinal)
    .flatMap((i) =>
      i.national_goal_value === null || i.national_goal_comparator === ''
        ? []
        : [
            {
              indicatorId: i.indicator_id,
              nameEn: i.name_en,
              nameZh: i.name_zh,
              comparator: i.national_goal_comparator,
              value: i.national_goal_value,
              unit: i.units.split(' ')[0] ?? '',
              year: i.national_goal_year,
              source: i.national_goal_source,
            },
          ],
    );
}

const indicatorKey = (t: TargetRow) => t.indicator_id || t.indicator_zh;

const WHERE: Record<string, Record<Lang, string>> = {
  text: { en: 'text', zh: '正文' },
  table: { en: 'table', zh: '表格' },
};
function markOf(
  t: TargetRow,
  mentions: TargetMentionRow[],
  place: string,
  placeLabel: string,
  href: (dataset: string, key: string) => string,
  indicators: Map<string, VocabIndicatorRow>,
  lang: Lang,
): ChartMark {
  const v = indicators.get(t.indicator_id);
  const differs = mentions.filter(
    (m) =>
      m.target_id === t.target_id &&
      (m.comparator !== t.comparator || m.value !== t.value || m.value_max !== t.value_max),
  );
  const first = [...differs].sort((a, b) => a.mention_id.localeCompare(b.mention_id))[0];
  return {
    id: t.target_id,
    place,
    placeLabel,
    indicator: indicatorKey(t),
    indicatorLabel: v ? (lang === 'en' ? v.name_en : v.name_zh) : t.indicator_zh,
    group: v?.group ?? '',
    comparator: t.comparator,
    value: t.value,
    valueMax: t.value_max,
    unit: t.unit,
    year: t.target_year,
    href: href('targets', t.target_id),
    measure: t.comparator === 'increase' || t.comparator === 'decrease' ? 'change' : 'level',
    frequency: t.frequency,
    where: WHERE[t.source_kind]?.[lang] ?? '',
    other:
      t.conflict && first
        ? {
            comparator: first.comparator,
            value: first.value,
            valueMax: first.value_max,
            where: WHERE[first.source_kind]?.[lang] ?? '',
            href: href('target_mentions', first.mention_id),
          }
        : null,
  };
}

/** The new plan's targets first in each indicator's section, then every corpus plan's targets on the same indicators. */
export function compareTargets(plan: NewPlan, corpus: Corpus, lang: Lang): TargetsChartData {
  const en = lang === 'en';
  const s = STR[lang];
  const indicators = new Map(corpus.vocab_indicators.map((v) => [v.indicator_id, v]));
  const docs = new Map(corpus.documents.map((d) => [d.doc_id, d]));
  const newPlace = `new:${plan.docId}`;
  const own = plan.targets.map((t) =>
    markOf(
      t,
      plan.mentions,
      newPlace,
      plan.label,
      (dataset, key) => `#${highlightId(dataset, plan.docId, key)}`,
      indicators,
      lang,
    ),
  );
  const wanted = new Set(own.map((m) => m.indicator));
  const others = corpus.targets
    .filter((t) => wanted.has(indicatorKey(t)) && docs.has(t.doc_id))
    .map((t) => {
      const d = docs.get(t.doc_id)!;
      return markOf(
        t,
        corpus.target_mentions,
        t.doc_id,
        en ? d.place_en : d.place_zh,
        (dataset, key) => localizedPath(`/plans/${t.doc_id}/#${highlightId(dataset, t.doc_id, key)}`, lang),
        indicators,
        lang,
      );
    });
  const order = (id: string) => indicators.get(id)?.ordinal ?? 1e6;
  const marks = [...own, ...others].sort(
    (a, b) =>
      order(a.indicator) - order(b.indicator) ||
      a.indicator.localeCompare(b.indicator) ||
      Number(a.place !== newPlace) - Number(b.place !== newPlace) ||
      a.place.localeCompare(b.place) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      a.id.localeCompare(b.id),
  );
  const goals = goalsOf(corpus.vocab_indicators).filter((g) => wanted.has(g.indicatorId));
  const benchmarks = Object.fromEntries(
    goals.map((g) => [
      g.indicatorId,
      { value: g.value, label: `${goalLabel(g, lang)}${en ? ' (dashed)' : '（虚线）'}` },
    ]),
  );
  const unitLabels = Object.fromEntries(Object.entries(UNIT_LABELS).map(([u, l]) => [u, l[lang]]));
  const summary = [...wanted].map((ind) => {
    const rows = marks.filter((m) => m.indicator === ind);
    const list = (ms: ChartMark[]) =>
      ms
        .map((m) => `${targetText(m, unitLabels)}${m.year ? (en ? ` by ${m.year}` : `（${m.year}年）`) : ''}`)
        .join(en ? ', ' : '，');
    const mine = rows.filter((m) => m.place === newPlace);
    const theirs = [...new Set(rows.filter((m) => m.place !== newPlace).map((m) => m.placeLabel))].map(
      (p) => `${p} ${list(rows.filter((m) => m.placeLabel === p && m.place !== newPlace))}`,
    );
    const goal = benchmarks[ind];
    const label = rows[0]!.indicatorLabel;
    return en
      ? `${label}: this plan ${list(mine)}${theirs.length ? `; ${theirs.join('; ')}` : '; no other plan'}${goal ? ` (${goal.label.replace(' (dashed)', '')})` : ''}.`
      : `${label}：本方案${list(mine)}${theirs.length ? `；${theirs.join('；')}` : '；其他方案未设此目标'}${goal ? `（${goal.label.replace('（虚线）', '')}）` : ''}。`;
  });
  const places = [...new Set(others.map((m) => m.placeLabel))];
  const source = en
    ? `This plan and ${places.length ? places.join(', ') : 'no other plan'} (published datasets). National goals: ${goalSources(goals, 'en') || 'none for these indicators'}.`
    : `本方案与${places.length ? places.join('、') : '（无其他方案）'}（已发布数据集）。全国目标：${goalSources(goals, 'zh') || '这些指标没有全国目标'}。`;
  return {
    marks,
    benchmarks,
    unitLabels,
    noYear: s.noYear,
    frequencyLabels: Object.fromEntries(Object.entries(FREQUENCY_LABELS).map(([f, l]) => [f, l[lang]])),
    changeHeading: en ? 'Changes, not levels (arrows from zero)' : '增减幅度（非水平值，箭头自零起）',
    newPlace,
    summary,
    source,
  };
}
