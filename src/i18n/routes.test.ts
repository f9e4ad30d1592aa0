import { describe, expect, it } from 'vitest';
import { languagePaths, languagePathsWith } from './routes.ts';

describe('language routes', () => {
  it('serves English without a prefix and Chinese under zh', () => {
    expect(languagePaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'en' } },
      { params: { lang: 'zh' }, props: { lang: 'zh' } },
    ]);
  });
  it('crosses the page parameters with the languages', () => {
    const paths = languagePathsWith([{ doc_id: 'guyuan' }, { doc_id: 'yulin' }]);
    expect(paths.map((p) => [p.params.lang ?? '', p.params.doc_id, p.props.lang])).toEqual([
      ['', 'guyuan', 'en'],
      ['', 'yulin', 'en'],
      ['zh', 'guyuan', 'zh'],
      ['zh', 'yulin', 'zh'],
    ]);
  });
});
