// Links into the explorer: language prefix, base path, and a query that survives the round trip.
import { describe, expect, it } from 'vitest';
import { fill } from './explore-i18n.ts';
import { exploreHref } from './explore-link.ts';

describe('exploreHref', () => {
  it.each([
    ['en', '/', '/explore/?sql='],
    ['zh', '/', '/zh/explore/?sql='],
    ['zh', '/plans-site/', '/plans-site/zh/explore/?sql='],
  ] as const)('%s under %s', (lang, base, prefix) => {
    expect(exploreHref('SELECT 1', lang, base)).toBe(`${prefix}SELECT%201`);
  });

  it('round-trips SQL with quotes, +, &, # and Chinese through URLSearchParams', () => {
    const sql = 'SELECT 1+1 AS "a&b", \'县域内就诊率 # 90%\' AS x -- ?sql=';
    const href = exploreHref(`\n${sql}\n`, 'en', '/');
    expect(new URL(href, 'http://h').searchParams.get('sql')).toBe(sql);
  });
});

describe('fill', () => {
  it('fills known slots and leaves unknown ones visible', () => {
    expect(fill('{n} 行 · 用时 {ms} 毫秒 {x}', { n: 5, ms: '12' })).toBe('5 行 · 用时 12 毫秒 {x}');
  });
});
