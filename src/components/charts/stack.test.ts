import { describe, expect, it } from 'vitest';
import { chartDocument } from './dom.ts';
import { blockVisible, restack, stackBlocks, textWidth, wrapLabel } from './stack.ts';

describe('blockVisible', () => {
  it.each([
    [{ place: 'guyuan' }, { place: [] }, true],
    [{ place: 'guyuan' }, { place: ['jieshou'] }, false],
    [{ place: 'guyuan jieshou' }, { place: ['jieshou'] }, true],
    [{ place: 'jieshou', group: 'public_health' }, { place: ['jieshou'], group: ['orderly_care_seeking'] }, false],
    [
      { place: 'jieshou', group: 'public_health' },
      { place: ['jieshou'], group: ['public_health', 'organisation'] },
      true,
    ],
    // A block without the key (a legend, an axis) always stays.
    [{}, { place: ['guyuan'] }, true],
  ])('%o with %o → %s', (data, selected, expected) => {
    expect(blockVisible(data, selected)).toBe(expected);
  });
});

describe('stackBlocks and restack', () => {
  const make = () =>
    stackBlocks(
      [
        { kind: 'section', height: 30, data: { place: 'guyuan jieshou' }, label: '县域内就诊率' },
        { kind: 'row', height: 20, data: { place: 'guyuan' }, label: '固原市' },
        { kind: 'row', height: 40, data: { place: 'jieshou' }, label: '界首市' },
      ],
      { document: chartDocument(), width: 300, labelWidth: 80 },
    );

  it('stacks blocks and sizes the SVG to their sum', () => {
    const svg = make();
    expect(svg.getAttribute('height')).toBe('90');
    expect([...svg.querySelectorAll('g.blk')].map((g) => g.getAttribute('transform'))).toEqual([
      'translate(0,0)',
      'translate(0,30)',
      'translate(0,50)',
    ]);
  });

  it('hides filtered blocks and closes the gap', () => {
    const svg = make();
    const h = restack(svg, (g) =>
      blockVisible({ place: g.getAttribute('data-place') ?? undefined }, { place: ['jieshou'] }),
    );
    expect(h).toBe(70);
    const gs = [...svg.querySelectorAll('g.blk')];
    expect(gs.map((g) => g.getAttribute('display'))).toEqual([null, 'none', null]);
    expect(gs[2]!.getAttribute('transform')).toBe('translate(0,30)');
    expect(svg.getAttribute('viewBox')).toBe('0 0 300 70');
  });
});

describe('wrapLabel', () => {
  it('keeps what fits on one line and wraps the rest, never cutting a label short', () => {
    expect(wrapLabel('Guyuan', 100, 13)).toEqual(['Guyuan']);
    const long = 'Village doctors hired by the county, managed by the township';
    const lines = wrapLabel(long, 150, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(150);
    expect(textWidth('县域内就诊率', 10)).toBe(60);
  });

  it('breaks Chinese between characters, never before closing punctuation, and English after dashes', () => {
    // yulin.txt: 容县、博白县、陆川县人民医院
    const lines = wrapLabel('容县、博白县、陆川县人民医院', 50, 10);
    expect(lines.join('')).toBe('容县、博白县、陆川县人民医院');
    for (const l of lines) expect(l.startsWith('、')).toBe(false);
    expect(wrapLabel('Tertiary–secondary hospital alliance', 90, 13)[0]).toBe('Tertiary–');
  });
});

describe('stackBlocks labels', () => {
  it('writes a long row label on several lines, centred on its row', () => {
    const svg = stackBlocks(
      [{ kind: 'row', height: 60, label: 'Global budget with retained savings and shared overruns' }],
      { document: chartDocument(), width: 300, labelWidth: 120 },
    );
    const spans = [...svg.querySelectorAll('text tspan')].map((t) => t.textContent);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.join(' ')).toBe('Global budget with retained savings and shared overruns');
  });
});
