import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { chartDocument } from './dom.ts';
import { finishSvg } from './svg-post.ts';

// A Plot chart with what axe rejects (aria-label on <g>), links, and a style attribute (blocked by a hash-only CSP).
function plotWithLinks(): Element {
  return Plot.plot({
    document: chartDocument(),
    className: 'chp-test',
    style: { background: 'transparent', fontSize: '13px' },
    marks: [
      Plot.dot(
        [
          { x: 1, href: '/plans/guyuan/#targets-guyuan-guyuan-t01' },
          { x: 2, href: '/zh/plans/jieshou/#targets-jieshou-jieshou-t02' },
        ],
        { x: 'x', href: 'href' },
      ),
    ],
  });
}

describe('finishSvg', () => {
  it('starts from a Plot SVG that axe would reject', () => {
    expect(plotWithLinks().querySelectorAll('g[aria-label]').length).toBeGreaterThan(0);
  });

  it('removes every aria-label and hides the drawing (the frame gives summary and table)', () => {
    const svg = finishSvg(plotWithLinks());
    expect(svg.querySelectorAll('[aria-label],[aria-description]')).toHaveLength(0);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('focusable')).toBe('false');
  });

  it('takes mark links out of the tab order (no focusable content under aria-hidden) and tags them with their plan', () => {
    const links = Array.from(finishSvg(plotWithLinks()).querySelectorAll('a'));
    expect(links).toHaveLength(2);
    expect(links.map((a) => a.getAttribute('tabindex'))).toEqual(['-1', '-1']);
    expect(links.map((a) => a.getAttribute('data-place'))).toEqual(['guyuan', 'jieshou']);
  });

  it('turns style attributes into presentation attributes and drops what has none', () => {
    const svg = finishSvg(plotWithLinks());
    expect(svg.querySelectorAll('[style]')).toHaveLength(0);
    expect(svg.getAttribute('font-size')).toBe('13px');
    expect(svg.hasAttribute('background')).toBe(false);
  });
});
