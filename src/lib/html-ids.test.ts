import { describe, expect, it } from 'vitest';
import { prefixIds, ruleIdPrefix } from './html-ids.ts';

describe('ids of rendered Markdown on a shared page', () => {
  it('prefixes heading ids and the links to them, and nothing else', () => {
    const html =
      '<h2 id="limits">Limits</h2><p>See <a href="#limits">limits</a> and <a href="https://x.cn/#a">x</a>.</p>';
    expect(prefixIds(html, 'target-rules-')).toBe(
      '<h2 id="target-rules-limits">Limits</h2><p>See <a href="#target-rules-limits">limits</a> and <a href="https://x.cn/#a">x</a>.</p>',
    );
  });

  it('two rule files get different prefixes', () => {
    expect(ruleIdPrefix('TARGET_RULES.md')).toBe('target-rules-');
    expect(ruleIdPrefix('EXTRACTION_RULES.md')).toBe('extraction-rules-');
  });
});
