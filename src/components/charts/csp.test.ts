import { createHash } from 'node:crypto';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { chartDocument } from './dom.ts';
import { allowChartStyles, styleHashes } from './csp.ts';

const chart = () =>
  Plot.plot({
    document: chartDocument(),
    className: 'chp-home',
    marks: [Plot.dot([1, 2, 3], { x: (d: number) => d })],
  }) as unknown as Element;

describe('styleHashes', () => {
  it("hashes the text of Plot's <style> as a browser will read it back from the page", () => {
    const svg = chart();
    // What the browser hashes: the style text after the HTML parser reads the inlined markup.
    const page = new JSDOM(`<!doctype html><body>${svg.outerHTML}</body>`).window.document;
    const text = page.querySelector('style')!.textContent;
    expect(text).toContain(':where(.chp-home)');
    expect(styleHashes(svg)).toEqual([`sha256-${createHash('sha256').update(text).digest('base64')}`]);
  });

  it('gives nothing for a drawing without <style> and one hash for repeated identical styles', () => {
    const doc = chartDocument();
    const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
    expect(styleHashes(g)).toEqual([]);
    g.appendChild(chart());
    g.appendChild(chart());
    expect(styleHashes(g)).toHaveLength(1);
  });

  it('registers each hash with Astro, and does nothing without CSP or without a chart', () => {
    const got: unknown[] = [];
    allowChartStyles({ insertStyleHash: (h) => got.push(h) }, chart());
    expect(got).toHaveLength(1);
    allowChartStyles(undefined, chart());
    allowChartStyles({ insertStyleHash: (h) => got.push(h) }, null);
    expect(got).toHaveLength(1);
  });
});
