import { describe, expect, it } from 'vitest';
import { assetPath, localizedPath, normalizeBase, parsePath, switchLanguagePath, ui } from './ui.ts';

describe('links respect the base (SITE_BASE)', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/sub', '/sub/'],
    ['/sub/', '/sub/'],
    ['sub/deeper/', '/sub/deeper/'],
  ])('normalizeBase(%j) = %j', (base, expected) => expect(normalizeBase(base)).toBe(expected));

  it.each<[string, 'en' | 'zh', string, string]>([
    ['/', 'en', '/', '/'],
    ['/', 'zh', '/', '/zh/'],
    ['/plans/guyuan/', 'en', '/', '/plans/guyuan/'],
    ['plans/guyuan', 'zh', '/', '/zh/plans/guyuan/'],
    ['/plans/guyuan/#p-27', 'en', '/sub/', '/sub/plans/guyuan/#p-27'],
    ['/plans/henan#targets-henan-t01', 'zh', '/sub', '/sub/zh/plans/henan/#targets-henan-t01'],
    ['/about/', 'zh', '/sub/', '/sub/zh/about/'],
    ['/', 'en', '/sub/', '/sub/'],
  ])('localizedPath(%j, %s) under base %j = %j', (path, lang, base, expected) => {
    expect(localizedPath(path, lang, base)).toBe(expected);
  });

  it('files keep their extension and get no language', () => {
    expect(assetPath('/data/targets.csv', '/sub/')).toBe('/sub/data/targets.csv');
    expect(localizedPath('/data/targets.csv', 'en', '/sub/')).toBe('/sub/data/targets.csv');
  });

  it.each<[string, string, { lang: 'en' | 'zh'; path: string }]>([
    ['/', '/', { lang: 'en', path: '/' }],
    ['/zh/', '/', { lang: 'zh', path: '/' }],
    ['/zh/plans/yulin/', '/', { lang: 'zh', path: '/plans/yulin/' }],
    ['/sub/zh/plans/yulin/', '/sub/', { lang: 'zh', path: '/plans/yulin/' }],
    ['/sub/plans/yulin/', '/sub/', { lang: 'en', path: '/plans/yulin/' }],
    ['/sub', '/sub/', { lang: 'en', path: '/' }],
    // A page whose name merely begins with "zh" is not Chinese.
    ['/zhejiang/', '/', { lang: 'en', path: '/zhejiang/' }],
  ])('parsePath(%j) under base %j', (pathname, base, expected) => expect(parsePath(pathname, base)).toEqual(expected));

  it.each<[string, 'en' | 'zh', string, string]>([
    ['/plans/guyuan/', 'zh', '/', '/zh/plans/guyuan/'],
    ['/zh/plans/guyuan/', 'en', '/', '/plans/guyuan/'],
    ['/sub/zh/about/', 'en', '/sub/', '/sub/about/'],
    ['/sub/', 'zh', '/sub/', '/sub/zh/'],
  ])('switchLanguagePath(%j → %s) under %j keeps the page', (from, to, base, expected) => {
    expect(switchLanguagePath(from, to, base)).toBe(expected);
  });
});

describe('dictionary', () => {
  it('both languages have the same keys', () => {
    expect(Object.keys(ui.zh).sort()).toEqual(Object.keys(ui.en).sort());
  });
});
