import { describe, expect, it } from 'vitest';
import { chartDocument } from './dom.ts';
import { targetsBenchmark, type TargetPoint } from './targets-benchmark.ts';

const benchmark = { value: 65, label: 'national 65%' };

// guyuan.txt: 力争到2021年底,县(区)域内基层就诊率达到65%以上; jieshou.txt gives the same share for two years.
const points: TargetPoint[] = [
  { place: 'Guyuan', value: 65, valueMax: null, year: 2021, label: '≥65%' },
  { place: 'Jieshou', value: 60, valueMax: null, year: 2023, label: '≥60%' },
  { place: 'Jieshou', value: 65, valueMax: 70, year: 2025, label: '65–70%' },
];

describe('targetsBenchmark', () => {
  it('draws one dot per target, one row per place and year, and the benchmark', () => {
    const svg = targetsBenchmark(points, { document: chartDocument(), benchmark })!;
    expect(svg.querySelectorAll('circle')).toHaveLength(3);
    const html = svg.outerHTML;
    for (const s of ['national 65%', 'Guyuan · 2021', 'Jieshou · 2023', 'Jieshou · 2025', '65–70%'])
      expect(html).toContain(s);
  });

  it('frames the values without starting at zero, and always shows 100%', () => {
    const ticks = Array.from(
      targetsBenchmark(points, { document: chartDocument(), benchmark })!.querySelectorAll('text'),
    ).map((t) => t.textContent);
    expect(ticks).toContain('40%');
    expect(ticks).toContain('100%');
    expect(ticks).not.toContain('0%');
  });

  it("leaves no aria-label for axe to reject and hides the drawing behind the frame's text alternative", () => {
    const svg = targetsBenchmark(points, { document: chartDocument(), benchmark })!;
    expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  it('carries no inline style for the CSP to block', () => {
    const svg = targetsBenchmark(points, { document: chartDocument(), benchmark })!;
    expect(svg.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(svg.hasAttribute('style')).toBe(false);
  });

  it('returns null for an empty dataset instead of an empty frame', () => {
    expect(targetsBenchmark([], { document: chartDocument(), benchmark })).toBeNull();
  });
});
