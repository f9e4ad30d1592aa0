// What CompareChart.astro hands the browser, built from a chart's view: the island (<chp-chart>'s JSON: query,
// result, filters, context, words, paths) and the place picker's words. Build time; no DOM.
import { assetPath, localizedPath, t } from '../../i18n/ui.ts';
import type { Lang } from '../../i18n/ui.ts';
import { DATASETS } from '../../lib/schema/index.ts';
import type { ChartView } from './chart-view.ts';
import type { Island } from './island.ts';
import type { PickerWords } from './place-picker.ts';
import { MAX_PLACES } from './selection.ts';
import { STR } from './strings.ts';

/** The island of a chart's view (see island.ts). */
export function chartIsland(view: ChartView): Island {
  const { spec, lang, drawing, result, filters, ctx } = view;
  const s = STR[lang];
  const en = lang === 'en';
  const template = STR[lang].issuedBy('{list}');
  return {
    chart: spec.id,
    lang,
    sql: spec.sql,
    columns: result.columns,
    rows: result.rows,
    ranks: result.ranks,
    defaults: view.defaults,
    rowsBase: assetPath('compare-rows/'),
    filters: filters.map((f) => ({ key: f.key, column: f.column, values: f.options.map((o) => o.value) })),
    ctx,
    text: { title: drawing.title, subtitle: drawing.subtitle, source: drawing.source, notes: drawing.notes },
    // A view filtered by place names only the plans it shows: the source line with the list as a slot.
    source: { template, parts: ctx.sources, separator: en ? '; ' : '；', extra: drawing.sourceExtra ?? null },
    strings: {
      showing: s.showing(-1, -2).replace('-1', '{n}').replace('-2', '{total}'),
      copied: s.copied,
      edited: s.editedExport,
      site: t(lang).siteName,
      licence: s.licence,
      added: s.picker.added('{place}'),
      removed: s.picker.removed('{place}'),
      full: s.picker.full(MAX_PLACES),
      rowsFailed: s.picker.rowsFailed('{place}'),
    },
    tables: DATASETS.map((d) => d.name),
    dataBase: assetPath('data/'),
    embed: {
      src: localizedPath(`/embed/${spec.id}/`, lang),
      script: assetPath('embed/resize.js'),
      page: localizedPath(spec.page, lang),
    },
  };
}

/** The island as the text of a <script type="application/json">: no "</script>" can end it early. */
export function islandJson(island: Island): string {
  return JSON.stringify(island).replace(/</g, '\\u003c');
}

/** The place picker's words, with {place}, {n} and {more} slots for the browser to fill. */
export function pickerWords(lang: Lang): PickerWords {
  const s = STR[lang];
  return {
    none: s.picker.none,
    one: s.picker.one,
    loading: s.picker.loading,
    failed: s.picker.failed,
    any: s.picker.any,
    levels: s.picker.levels,
    remove: s.picker.remove('{place}'),
    results: s.picker.results(-1, -2).replace('-1', '{n}').replace('-2', '{more}'),
  };
}
