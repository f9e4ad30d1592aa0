// The principles chart: a matrix of the principles (坚持…) each plan states, with their rank in the plan's list.
import type { Lang } from '../../../i18n/ui.ts';
import { readDataset, readPrincipleVocab } from '../../../lib/site-data/index.ts';
import type { PrincipleRow } from '../../../lib/schema/index.ts';
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

export function principlesModel(lang: Lang): ChartModel {
  const en = lang === 'en';
  const s = STR[lang];
  const docs = docsById();
  const vocab = readPrincipleVocab();
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
    .sort((a, b) => a.principle_row_id.localeCompare(b.principle_row_id));
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
