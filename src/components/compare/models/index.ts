// The comparison charts: which page shows which chart, one model per chart and language (cached), and how a
// chart row reads in the table and links to its quote. One file per chart beside this one.
import { localizedPath, type Lang } from '../../../i18n/ui.ts';
import { formatTarget } from '../../charts/targets-dot.ts';
import { UNIT_LABELS } from '../strings.ts';
import { alliancesModel } from './alliances.ts';
import { instrumentsModel } from './instruments.ts';
import { principlesModel } from './principles.ts';
import { responsibilitiesModel } from './responsibilities.ts';
import { quoteHref, type ChartId, type ChartModel, type DataRow } from './shared.ts';
import { targetsModel } from './targets.ts';
import { timelineModel } from './timeline.ts';

export type { Cell, ChartId, ChartModel, DataRow, FilterSpec } from './shared.ts';
export { sourceLine, sourceParts } from './shared.ts';

export const PAGES: { slug: string; charts: ChartId[] }[] = [
  { slug: 'targets', charts: ['targets'] },
  { slug: 'principles', charts: ['principles'] },
  { slug: 'organisations', charts: ['alliances', 'responsibilities'] },
  { slug: 'timeline', charts: ['timeline'] },
  { slug: 'instruments', charts: ['instruments'] },
];
export const CHART_IDS: ChartId[] = PAGES.flatMap((p) => p.charts);

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
