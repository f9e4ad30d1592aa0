import { describe, expect, it } from 'vitest';
import { chartDocument } from './dom.ts';
import { targetsBenchmark, type TargetPoint } from './targets-benchmark.ts';

const benchmarks = [
  { indicator: 'In-county visit rate', value: 90, label: 'national 90%' },
  { indicator: 'Primary-care share', value: 65, label: 'national 65%' },
];
const indicators = benchmarks.map((b) => b.indicator);

// guyuan.txt: 到2022年底…县域内就诊率达到90%以上…基层就诊率达到65%以上 (values as the targets dataset gives them).
const points: TargetPoint[] = [
  { place: 'Guyuan', indicator: 'In-county visit rate', value: 90, valueMax: null, year: 2022 },
  { place: 'Guyuan', indicator: 'Primary-care share', value: 65, valueMax: null, year: 2022 },
  { place: 'Jieshou', indicator: 'Primary-care share', value: 35, valueMax: 50, year: 2025 },
];

describe('targetsBenchmark', () => {
  it('draws one dot per target and a benchmark rule per panel', () => {
    const svg = targetsBenchmark(points, { document: chartDocument(), benchmarks, indicators });
    expect(svg).not.toBeNull();
    const html = svg!.outerHTML;
    expect(svg!.querySelectorAll('circle')).toHaveLength(3);
    expect(html).toContain('national 90%');
    expect(html).toContain('2025');
    expect(html).toContain('Jieshou');
  });

  it('leaves no aria-label for axe to reject and hides the drawing behind the frame\'s text alternative', () => {
    const svg = targetsBenchmark(points, { document: chartDocument(), benchmarks, indicators })!;
    expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
    expect((svg.tagName.toLowerCase() === 'svg' ? svg : svg.querySelector('svg'))!.getAttribute('aria-hidden')).toBe('true');
  });

  it('carries no inline style for the CSP to block', () => {
    const svg = targetsBenchmark(points, { document: chartDocument(), benchmarks, indicators })!;
    expect(svg.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(svg.hasAttribute('style')).toBe(false);
  });

  it('returns null for an empty dataset instead of an empty frame', () => {
    expect(targetsBenchmark([], { document: chartDocument(), benchmarks, indicators })).toBeNull();
  });
});
