// The instruments chart: a matrix of the reform instruments each plan adopts (filled) or only pilots or explores (open).
import type { Lang } from '../../../i18n/ui.ts';
import { readDataset, readInstrumentVocab } from '../../../lib/site-data/index.ts';
import type { InstrumentRow } from '../../../lib/schema/index.ts';
import { chartDocument } from '../../charts/dom.ts';
import { matrixChart, type MatrixCell } from '../../charts/matrix.ts';
import { STR } from '../strings.ts';
import {
  docsById,
  matrixPlaces,
  NARROW,
  placeFilter,
  placeLabel,
  quoteHref,
  sourceLine,
  WIDTH,
  type ChartModel,
  type DataRow,
} from './shared.ts';

export function instrumentsModel(lang: Lang): ChartModel {
  const en = lang === 'en';
  const s = STR[lang];
  const docs = docsById();
  const vocab = readInstrumentVocab();
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
    .sort((a, b) => a.instrument_row_id.localeCompare(b.instrument_row_id));
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
