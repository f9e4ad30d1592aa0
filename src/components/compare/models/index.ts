// The comparison charts: which page shows which chart, and each chart's spec (its query and its drawing), one file
// per chart beside this one. Browser-safe: the page's editor imports it to redraw a chart from an edited query.
import { alliancesSpec } from './alliances.ts';
import { instrumentsSpec } from './instruments.ts';
import { principlesSpec } from './principles.ts';
import { responsibilitiesSpec } from './responsibilities.ts';
import type { ChartId, ChartSpec } from './shared.ts';
import { targetsSpec } from './targets.ts';
import { timelineSpec } from './timeline.ts';

export type {
  Cell,
  ChartContext,
  ChartId,
  ChartSpec,
  ChartText,
  DataRow,
  Layout,
  ParamSpec,
  TableColumn,
} from './shared.ts';
export { NARROW, WIDTH } from './shared.ts';

export const PAGES: { slug: string; charts: ChartId[] }[] = [
  { slug: 'targets', charts: ['targets'] },
  { slug: 'principles', charts: ['principles'] },
  { slug: 'organisations', charts: ['alliances', 'responsibilities'] },
  { slug: 'timeline', charts: ['timeline'] },
  { slug: 'instruments', charts: ['instruments'] },
];
export const CHART_IDS: ChartId[] = PAGES.flatMap((p) => p.charts);

export const SPECS: Record<ChartId, ChartSpec> = {
  targets: targetsSpec,
  principles: principlesSpec,
  alliances: alliancesSpec,
  responsibilities: responsibilitiesSpec,
  timeline: timelineSpec,
  instruments: instrumentsSpec,
};

export const chartSpec = (id: ChartId): ChartSpec => SPECS[id];

export const isChartId = (id: string): id is ChartId => id in SPECS;
