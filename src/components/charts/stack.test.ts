import { describe, expect, it } from 'vitest';
import { chartDocument } from './dom.ts';
import { blockVisible, fitText, restack, stackBlocks, textWidth } from './stack.ts';

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
      blockVisible({ place: g.dataset['place'] ?? g.getAttribute('data-place') ?? undefined }, { place: ['jieshou'] }),
    );
    expect(h).toBe(70);
    const gs = [...svg.querySelectorAll('g.blk')];
    expect(gs.map((g) => g.getAttribute('display'))).toEqual([null, 'none', null]);
    expect(gs[2]!.getAttribute('transform')).toBe('translate(0,30)');
    expect(svg.getAttribute('viewBox')).toBe('0 0 300 70');
  });
});

describe('fitText', () => {
  it('keeps what fits and shortens the rest with an ellipsis, CJK counted wide', () => {
    expect(fitText('Guyuan', 100, 13)).toBe('Guyuan');
    const long = fitText('Village doctors hired by the county, managed by the township', 150, 13);
    expect(long.endsWith('…')).toBe(true);
    expect(textWidth(long, 13)).toBeLessThanOrEqual(150);
    expect(textWidth('县域内就诊率', 10)).toBe(60);
  });
});
