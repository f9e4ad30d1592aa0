import { describe, expect, it } from 'vitest';
import { chartDocument } from './dom.ts';
import { headlineHistogram } from './headline-histogram.ts';

const benchmark = { value: 90, label: 'national 90%' };
const options = { document: chartDocument(), benchmark, countLabel: 'plans' };

describe('headlineHistogram', () => {
  it('draws one bar per 5-point bin that has plans, and the goal', () => {
    // Three plans at 90%, one at 92% (same bin), one at 80%.
    const svg = headlineHistogram([90, 90, 90, 92, 80], options)!;
    const heights = Array.from(svg.querySelectorAll('rect'))
      .map((r) => Number(r.getAttribute('height')))
      .filter((h) => h > 0);
    expect(heights).toHaveLength(2);
    expect(svg.outerHTML).toContain('national 90%');
  });

  it('keeps the same height for 5 plans and for 3,000', () => {
    const few = headlineHistogram([60, 65, 70, 75, 80], options)!;
    const many = headlineHistogram(
      Array.from({ length: 3000 }, (_, i) => 50 + (i % 50)),
      options,
    )!;
    expect(many.getAttribute('height')).toBe(few.getAttribute('height'));
  });

  it('is null without values, and hides itself behind the frame text alternative', () => {
    expect(headlineHistogram([], options)).toBeNull();
    expect(headlineHistogram([70], options)!.getAttribute('aria-hidden')).toBe('true');
  });
});
