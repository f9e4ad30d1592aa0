import { describe, expect, it } from 'vitest';
import { glossaryLookup } from './glossary.ts';

const name = glossaryLookup([
  { term_zh: '市卫健委', name_en: 'Municipal Health Commission' },
  { term_zh: '县（区）政府', name_en: 'County (District) Government' },
]);

describe('glossaryLookup', () => {
  it('gives the English name on English pages, keeping the Chinese for the tooltip', () => {
    expect(name('市卫健委', 'en')).toEqual({ text: 'Municipal Health Commission', lang: 'en', zh: '市卫健委' });
  });
  it('matches full-width and half-width brackets and stray spaces alike', () => {
    expect(name('县(区) 政府', 'en').text).toBe('County (District) Government');
  });
  it('falls back to the Chinese, marked as Chinese, for a name it lacks', () => {
    expect(name('市民政局', 'en')).toEqual({ text: '市民政局', lang: 'zh-Hans', zh: null });
  });
  it('shows Chinese on Chinese pages', () => {
    expect(name('市卫健委', 'zh')).toEqual({ text: '市卫健委', lang: 'zh-Hans', zh: null });
  });
  it('refuses a name with two different English names', () => {
    expect(() =>
      glossaryLookup([
        { term_zh: '县（区）政府', name_en: 'A' },
        { term_zh: '县(区)政府', name_en: 'B' },
      ]),
    ).toThrow(/two English names/);
  });
});
