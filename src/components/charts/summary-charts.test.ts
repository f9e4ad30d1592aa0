import { describe, expect, it } from 'vitest';
import { chartDocument } from './dom.ts';
import { stackSvgs } from './svg-build.ts';
import { summaryBars, type SummaryBar } from './summary-bars.ts';
import { targetsSpread, type SpreadRow } from './targets-spread.ts';

const doc = chartDocument();
const bars = (selected: SummaryBar['selected']): SummaryBar[] => [
  { key: 'gov', label: '政府主导', count: 5, selected },
  { key: 'inno', label: '创新机制', count: 3, selected: [] },
];
const options = (total: number) => ({
  document: doc,
  width: 600,
  labelWidth: 160,
  total,
  countText: (n: number, t: number) => `${String(n)}/${String(t)}`,
  heading: '写明各原则的方案数',
});

describe('summaryBars', () => {
  it('is as tall at 3,000 plans as at 5: the height follows the items, not the plans', () => {
    const five = summaryBars(bars([]), options(5))!;
    const many = summaryBars(
      bars([]).map((b) => ({ ...b, count: b.count * 600 })),
      options(3000),
    )!;
    expect(many.getAttribute('height')).toBe(five.getAttribute('height'));
    expect(many.textContent).toContain('3000/3000');
  });
  it('names the selected places that have an item under its bar, each linked nowhere else but named', () => {
    const svg = summaryBars(bars([{ id: 'yulin', label: '玉林市', href: '/zh/plans/yulin/' }]), options(5))!;
    expect(svg.querySelector('g[data-key="gov"]')!.textContent).toContain('玉林市');
    expect(svg.querySelector('g[data-key="inno"]')!.textContent).not.toContain('玉林市');
  });
});

const spread = (selected: SpreadRow['selected']): SpreadRow => ({
  key: 'county_visits|percent',
  label: '县域内就诊率',
  unit: 'percent',
  sublabel: '4 份 · 2020–2025',
  min: 85,
  q1: 88,
  median: 90,
  q3: 90,
  max: 95,
  goal: 90,
  title: '县域内就诊率',
  selected,
});

describe('targetsSpread', () => {
  it('draws the spread, the goal dashed and each selected place as a labelled dot linked to its quote', () => {
    const svg = targetsSpread(
      [
        spread([
          { id: 'yulin', label: '玉林市', value: 90, text: '≥90% 2020', href: '/zh/plans/yulin/#t1', title: '' },
          { id: 'jieshou', label: '界首市', value: 90, text: '≥90% 2022', href: '/zh/plans/jieshou/#t2', title: '' },
        ]),
      ],
      { document: doc, width: 600, labelWidth: 140, heading: '各指标的水平值目标' },
      ['yulin', 'jieshou'],
    )!;
    expect(svg.querySelectorAll('line[stroke-dasharray]').length).toBe(1);
    const links = [...svg.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/zh/plans/yulin/#t1', '/zh/plans/jieshou/#t2']);
    expect(links.map((a) => a.textContent)).toEqual(['玉林市 ≥90% 2020', '界首市 ≥90% 2022']);
    // Two labels at the same value do not overlap: they take two lanes.
    const ys = links.map((a) => a.querySelector('text')!.getAttribute('y'));
    expect(new Set(ys).size).toBe(2);
  });
  it('labels a crowd of places at one value as a wrapped legend, not a lane each', () => {
    const places = ['固原市', '杭锦旗', '河南省', '界首市', '玉林市'].map((label, i) => ({
      id: `p${String(i)}`,
      label,
      value: 90,
      text: '≥90%',
      href: `/zh/plans/p${String(i)}/`,
      title: '',
    }));
    const svg = targetsSpread([spread(places)], { document: doc, width: 380, labelWidth: 120, heading: 'x' })!;
    const texts = [...svg.querySelectorAll('a text')];
    expect(texts.map((t) => t.textContent)).toEqual(places.map((p) => `${p.label} ≥90%`));
    expect(new Set(texts.map((t) => t.getAttribute('y'))).size).toBe(2);
    for (const t of texts) expect(Number(t.getAttribute('x'))).toBeLessThan(380);
  });
  it('stacks under the selected places’ own drawing in one SVG', () => {
    const a = targetsSpread([spread([])], { document: doc, width: 600, labelWidth: 140, heading: 'x' })!;
    const h = Number(a.getAttribute('height'));
    const b = targetsSpread([spread([])], { document: doc, width: 600, labelWidth: 140, heading: 'y' })!;
    const both = stackSvgs(doc, [a, b], 600, 20)!;
    expect(Number(both.getAttribute('height'))).toBe(2 * h + 20);
    expect(both.getAttribute('class')).toBe('chp-chart');
  });
});
