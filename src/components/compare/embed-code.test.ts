import { describe, expect, it } from 'vitest';
import { embedCode } from './embed-code.ts';

describe('embedCode', () => {
  const code = embedCode({
    src: 'https://example.org/embed/targets/?place=guyuan,jieshou&group=x',
    script: 'https://example.org/embed/resize.js',
    title: 'Targets "by" <place>',
    chart: 'targets',
    height: 612.4,
  });

  it('gives an iframe with title, marker attribute and filters, then the resize script', () => {
    expect(code).toMatch(
      /^<iframe src="https:\/\/example\.org\/embed\/targets\/\?place=guyuan,jieshou&amp;group=x" title="Targets &quot;by&quot; &lt;place&gt;" data-chp-embed="targets" width="100%" height="612"/,
    );
    expect(code).toContain('<script async src="https://example.org/embed/resize.js"></script>');
  });
});
