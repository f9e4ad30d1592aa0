// Build-time models of the comparison charts: rows (the CSV and the table), the SQL that gives the same rows,
// the drawing, filters and captions, per language. Server side only (reads public/data through site-data).
import { localizedPath, type Lang } from '../../i18n/ui.ts';
import { highlightId, readDataset, readDocuments, readOptionalText } from '../../lib/site-data.ts';
import type { z } from 'zod';
import type {
  DocumentRow,
  InstrumentRow,
  PhaseRow,
  PrincipleRow,
  ResponsibilityRow,
  TargetMentionRow as TargetMentionSchema,
  TargetRow as TargetSchema,
} from '../../lib/schema/index.ts';
import { chartDocument } from '../charts/dom.ts';
import { targetsDot, formatTarget, type TargetMark } from '../charts/targets-dot.ts';
import { matrixChart, type MatrixCell } from '../charts/matrix.ts';
import { timelineChart, type TimelineMark } from '../charts/timeline.ts';
import { agencyBars, type AgencyTask } from '../charts/agency-bars.ts';
import { GROUP_LABELS, STR, UNIT_LABELS } from './strings.ts';
import { alliancesModel } from './alliances-model.ts';

export type ChartId = 'targets' | 'principles' | 'alliances' | 'responsibilities' | 'timeline' | 'instruments';
export type Cell = string | number | boolean | null;
export type DataRow = Record<string, Cell>;

export interface FilterSpec {
  /** URL parameter and row column it filters on. */
  key: 'place' | 'group';
  column: string;
  label: string;
  options: { value: string; label: string }[];
}

export interface ChartModel {
  id: ChartId;
  /** Page the chart lives on ('/compare/targets/'), language-neutral. */
  page: string;
  title: string;
  subtitle: string;
  source: string;
  notes: string[];
  /** Text alternative of the drawing. */
  summary: string;
  empty: string;
  svg: SVGSVGElement | null;
  /** The same drawing laid out for phones and narrow embeds (shown by a container query). */
  svgNarrow: SVGSVGElement | null;
  /** CSV columns, in order (ASCII snake_case, as the SQL returns them). */
  columns: string[];
  rows: DataRow[];
  /** Table view: a few readable columns; `quote` links to the plan page. */
  table: { column: string; label: string; numeric?: boolean }[];
  filters: FilterSpec[];
  sql: string;
}

export const PAGES: { slug: string; charts: ChartId[] }[] = [
  { slug: 'targets', charts: ['targets'] },
  { slug: 'principles', charts: ['principles'] },
  { slug: 'organisations', charts: ['alliances', 'responsibilities'] },
  { slug: 'timeline', charts: ['timeline'] },
  { slug: 'instruments', charts: ['instruments'] },
];
export const CHART_IDS: ChartId[] = PAGES.flatMap((p) => p.charts);

type TargetRow = z.infer<typeof TargetSchema>;
type TargetMentionRow = z.infer<typeof TargetMentionSchema>;

interface Indicator {
  indicator_id: string;
  name_zh: string;
  name_en: string;
  group: string;
}
interface Vocab {
  principle_id?: string;
  instrument_id?: string;
  name_en: string;
  name_zh?: string;
}

const WIDTH = 600;
const NARROW = 380;

/** SQL string literal. */
const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

function docsById(): Map<string, DocumentRow> {
  return new Map(readDocuments().map((d) => [d.doc_id, d]));
}

const placeLabel = (d: DocumentRow | undefined, lang: Lang, id: string) =>
  d ? (lang === 'en' ? d.place_en : d.place_zh) : id;

/** Source line naming the issuing bodies of the plans that give the chart rows. */
export function sourceLine(docIds: string[], lang: Lang): string {
  const { template, parts, separator } = sourceParts(docIds, lang);
  return template.replace('{list}', Object.values(parts).join(separator));
}

/** The source line as a template and one part per plan, so that a filtered view names only the plans it shows. */
export function sourceParts(
  docIds: string[],
  lang: Lang,
): { template: string; parts: Record<string, string>; separator: string } {
  const s = STR[lang];
  const docs = docsById();
  const ids = [...new Set(docIds)].sort();
  const parts = ids.map((id) => {
    const d = docs.get(id);
    if (!d) return id;
    const issuer =
      d.issuer_zh ?? (lang === 'en' ? `${d.place_en} (issuer not stated)` : `${d.place_zh}（发文机关未载明）`);
    const year = d.issue_year ? (lang === 'en' ? `, ${d.issue_year}` : `，${d.issue_year}年`) : '';
    const flag = d.complete ? '' : lang === 'en' ? ` (${s.incomplete})` : `（${s.incomplete}）`;
    return `${issuer}${year}${flag}`;
  });
  return {
    template: s.issuedBy('{list}'),
    parts: Object.fromEntries(ids.map((id, i) => [id, parts[i]!])),
    separator: lang === 'en' ? '; ' : '；',
  };
}

function placeFilter(docIds: string[], lang: Lang): FilterSpec {
  const docs = docsById();
  const ids = [...new Set(docIds)].sort();
  return {
    key: 'place',
    column: 'doc_id',
    label: STR[lang].place,
    options: ids.map((id) => ({ value: id, label: placeLabel(docs.get(id), lang, id) })),
  };
}

const quoteHref = (lang: Lang, dataset: string, docId: string, key: string) =>
  localizedPath(`/plans/${docId}/#${highlightId(dataset, docId, key)}`, lang);

// ---------- targets ----------

function targetsModel(lang: Lang): ChartModel {
  const en = lang === 'en';
  const s = STR[lang];
  const docs = docsById();
  const vocab = JSON.parse(readOptionalText('data/vocab/indicators.json') ?? '[]') as Indicator[];
  const byId = new Map(vocab.map((v) => [v.indicator_id, v]));
  const groupOf = (id: string) => byId.get(id)?.group ?? '';
  const groups = [...new Set(vocab.map((v) => v.group))];
  const targets = readDataset<TargetRow>('targets').filter((t) => docs.has(t.doc_id));
  const mentions = readDataset<TargetMentionRow>('target_mentions');
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
    .sort((a, b) => String(a.target_id).localeCompare(String(b.target_id)));
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
  const benchmarks: Record<string, { value: number; label: string }> = {
    county_visit_rate: { value: 90, label: en ? 'national goal 90% (dashed)' : '全国目标 90%（虚线）' },
    primary_care_visit_share: { value: 65, label: en ? 'national goal 65% (dashed)' : '全国目标 65%（虚线）' },
  };
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
  const svg = draw(WIDTH, en ? 118 : 80);
  const svgNarrow = draw(NARROW, en ? 100 : 56);
  const conflicts = targets.filter((t) => t.conflict);
  const usedGroups = groups.filter((g) => rows.some((r) => r.indicator_group === g));
  const valuesSql = vocab.map((v) => `(${q(v.indicator_id)}, ${q(v.group)})`).join(',\n    ');
  const places = new Set(rows.map((r) => r.doc_id as string));
  return {
    id: 'targets',
    page: '/compare/targets/',
    title: en ? 'Targets by indicator, place and year' : '各地目标：按指标、地区和年份',
    subtitle: en
      ? 'Each dot is a quantified target; its label gives the comparator (≥ at least, ≤ at most, ≈ about, a bar for a range) and the year it is due. Dashed: the national goals of 2019.'
      : '每个圆点是一项量化目标，标签注明比较方式（≥ 不低于、≤ 不高于、≈ 左右，横条为区间）和目标年份。虚线为2019年全国目标。',
    source: `${sourceLine([...places], lang)} ${en ? 'National goals: 国卫基层函〔2019〕121号, National Health Commission and National Administration of TCM.' : '全国目标：国卫基层函〔2019〕121号，国家卫生健康委、国家中医药管理局。'}`,
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
      ? `${rows.length} targets from ${places.size} plans on ${new Set(marks.map((m) => m.indicator)).size} indicators. ${summaryOfHeadline(targets, 'county_visit_rate', 'en')} ${summaryOfHeadline(targets, 'primary_care_visit_share', 'en')}`
      : `${places.size} 份方案共 ${rows.length} 项目标，涉及 ${new Set(marks.map((m) => m.indicator)).size} 项指标。${summaryOfHeadline(targets, 'county_visit_rate', 'zh')}${summaryOfHeadline(targets, 'primary_care_visit_share', 'zh')}`,
    empty: s.noData,
    svg,
    svgNarrow,
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
    sql: `-- Targets with their place and indicator group (groups from data/vocab/indicators.json)
SELECT t.target_id, t.doc_id, d.place_en, d.place_zh,
       t.indicator_id, t.indicator_en, t.indicator_zh,
       coalesce(g.indicator_group, '') AS indicator_group,
       t.comparator, t.value, t.value_max, t.unit, t.target_year,
       t.conflict, t.quote
FROM targets AS t
JOIN documents AS d USING (doc_id)
LEFT JOIN (VALUES
    ${valuesSql}
  ) AS g(indicator_id, indicator_group) USING (indicator_id)
ORDER BY t.target_id;`,
  };
}

function summaryOfHeadline(targets: TargetRow[], indicator: string, lang: Lang): string {
  const docs = docsById();
  const rows = targets.filter((t) => t.indicator_id === indicator);
  if (rows.length === 0) return '';
  const list = rows.map(
    (t) =>
      `${placeLabel(docs.get(t.doc_id), lang, t.doc_id)} ${formatTarget({ ...t, valueMax: t.value_max })}${t.target_year ? (lang === 'en' ? ` by ${t.target_year}` : `（${t.target_year}年）`) : ''}`,
  );
  return lang === 'en'
    ? `${rows[0]!.indicator_en}: ${list.join(', ')} (national goal ${indicator === 'county_visit_rate' ? 90 : 65}%).`
    : `${rows[0]!.indicator_zh}：${list.join('，')}（全国目标 ${indicator === 'county_visit_rate' ? 90 : 65}%）。`;
}

// ---------- principles and instruments (matrices) ----------

function matrixPlaces(docIds: string[], lang: Lang) {
  const docs = docsById();
  return [...new Set(docIds)].sort().map((id) => ({ id, label: placeLabel(docs.get(id), lang, id) }));
}

function principlesModel(lang: Lang): ChartModel {
  const en = lang === 'en';
  const s = STR[lang];
  const docs = docsById();
  const vocab = JSON.parse(readOptionalText('data/vocab/principles.json') ?? '[]') as Vocab[];
  const data = readDataset<PrincipleRow>('principles').filter((p) => docs.has(p.doc_id));
  const rows: DataRow[] = data
    .map((p) => ({
      principle_row_id: p.principle_row_id,
      doc_id: p.doc_id,
      place_en: docs.get(p.doc_id)!.place_en,
      place_zh: docs.get(p.doc_id)!.place_zh,
      principle_id: p.principle_id,
      name_en: p.name_en,
      principle_zh: p.principle_zh,
      ordinal: p.ordinal,
      quote: p.quote,
    }))
    .sort((a, b) => String(a.principle_row_id).localeCompare(String(b.principle_row_id)));
  const key = (p: PrincipleRow) => p.principle_id || p.principle_zh;
  const countOf = (k: string) => new Set(data.filter((p) => key(p) === k).map((p) => p.doc_id)).size;
  const vocabIndex = (k: string) => {
    const i = vocab.findIndex((v) => v.principle_id === k);
    return i < 0 ? 999 : i;
  };
  const cells: MatrixCell[] = data
    .map((p) => ({
      item: key(p),
      itemLabel: en ? p.name_en || p.principle_zh : p.principle_zh,
      place: p.doc_id,
      style: 'solid' as const,
      text: String(p.ordinal),
      title: `${placeLabel(docs.get(p.doc_id), lang, p.doc_id)} · ${p.principle_zh} (#${p.ordinal}): ${p.quote}`,
      href: quoteHref(lang, 'principles', p.doc_id, p.principle_row_id),
    }))
    .sort(
      (a, b) =>
        countOf(b.item) - countOf(a.item) || vocabIndex(a.item) - vocabIndex(b.item) || a.item.localeCompare(b.item),
    );
  const places = matrixPlaces(
    data.map((p) => p.doc_id),
    lang,
  );
  const shared = [...new Set(cells.map((c) => c.item))].filter((k) => countOf(k) > 1);
  const noPrinciples = [...docs.keys()].filter((id) => !data.some((p) => p.doc_id === id));
  return {
    id: 'principles',
    page: '/compare/principles/',
    title: en ? 'Principles each plan commits to' : '各方案坚持的原则',
    subtitle: en
      ? 'A dot where a plan states the principle (坚持…); the number is its rank in the plan’s own list.'
      : '圆点表示方案写明了该原则（坚持……），数字为它在方案中的排序。',
    source: sourceLine(
      data.map((p) => p.doc_id),
      lang,
    ),
    notes: [
      en ? 'Rows are sorted by how many plans share the principle.' : '按采用该原则的方案数排序。',
      ...(noPrinciples.length
        ? [
            en
              ? `No 坚持… principles were found in: ${noPrinciples.map((id) => placeLabel(docs.get(id), lang, id)).join(', ')}.`
              : `以下方案未见“坚持……”式原则：${noPrinciples.map((id) => placeLabel(docs.get(id), lang, id)).join('、')}。`,
          ]
        : []),
    ],
    summary: en
      ? `${rows.length} principle statements in ${places.length} plans, ${new Set(cells.map((c) => c.item)).size} distinct principles. Shared by more than one plan: ${shared.map((k) => cells.find((c) => c.item === k)!.itemLabel).join(', ') || 'none'}.`
      : `${places.length} 份方案共写明 ${rows.length} 条原则，合计 ${new Set(cells.map((c) => c.item)).size} 种。多份方案共有的：${shared.map((k) => cells.find((c) => c.item === k)!.itemLabel).join('、') || '无'}。`,
    empty: s.noData,
    svg: matrixChart(cells, {
      document: chartDocument(),
      places,
      width: WIDTH,
      labelWidth: en ? 260 : 130,
      labelColumns: en ? 40 : 16,
    }),
    svgNarrow: matrixChart(cells, {
      document: chartDocument(),
      places,
      width: NARROW,
      labelWidth: en ? 190 : 110,
      labelColumns: en ? 28 : 14,
    }),
    columns: Object.keys(rows[0] ?? { principle_row_id: '' }),
    rows,
    table: [
      { column: en ? 'place_en' : 'place_zh', label: s.place },
      { column: en ? 'name_en' : 'principle_zh', label: en ? 'Principle' : '原则' },
      { column: 'ordinal', label: en ? 'Rank' : '排序', numeric: true },
      { column: 'quote', label: s.inText },
    ],
    filters: [
      placeFilter(
        places.map((p) => p.id),
        lang,
      ),
    ],
    sql: `SELECT p.principle_row_id, p.doc_id, d.place_en, d.place_zh,
       p.principle_id, p.name_en, p.principle_zh, p.ordinal, p.quote
FROM principles AS p
JOIN documents AS d USING (doc_id)
ORDER BY p.principle_row_id;`,
  };
}

function instrumentsModel(lang: Lang): ChartModel {
  const en = lang === 'en';
  const s = STR[lang];
  const docs = docsById();
  const vocab = JSON.parse(readOptionalText('data/vocab/instruments.json') ?? '[]') as Vocab[];
  const data = readDataset<InstrumentRow>('instruments').filter((r) => docs.has(r.doc_id));
  const rows: DataRow[] = data
    .map((r) => ({
      instrument_row_id: r.instrument_row_id,
      doc_id: r.doc_id,
      place_en: docs.get(r.doc_id)!.place_en,
      place_zh: docs.get(r.doc_id)!.place_zh,
      instrument_id: r.instrument_id,
      name_en: r.name_en,
      name_zh: r.name_zh,
      stance: r.stance,
      mentions: r.mentions,
      quote: r.quote,
    }))
    .sort((a, b) => String(a.instrument_row_id).localeCompare(String(b.instrument_row_id)));
  const countOf = (k: string) => data.filter((r) => r.instrument_id === k).length;
  const vocabIndex = (k: string) => vocab.findIndex((v) => v.instrument_id === k);
  const stanceLabel: Record<string, string> = en
    ? { adopt: 'adopted', pilot: 'piloted', explore: 'to be explored' }
    : { adopt: '推行', pilot: '试点', explore: '探索' };
  const cells: MatrixCell[] = data
    .map((r) => ({
      item: r.instrument_id,
      itemLabel: en ? r.name_en : r.name_zh,
      place: r.doc_id,
      style: r.stance === 'adopt' ? ('solid' as const) : ('open' as const),
      title: `${placeLabel(docs.get(r.doc_id), lang, r.doc_id)} · ${r.name_zh} · ${stanceLabel[r.stance] ?? r.stance}: ${r.quote}`,
      href: quoteHref(lang, 'instruments', r.doc_id, r.instrument_row_id),
    }))
    .sort((a, b) => countOf(b.item) - countOf(a.item) || vocabIndex(a.item) - vocabIndex(b.item));
  const places = matrixPlaces(
    data.map((r) => r.doc_id),
    lang,
  );
  const everywhere = [...new Set(cells.map((c) => c.item))].filter(
    (k) => new Set(data.filter((r) => r.instrument_id === k).map((r) => r.doc_id)).size === places.length,
  );
  return {
    id: 'instruments',
    page: '/compare/instruments/',
    title: en ? 'Reform instruments in each plan' : '各方案采用的改革工具',
    subtitle: en
      ? 'Filled: the plan adopts the instrument; open: it only pilots or explores it. Each mark links to the clause.'
      : '实心：方案明确推行；空心：仅提出试点或探索。每个标记链接到原文条款。',
    source: sourceLine(
      data.map((r) => r.doc_id),
      lang,
    ),
    notes: [
      en
        ? 'Instruments are matched by the wordings in data/vocab/instruments.json; a plan may describe one in other words and not be counted.'
        : '按 data/vocab/instruments.json 中的措辞匹配；方案若用其他说法表述，可能未被计入。',
      en ? 'Rows are sorted by how many plans use the instrument.' : '按采用该工具的方案数排序。',
    ],
    summary: en
      ? `${rows.length} instrument mentions in ${places.length} plans, ${new Set(cells.map((c) => c.item)).size} distinct instruments; ${data.filter((r) => r.stance !== 'adopt').length} only explored or piloted. In every plan: ${everywhere.map((k) => cells.find((c) => c.item === k)!.itemLabel).join(', ') || 'none'}.`
      : `${places.length} 份方案共涉及 ${rows.length} 项改革工具（${new Set(cells.map((c) => c.item)).size} 种），其中 ${data.filter((r) => r.stance !== 'adopt').length} 项仅为探索或试点。所有方案都采用的：${everywhere.map((k) => cells.find((c) => c.item === k)!.itemLabel).join('、') || '无'}。`,
    empty: s.noData,
    svg: matrixChart(cells, {
      document: chartDocument(),
      places,
      width: WIDTH,
      labelWidth: en ? 290 : 230,
      labelColumns: en ? 44 : 30,
    }),
    svgNarrow: matrixChart(cells, {
      document: chartDocument(),
      places,
      width: NARROW,
      labelWidth: en ? 200 : 160,
      labelColumns: en ? 30 : 20,
    }),
    columns: Object.keys(rows[0] ?? { instrument_row_id: '' }),
    rows,
    table: [
      { column: en ? 'place_en' : 'place_zh', label: s.place },
      { column: en ? 'name_en' : 'name_zh', label: en ? 'Instrument' : '改革工具' },
      { column: 'stance', label: en ? 'Stance' : '力度' },
      { column: 'quote', label: s.inText },
    ],
    filters: [
      placeFilter(
        places.map((p) => p.id),
        lang,
      ),
    ],
    sql: `SELECT i.instrument_row_id, i.doc_id, d.place_en, d.place_zh,
       i.instrument_id, i.name_en, i.name_zh, i.stance, i.mentions, i.quote
FROM instruments AS i
JOIN documents AS d USING (doc_id)
ORDER BY i.instrument_row_id;`,
  };
}

// ---------- timeline ----------

function timelineModel(lang: Lang): ChartModel {
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
  const ordered = rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])) as DataRow);
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

// ---------- responsibilities ----------

function responsibilitiesModel(lang: Lang): ChartModel {
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
    .sort((a, b) => String(a.responsibility_id).localeCompare(String(b.responsibility_id)));
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

// Rendering takes a few hundred ms per chart: the page and the embed of a chart share one model per language.
const cache = new Map<string, ChartModel>();

export function chartModel(id: ChartId, lang: Lang): ChartModel {
  const key = `${id}:${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const build = {
    targets: targetsModel,
    principles: principlesModel,
    alliances: alliancesModel,
    responsibilities: responsibilitiesModel,
    timeline: timelineModel,
    instruments: instrumentsModel,
  }[id];
  const model = build(lang);
  cache.set(key, model);
  return model;
}

/** Cell text for the table and CSV-free views ('_target' is the formatted target). */
export function cellText(row: DataRow, column: string, lang: Lang = 'en'): string {
  if (column === '_target') {
    const unit = String(row.unit);
    return (
      formatTarget({
        comparator: String(row.comparator),
        value: Number(row.value),
        valueMax: row.value_max === null ? null : Number(row.value_max),
        unit,
      }) + (unit === 'percent' || unit === 'percentage_points' ? '' : ` ${UNIT_LABELS[unit]?.[lang] ?? unit}`)
    );
  }
  const v = row[column];
  return v === null || v === undefined ? '—' : String(v);
}

/** Link of a row to its quote on the plan page (the dataset row's highlight). */
export function rowHref(id: ChartId, row: DataRow, lang: Lang): string {
  const doc = String(row.doc_id);
  switch (id) {
    case 'targets':
      return quoteHref(lang, 'targets', doc, String(row.target_id));
    case 'principles':
      return quoteHref(lang, 'principles', doc, String(row.principle_row_id));
    case 'instruments':
      return quoteHref(lang, 'instruments', doc, String(row.instrument_row_id));
    case 'responsibilities':
      return quoteHref(lang, 'responsibilities', doc, String(row.responsibility_id));
    case 'timeline':
      return row.kind === 'issued'
        ? localizedPath(`/plans/${doc}/`, lang)
        : quoteHref(lang, row.kind === 'target' ? 'targets' : 'phases', doc, String(row.source_id));
    case 'alliances':
      return row['_href'] ? String(row['_href']) : localizedPath(`/plans/${doc}/`, lang);
  }
}
