// Draws the new plan's targets beside the corpus (compare-targets.ts made the marks in the worker) with the
// comparison chart's own drawing function, in a wide and a phone layout like /compare/targets/. Loaded by the page
// only when there is a result to draw: it brings Plot.
import { targetsDot } from '../charts/targets-dot.ts';
import type { TargetsChartData } from './compare-targets.ts';
import { shortTarget } from './target-text.ts';

/** Widths and label columns of /compare/targets/ (compare/models/shared.ts WIDTH and NARROW). */
const LAYOUTS = [
  { className: 'only-wide', width: 600, labelWidth: { en: 118, zh: 80 } },
  { className: 'only-narrow', width: 380, labelWidth: { en: 100, zh: 56 } },
] as const;

/** The drawings, or an empty list when there is nothing to draw. The new plan's rows carry `data-new`. */
export function drawTargets(data: TargetsChartData, lang: 'en' | 'zh'): SVGSVGElement[] {
  const out: SVGSVGElement[] = [];
  for (const layout of LAYOUTS) {
    const options = {
      document,
      width: layout.width,
      labelWidth: layout.labelWidth[lang],
      benchmarks: data.benchmarks,
      unitLabel: (u: string) => data.unitLabels[u] ?? u,
      yearLabel: (y: number | null) => (y === null ? data.noYear : String(y)),
      format: (t: { comparator: string; value: number; valueMax: number | null; unit: string; frequency: string }) => {
        const v = shortTarget(t);
        const f = data.frequencyLabels[t.frequency];
        return f ? (lang === 'en' ? `${v} ${f}` : `${f}${v}`) : v;
      },
      changeHeading: data.changeHeading,
    };
    const svg = targetsDot(data.marks, options);
    if (!svg) return [];
    svg.classList.add(layout.className);
    for (const g of Array.from(svg.querySelectorAll<SVGGElement>('g.blk-row')))
      if (g.dataset['place'] === data.newPlace) g.setAttribute('data-new', '');
    out.push(svg);
  }
  return out;
}
