import { describe, expect, it } from 'vitest';
import { prefixIds } from './prefix-ids.ts';

describe('prefixIds', () => {
  it('prefixes every id and every link to an id in the same document, and nothing else', () => {
    const html =
      '<h4 id="limits">Limits</h4><p>See <a href="#limits">limits</a>, <a href="/about/#report">report</a>.</p>';
    expect(prefixIds(html, 'target-rules')).toBe(
      '<h4 id="target-rules-limits">Limits</h4><p>See <a href="#target-rules-limits">limits</a>, <a href="/about/#report">report</a>.</p>',
    );
  });

  it('leaves text that merely mentions id= alone', () => {
    expect(prefixIds('<p>write id="x" in HTML</p>', 'r')).toBe('<p>write id="x" in HTML</p>');
  });
});
