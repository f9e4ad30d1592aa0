import { describe, expect, it } from 'vitest';
import { fillHtml } from './fill-html.ts';

describe('fillHtml', () => {
  it('fills text and link addresses, escaping values', () => {
    expect(
      fillHtml(
        '<p>window of {w}; see <a href="%7BdataPage%7D">data</a></p>',
        { w: 8, dataPage: '/sub/data/?a=1&b="2"' },
        'x.md',
      ),
    ).toBe('<p>window of 8; see <a href="/sub/data/?a=1&amp;b=&quot;2&quot;">data</a></p>');
  });
  it('names the file of a placeholder without a value', () => {
    expect(() => fillHtml('<p>{k} and {kk}</p>', { k: 1 }, 'src/content/en/reuse/method.md')).toThrow(
      'src/content/en/reuse/method.md: no value for {kk}',
    );
  });
  it('leaves braces that are not placeholders alone', () => {
    expect(fillHtml('<code>{ }</code> {1}', {}, 'x.md')).toBe('<code>{ }</code> {1}');
  });
});
