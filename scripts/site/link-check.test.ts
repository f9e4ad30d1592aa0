import { describe, expect, it } from 'vitest';
import { checkLinks } from './link-check.ts';

const pages = new Map([
  [
    '/',
    '<a href="/plans/a/">a</a> <a href="/plans/a/#s2.1">s</a> <a href="https://example.org/x">out</a> <img src="/logo.svg">',
  ],
  ['/plans/a/', '<h2 id="s2.1">x</h2><a href="../../#top">up</a><a href="/data/x.csv">csv</a><a href="#nope">bad</a>'],
]);
const files = new Set(['/logo.svg', '/data/x.csv']);

describe('checkLinks', () => {
  it('finds missing files and fragments, ignores other hosts', () => {
    expect(checkLinks(pages, (p) => files.has(p))).toEqual([
      { page: '/plans/a/', link: '../../#top', problem: 'missing-fragment' },
      { page: '/plans/a/', link: '#nope', problem: 'missing-fragment' },
    ]);
  });

  it('a link to a page that is not built is reported', () => {
    expect(checkLinks(new Map([['/', '<a href="/gone/">x</a>']]), () => false)).toEqual([
      { page: '/', link: '/gone/', problem: 'missing-file' },
    ]);
  });
});
